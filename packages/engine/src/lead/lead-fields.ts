// Which input keys are lead fields, and how the flat mapped record becomes the nested lead.
import { type FieldDeclaration, type FieldType, findLeadField } from '@switchyard/flow';

/** How normalisation treats one input key: a typed field, or one it computes itself. */
export type FieldKind = FieldType | 'derived';

// Computed by enrichment (or the decision) from other fields; a value sent for them is ignored.
const derivedKeys = new Set(['isFreeEmail', 'bucket', 'score', 'grade']);
// Any utm_* parameter (utm_term, utm_content, …), not only the three the catalogue names.
const utmKey = /^utm\.[A-Za-z0-9_]{1,64}$/;
// The flow format's custom key rule, re-checked because `fields` may come unvalidated.
const customKey = /^custom\.[A-Za-z0-9_]{1,64}$/;
// Segments that would reach an object's prototype when the lead is nested.
const unsafeSegment = /(?:^|\.)(?:__proto__|constructor|prototype)(?:\.|$)/;

/** The declared custom fields, by key; declarations with an invalid key are ignored. */
export function customFieldTypes(
  fields: readonly FieldDeclaration[] | undefined,
): ReadonlyMap<string, FieldType> {
  const types = new Map<string, FieldType>();
  if (!Array.isArray(fields)) return types;
  for (const field of fields) {
    const valid = typeof field?.key === 'string' && customKey.test(field.key);
    if (valid && ['string', 'number', 'boolean'].includes(field.type)) {
      types.set(field.key, field.type);
    }
  }
  return types;
}

/**
 * The kind of an input key: a canonical lead field (`leadFields`), any `utm.*` text, or a
 * declared `custom.*` field; `derived` for fields enrichment computes; undefined otherwise.
 */
export function fieldKindOf(
  key: string,
  custom: ReadonlyMap<string, FieldType>,
): FieldKind | undefined {
  if (unsafeSegment.test(key)) return undefined;
  if (derivedKeys.has(key)) return 'derived';
  const known = findLeadField(key)?.type ?? custom.get(key);
  if (known) return known;
  return utmKey.test(key) ? 'string' : undefined;
}

/** The lead as conditions read it: nested objects (`utm.source` → `{ utm: { source } }`). */
export type EnrichedLead = Record<string, unknown>;

/**
 * Nests flat dotted keys into objects: `{ 'utm.source': 'x' }` → `{ utm: { source: 'x' } }`.
 * Keys must be safe (no `__proto__` segment): normalisation admits only catalogue keys.
 */
export function nestFields(fields: ReadonlyMap<string, unknown>): EnrichedLead {
  const lead: EnrichedLead = {};
  for (const [path, value] of fields) {
    const parts = path.split('.');
    const last = parts.pop() as string;
    let target = lead;
    for (const part of parts) {
      const next = target[part];
      if (isRecord(next)) {
        target = next;
      } else {
        const created: EnrichedLead = {};
        target[part] = created;
        target = created;
      }
    }
    target[last] = value;
  }
  return lead;
}

/** The value at a dotted path of the lead, reading own properties only (as our JSON Logic does). */
export function readLeadField(lead: EnrichedLead, path: string): unknown {
  let value: unknown = lead;
  for (const part of path.split('.')) {
    if (!isRecord(value) || !Object.hasOwn(value, part)) return undefined;
    value = value[part];
  }
  return value;
}

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
