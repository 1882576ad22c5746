// How to reach the lead: the e-mail address and its domain, a website's domain, the phone number.
import freeEmailDomains from 'free-email-domains';
import {
  type CountryCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js';

// Built on first use: the list holds ~14,000 domains and most callers never need it.
let freeDomains: ReadonlySet<string> | undefined;

/** True when `domain` is exactly a free mailbox provider (gmail.com); subdomains do not count. */
export function isFreeEmailDomain(domain: string): boolean {
  freeDomains ??= new Set(freeEmailDomains);
  return freeDomains.has(domain.toLowerCase());
}

// Letters and digits of any script, so IDN domains in Unicode form are accepted too.
const label = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
const hostname = new RegExp(
  `^(?=.{4,253}$)(?:${label}\\.)+(?:\\p{L}{2,63}|xn--[a-z0-9-]{1,59})$`,
  'u',
);
const localPart = /^[^\s@"(),:;<>[\\\]]{1,64}$/;

/**
 * A lower-cased e-mail address and its domain (the part after the last @), or domain null when
 * the text is not a plausible address. Plausible: one @, a local part without spaces or
 * quotes, and a host name with a dot and a top-level domain.
 */
export function parseEmail(text: string): { email: string; domain: string | null } {
  const email = text.trim().toLowerCase();
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const plausible =
    at > 0 &&
    email.length <= 254 &&
    localPart.test(local) &&
    !local.startsWith('.') &&
    !local.endsWith('.') &&
    !local.includes('..') &&
    hostname.test(domain);
  return { email, domain: plausible ? domain : null };
}

/**
 * The bare host of a website or domain as people type it: "https://www.Acme.com/pricing" →
 * "acme.com". Strips the scheme, credentials, `www.`, port, path, query and fragment; null when
 * what remains is not a host name.
 */
export function parseDomain(text: string): string | null {
  if (text.length > 2048) return null;
  const host = text
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^\/\//, '')
    .replace(/[/?#].*$/s, '')
    .replace(/^[^@]*@/, '')
    .replace(/:\d*$/, '')
    .replace(/\.$/, '')
    .replace(/^www\d*\./, '');
  return hostname.test(host) ? host : null;
}

/**
 * A phone number in E.164 form ("+14155552671"), read with the lead's country as the default
 * region for national numbers; null when it cannot be a phone number. "Possible" (a plausible
 * length for the region) is enough: allocation ranges change faster than bundled metadata, and
 * a real number kept as raw text would no longer match the same person's next lead.
 */
export function toE164(text: string, country: string | null): string | null {
  // No dialable number is this long; refusing early keeps hostile input cheap.
  if (text.length > 64) return null;
  const region = country !== null && isSupportedCountry(country) ? (country as CountryCode) : null;
  const parsed = parsePhoneNumberFromString(text, region ? { defaultCountry: region } : {});
  return parsed?.isPossible() ? parsed.number : null;
}
