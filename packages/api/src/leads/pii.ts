import type { LeadRow } from '@switchyard/db';

/**
 * Lead fields that identify a person. Company, title, country, size and the like stay: they
 * describe the account, and reports and territory rules need them after an erasure too.
 */
export const piiFields = ['email', 'firstName', 'lastName', 'phone', 'message'] as const;

const dot = '•';

/** `ana@acme.example` → `a•••@acme.example`: the domain stays (it is the company's). */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return `${email.slice(0, 1)}${dot.repeat(3)}`;
  return `${email.slice(0, 1)}${dot.repeat(3)}${email.slice(at)}`;
}

/** Any other personal value: its first character, then dots. */
export function maskText(value: string): string {
  return value.length <= 1 ? dot.repeat(3) : `${value.slice(0, 1)}${dot.repeat(3)}`;
}

/** The personal values a lead holds, each with the text that replaces it. */
function replacements(
  row: Pick<LeadRow, 'email' | 'phone' | 'fields' | 'input'>,
  replace: (key: string, value: string) => string,
) {
  const found = new Map<string, string>();
  const add = (key: string, value: unknown) => {
    if (typeof value === 'string' && value.length > 0) found.set(value, replace(key, value));
  };
  add('email', row.email);
  add('phone', row.phone);
  for (const key of piiFields) add(key, row.fields[key]);
  // The raw input may carry the same person under other names (a Typeform answer id).
  for (const key of piiFields) add(key, row.input[key]);
  return found;
}

const maskValue = (key: string, value: string) =>
  key === 'email' ? maskEmail(value) : maskText(value);

/** Values this short are replaced only where a whole string equals them ("Al" in "Sales"). */
const minPieceLength = 4;

/**
 * A function that rewrites one string: a string equal to a value becomes its replacement, and
 * every occurrence of a value of 4 or more characters inside a longer string too, in any case —
 * a warning that quotes the e-mail, a condition that concatenated it with the phone (issue 19).
 */
function replacerOf(values: ReadonlyMap<string, string>): (text: string) => string {
  const byLowerCase = new Map<string, string>();
  for (const [value, replacement] of values) byLowerCase.set(value.toLowerCase(), replacement);
  const pieces = [...values.keys()]
    .filter((value) => value.length >= minPieceLength)
    .sort((a, b) => b.length - a.length)
    .map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = pieces.length > 0 ? new RegExp(pieces.join('|'), 'gi') : null;
  return (text) =>
    values.get(text) ??
    (pattern
      ? text.replace(pattern, (found) => byLowerCase.get(found.toLowerCase()) ?? dot.repeat(3))
      : text);
}

/** Replaces each of `values` (see `replacerOf`) in every string of a JSON value; dates stay. */
export function replaceDeep(value: unknown, values: ReadonlyMap<string, string>): unknown {
  const replace = replacerOf(values);
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') return replace(item);
    if (Array.isArray(item)) return item.map(walk);
    if (item instanceof Date) return item;
    if (item !== null && typeof item === 'object') {
      return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, walk(inner)]));
    }
    return item;
  };
  return walk(value);
}

/**
 * An enriched lead or a mapped input with its personal fields masked, to run a draft on for
 * someone without PII access: whatever a condition does with them (concatenate, slice,
 * compare), it meets only the masked values, so no result can carry a piece of the real ones.
 * The e-mail keeps its domain, as `domain` and `isFreeEmail` do.
 */
export function withoutPii<T extends Record<string, unknown>>(lead: T): T {
  const masked: Record<string, unknown> = { ...lead };
  for (const key of piiFields) {
    const value = lead[key];
    if (typeof value === 'string' && value.length > 0) masked[key] = maskValue(key, value);
  }
  return masked as T;
}

/**
 * The lead as someone without PII access sees it: e-mail, names and phone masked wherever they
 * appear (fields, warnings, trace, distribution, any text), the raw input withheld.
 */
export function maskLead(row: LeadRow): LeadRow {
  // Every column but the two masked by shape and the raw input: warnings quote values, a lost
  // reason is a rep's own words, and a column added later is masked without being listed here.
  const masked = replaceDeep(
    { ...row, email: null, phone: null, input: {} },
    replacements(row, maskValue),
  ) as LeadRow;
  return {
    ...masked,
    email: row.email === null ? null : maskEmail(row.email),
    phone: row.phone === null ? null : maskText(row.phone),
  };
}

/** Any value derived from a lead (a simulation of it) with that lead's personal values masked. */
export function maskDerived(row: LeadRow, value: unknown): unknown {
  return replaceDeep(value, replacements(row, maskValue));
}

/** A value derived from an enriched lead (a backtest's trace of it) with its personal values masked. */
export function maskFromFields(fields: Record<string, unknown>, value: unknown): unknown {
  return replaceDeep(
    value,
    replacements({ email: null, phone: null, fields, input: {} }, maskValue),
  );
}

/**
 * The lead after its person asked to be forgotten: PII removed from every column (the trace
 * keeps its shape with `[erased]` values), score, grade, route, status and outcome kept.
 */
export function eraseLead(row: LeadRow, now: Date): Partial<LeadRow> {
  const values = replacements(row, () => '[erased]');
  const fields = { ...row.fields };
  for (const key of piiFields) delete fields[key];
  return {
    email: null,
    phone: null,
    input: {},
    fields,
    trace: replaceDeep(row.trace, values),
    distribution: replaceDeep(row.distribution, values),
    erasedAt: now,
  };
}
