import { leadFields } from '@switchyard/flow';

/** One row of the mapping editor: where to read (provider field or `$` JSONPath) → lead field. */
export type MappingRow = { key: string; source: string; target: string };

/** The API's mapping: lead field → where to read it in the delivery. */
export type SourceMapping = Record<string, string>;

// Computed by the engine, never read from a form; the server refuses none of them but mapping
// them would be overwritten, so the editor does not offer them.
const derived = new Set(['domain', 'isFreeEmail', 'bucket', 'seniority']);
// Lead fields the runtime's ingest reads besides the catalogue (see api's check-mapping.ts).
const extraTargets = [
  { value: 'utm.term', label: 'UTM term' },
  { value: 'utm.content', label: 'UTM content' },
  { value: 'message', label: 'Message' },
  { value: 'website', label: 'Website' },
];

/** The lead fields a row can map to: the catalogue, then the flow's declared `custom.*` fields. */
export function targetChoices(customFields: ReadonlyArray<{ key: string; label?: string }>) {
  const catalogue = leadFields
    .filter((field) => !derived.has(field.key))
    .map((field) => ({ value: field.key, label: `${field.label} (${field.key})` }));
  const extra = extraTargets.map((t) => ({ value: t.value, label: `${t.label} (${t.value})` }));
  const custom = customFields
    .filter((field) => field.key.startsWith('custom.'))
    .map((field) => ({ value: field.key, label: `${field.label ?? field.key} (${field.key})` }));
  return [
    { group: 'Lead fields', items: [...catalogue, ...extra] },
    ...(custom.length > 0 ? [{ group: "This flow's custom fields", items: custom }] : []),
  ];
}

let counter = 0;
/** A row key that stays put while the row is edited (React needs one; rows have no id). */
export function newRowKey(): string {
  counter += 1;
  return `row-${counter}`;
}

/** The saved mapping as editor rows, in the order the API answered. */
export function mappingToRows(mapping: SourceMapping): MappingRow[] {
  return Object.entries(mapping).map(([target, source]) => ({ key: newRowKey(), source, target }));
}

/**
 * Editor rows → the API's mapping. Blank rows are dropped; a half-filled row or a lead field
 * mapped twice is refused with a sentence, since the API keys the mapping by lead field.
 */
export function rowsToMapping(
  rows: readonly MappingRow[],
): { ok: true; value: SourceMapping } | { ok: false; message: string } {
  const mapping: SourceMapping = {};
  for (const row of rows) {
    const source = row.source.trim();
    const target = row.target.trim();
    if (source === '' && target === '') continue;
    if (target === '') return { ok: false, message: `Choose the lead field "${source}" fills.` };
    if (source === '') return { ok: false, message: `Say where to read "${target}" from.` };
    if (Object.hasOwn(mapping, target)) {
      return { ok: false, message: `"${target}" is mapped twice; keep one row for it.` };
    }
    mapping[target] = source;
  }
  return { ok: true, value: mapping };
}
