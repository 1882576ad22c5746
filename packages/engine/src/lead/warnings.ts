import { cut } from './text';

/** Why normalisation changed or left out a value; the lead is accepted either way. */
export type NormalizeWarningCode =
  | 'invalid_email'
  | 'invalid_domain'
  | 'unknown_country'
  | 'invalid_phone'
  | 'not_a_number'
  | 'not_a_boolean'
  | 'not_a_text'
  | 'too_long'
  | 'unknown_field';

/** Something normalisation could not read as sent, for the lead's page and the source's log. */
export type NormalizeWarning = { field: string; code: NormalizeWarningCode; message: string };

// Each code worded once, for the person who set up the form; `shown` is the value, quoted.
const sentences = {
  invalid_email: (shown) => `${shown} is not an e-mail address; it was kept as written.`,
  invalid_domain: (shown) => `${shown} is not a web address or domain; it was left out.`,
  unknown_country: (shown) => `${shown} is not a country we know; it was kept as written.`,
  invalid_phone: (shown) => `${shown} is not a phone number we can read; it was kept as written.`,
  not_a_number: (shown) => `${shown} is not a number; it was left out.`,
  not_a_boolean: (shown) => `${shown} is not yes or no; it was left out.`,
  not_a_text: () => 'A list or object was sent where text belongs; it was left out.',
  too_long: () => 'The text was too long; it was cut to its first 1,000 characters.',
  unknown_field: () => 'This field is not part of the lead; it was left out.',
} satisfies Record<NormalizeWarningCode, (shown: string) => string>;

/** A warning for one field, its sentence quoting (a short prefix of) the value. */
export function normalizeWarning(
  code: NormalizeWarningCode,
  field: string,
  value?: unknown,
): NormalizeWarning {
  return { field: cut(field, 100), code, message: sentences[code](quote(value)) };
}

function quote(value: unknown): string {
  if (typeof value === 'string') return `"${cut(value, 60)}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return `"${String(value)}"`;
  return 'The value';
}

/** Most unknown-field warnings reported one by one; the rest are counted in one more. */
export const maxUnknownFieldWarnings = 20;

/** The single warning that stands for every unknown field past `maxUnknownFieldWarnings`. */
export function moreUnknownFields(count: number): NormalizeWarning {
  return {
    field: '*',
    code: 'unknown_field',
    message: `${count} more fields are not part of the lead; they were left out.`,
  };
}

/** The warning for a value sent for a field Switchyard computes (bucket, isFreeEmail, score). */
export function computedField(field: string): NormalizeWarning {
  return {
    field,
    code: 'unknown_field',
    message: 'Switchyard computes this field itself; the value sent was ignored.',
  };
}
