import type { FieldDeclaration, FieldType } from '@switchyard/flow';
import { bucketIdentity, bucketOf } from './bucket';
import { enrichFields, type LeadFieldMap } from './enrich';
import {
  customFieldTypes,
  type EnrichedLead,
  fieldKindOf,
  isRecord,
  nestFields,
} from './lead-fields';
import { parseBoolean, parseNumber } from './numbers';
import { toText } from './text';
import {
  computedField,
  maxUnknownFieldWarnings,
  moreUnknownFields,
  type NormalizeWarning,
  normalizeWarning,
} from './warnings';

/** What `normalizeLead` needs besides the input: the lead's id and the flow's custom fields. */
export type NormalizeOptions = { leadId: string; fields?: readonly FieldDeclaration[] };

/**
 * Turns a source's flat mapped record (`{ 'utm.source': 'google', 'custom.seats': '12' }`) into
 * the nested, typed, enriched lead conditions read, with a warning for every value it could not
 * read. Unknown keys are left out; nothing throws, whatever the input holds.
 */
export function normalizeLead(
  input: Record<string, unknown>,
  options: NormalizeOptions,
): { lead: EnrichedLead; warnings: NormalizeWarning[] } {
  const warnings: NormalizeWarning[] = [];
  const custom = customFieldTypes(options.fields);
  const fields: LeadFieldMap = new Map();
  let unknown = 0;
  for (const [key, raw] of isRecord(input) ? Object.entries(input) : []) {
    const kind = fieldKindOf(key, custom);
    if (kind === 'derived') {
      warnings.push(computedField(key));
    } else if (kind === undefined) {
      unknown += 1;
      if (unknown <= maxUnknownFieldWarnings) warnings.push(normalizeWarning('unknown_field', key));
    } else {
      const value = typedValue(key, raw, kind, warnings);
      if (value !== null) fields.set(key, value);
    }
  }
  if (unknown > maxUnknownFieldWarnings) {
    warnings.push(moreUnknownFields(unknown - maxUnknownFieldWarnings));
  }
  enrichFields(fields, warnings);
  const email = fields.get('email');
  fields.set(
    'bucket',
    bucketOf(bucketIdentity(typeof email === 'string' ? email : null, options.leadId)),
  );
  return { lead: nestFields(fields), warnings };
}

// Null means absent: empty, or unreadable (with a warning).
function typedValue(
  key: string,
  raw: unknown,
  type: FieldType,
  warnings: NormalizeWarning[],
): string | number | boolean | null {
  if (isEmpty(raw)) return null;
  if (type === 'number') {
    const number = parseNumber(typeof raw === 'string' ? raw.trim() : raw);
    if (number === null) warnings.push(normalizeWarning('not_a_number', key, raw));
    return number;
  }
  if (type === 'boolean') {
    const flag = parseBoolean(raw);
    if (flag === null) warnings.push(normalizeWarning('not_a_boolean', key, raw));
    return flag;
  }
  const { text, problem } = toText(raw);
  if (problem !== null) warnings.push(normalizeWarning(problem, key, raw));
  return text;
}

function isEmpty(raw: unknown): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw === 'string') return raw.trim() === '';
  // One level only: a list of empty answers is empty; nested lists are left to `toText`.
  return (
    Array.isArray(raw) && raw.every((item) => item === null || item === undefined || item === '')
  );
}
