import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** E.164 form of a phone number (the lead's country is the default region), or null. */
export function toE164(value: string, country: string | null): string | null {
  const text = value.trim();
  if (text === '') return null;
  const parsed = parsePhoneNumberFromString(
    text,
    (country ?? undefined) as CountryCode | undefined,
  );
  return parsed?.isPossible() ? parsed.number : null;
}
