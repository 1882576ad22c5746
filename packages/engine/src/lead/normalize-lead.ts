import { type FieldDeclaration, findLeadField } from '@switchyard/flow';
import { bucketOf } from './bucket';
import { toCountryCode } from './country';
import { domainFromWebsite, isFreeEmailDomain, parseEmail } from './email';
import { parseBoolean, parseNumber } from './numbers';
import { toE164 } from './phone';
import { toRegionCode } from './regions';
import { isSeniority, seniorityFromTitle } from './seniority';

/** The lead as conditions read it: nested objects (`utm.source` → `{ utm: { source } }`). */
export type EnrichedLead = Record<string, unknown>;

/** Something normalisation had to drop or could not interpret; the lead is still accepted. */
export type NormalizeWarning = {
  field: string;
  code:
    | 'invalid_email'
    | 'unknown_country'
    | 'invalid_phone'
    | 'not_a_number'
    | 'not_a_boolean'
    | 'unknown_field';
  message: string;
};

const utmKeys = new Set(['utm.source', 'utm.medium', 'utm.campaign', 'utm.term', 'utm.content']);
// Derived fields are computed here; a value sent for them is ignored.
const derived = new Set(['domain', 'isFreeEmail', 'bucket', 'score', 'grade']);
const maxText = 2000;

/** Trims, types and enriches a mapped lead: e-mail, domain, free mail, ISO country, E.164, seniority, bucket. */
export function normalizeLead(
  input: Record<string, unknown>,
  options: { leadId: string; fields?: readonly FieldDeclaration[] },
): { lead: EnrichedLead; warnings: NormalizeWarning[] } {
  const warnings: NormalizeWarning[] = [];
  const custom = new Map((options.fields ?? []).map((f) => [f.key, f.type]));
  const flat: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(input)) {
    if (key === 'website' || derived.has(key)) continue;
    const type =
      findLeadField(key)?.type ??
      (utmKeys.has(key) || key === 'message' ? 'string' : custom.get(key));
    if (!type || key.startsWith('match.')) {
      warnings.push({
        field: key,
        code: 'unknown_field',
        message: `"${key}" is not a lead field this flow reads; it was left out.`,
      });
      continue;
    }
    const value = typed(key, raw, type, warnings);
    if (value !== null) flat[key] = value;
  }
  enrich(flat, input, warnings);
  const identity = typeof flat.email === 'string' ? flat.email : options.leadId;
  flat.bucket = bucketOf(identity);
  return { lead: nest(flat), warnings };
}

function typed(key: string, raw: unknown, type: string, warnings: NormalizeWarning[]): unknown {
  const value = Array.isArray(raw) && type !== 'string' ? raw[0] : raw;
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === ''))
    return null;
  if (type === 'number') {
    const number = parseNumber(value);
    if (number === null)
      warnings.push({
        field: key,
        code: 'not_a_number',
        message: `"${key}" should be a number; "${String(value).slice(0, 40)}" is not.`,
      });
    return number;
  }
  if (type === 'boolean') {
    const bool = parseBoolean(value);
    if (bool === null)
      warnings.push({
        field: key,
        code: 'not_a_boolean',
        message: `"${key}" should be yes or no.`,
      });
    return bool;
  }
  const text = Array.isArray(value)
    ? value.map(String).join(', ')
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);
  return text.trim().slice(0, maxText);
}

function enrich(
  flat: Record<string, unknown>,
  input: Record<string, unknown>,
  warnings: NormalizeWarning[],
) {
  let domain: string | null = null;
  if (typeof flat.email === 'string') {
    const parsed = parseEmail(flat.email);
    flat.email = parsed.email;
    domain = parsed.domain;
    if (!domain)
      warnings.push({
        field: 'email',
        code: 'invalid_email',
        message: `"${parsed.email.slice(0, 60)}" is not an e-mail address.`,
      });
  }
  if (!domain && typeof input.website === 'string') domain = domainFromWebsite(input.website);
  if (domain) flat.domain = domain;
  flat.isFreeEmail = typeof flat.email === 'string' && domain !== null && isFreeEmailDomain(domain);
  if (typeof flat.country === 'string') {
    const code = toCountryCode(flat.country);
    if (code) flat.country = code;
    else
      warnings.push({
        field: 'country',
        code: 'unknown_country',
        message: `"${flat.country}" is not a country we know; it was kept as written.`,
      });
  }
  const country =
    typeof flat.country === 'string' && flat.country.length === 2 ? flat.country : null;
  if (typeof flat.state === 'string') flat.state = toRegionCode(flat.state, country);
  if (typeof flat.phone === 'string') {
    const e164 = toE164(flat.phone, country);
    if (e164) flat.phone = e164;
    else
      warnings.push({
        field: 'phone',
        code: 'invalid_phone',
        message: `"${flat.phone}" is not a phone number we can dial; it was kept as written.`,
      });
  }
  if (typeof flat.industry === 'string') flat.industry = flat.industry.toLowerCase();
  if (!isSeniority(flat.seniority))
    flat.seniority = seniorityFromTitle(typeof flat.title === 'string' ? flat.title : null);
}

function nest(flat: Record<string, unknown>): EnrichedLead {
  const lead: EnrichedLead = {};
  for (const [path, value] of Object.entries(flat)) {
    const parts = path.split('.');
    let target = lead;
    for (const part of parts.slice(0, -1)) {
      const next = target[part];
      if (typeof next !== 'object' || next === null) target[part] = {};
      target = target[part] as EnrichedLead;
    }
    target[parts[parts.length - 1] as string] = value;
  }
  return lead;
}
