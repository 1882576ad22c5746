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

/** Replaces every string equal to one of `values`, anywhere in a JSON value. */
export function replaceDeep(value: unknown, values: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return values.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => replaceDeep(item, values));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, replaceDeep(item, values)]),
    );
  }
  return value;
}

/**
 * The lead as someone without PII access sees it: e-mail, names and phone masked wherever they
 * appear (fields, trace, distribution), the raw input withheld.
 */
export function maskLead(row: LeadRow): LeadRow {
  const values = replacements(row, maskValue);
  return {
    ...row,
    email: row.email === null ? null : maskEmail(row.email),
    phone: row.phone === null ? null : maskText(row.phone),
    input: {},
    fields: replaceDeep(row.fields, values) as Record<string, unknown>,
    trace: replaceDeep(row.trace, values),
    distribution: replaceDeep(row.distribution, values),
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
