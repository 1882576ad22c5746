import { type FieldType, leadFields, seniorityLevels } from '@switchyard/flow';
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(english);

/** A field a condition may read, with the values a picker offers where the set is closed. */
export type CatalogueField = {
  key: string;
  label: string;
  type: FieldType;
  values?: ReadonlyArray<{ value: string; label: string }>;
};

// Countries by the name people use ("United States", "Russia"), the same in the condition
// builder and in Try a lead (issue 20); the official name where the short one is an abbreviation
// ("UK"), has a comma ("Korea, Republic of") or is shared ("Congo").
const officialNames = countries.getNames('en', { select: 'official' });
const shortNames = countries.getNames('en', { select: 'alias' });
const shortNameCount = new Map<string, number>();
for (const name of Object.values(shortNames))
  shortNameCount.set(name, (shortNameCount.get(name) ?? 0) + 1);
const readableName = (code: string): string => {
  const short = shortNames[code];
  const usable =
    short &&
    short !== short.toUpperCase() &&
    !short.includes(',') &&
    shortNameCount.get(short) === 1;
  return usable ? short : (officialNames[code] ?? code);
};
const countryValues = Object.keys(officialNames)
  .map((value) => ({ value, label: readableName(value) }))
  .sort((a, b) => a.label.localeCompare(b.label));

// Common industries as enrichment lower-cases them; a picker, not a limit (free text still works).
const industries = [
  'software',
  'saas',
  'financial services',
  'healthcare',
  'manufacturing',
  'retail',
  'education',
  'government',
  'media',
  'telecommunications',
  'consulting',
  'real estate',
  'logistics',
  'energy',
  'nonprofit',
];

const pickers: Record<string, CatalogueField['values']> = {
  country: countryValues,
  seniority: seniorityLevels.map((value) => ({ value, label: value.replace('_', '-') })),
  industry: industries.map((value) => ({ value, label: value })),
};

/**
 * Every field a condition of this flow may read: the canonical lead, the flow's declared custom
 * fields, what its match nodes find, and score and grade.
 */
export function fieldCatalogue(input: {
  customFields?: ReadonlyArray<{ key: string; label?: string; type: string }>;
  matchNodes?: ReadonlyArray<{ id: string; label?: string }>;
  grades?: readonly string[];
}): CatalogueField[] {
  const fields: CatalogueField[] = leadFields.map((f) => {
    const values = pickers[f.key];
    return { key: f.key, label: f.label, type: f.type, ...(values ? { values } : {}) };
  });
  for (const custom of input.customFields ?? []) {
    const type =
      (['string', 'number', 'boolean'] as const).find((t) => t === custom.type) ?? 'string';
    fields.push({ key: custom.key, label: custom.label || custom.key, type });
  }
  for (const node of input.matchNodes ?? []) {
    const name = node.label || node.id;
    fields.push({ key: `match.${node.id}.found`, label: `${name}: found`, type: 'boolean' });
    fields.push({ key: `match.${node.id}.ownerId`, label: `${name}: owner`, type: 'string' });
  }
  fields.push({ key: 'score', label: 'Score', type: 'number' });
  const grades = input.grades ?? [];
  fields.push({
    key: 'grade',
    label: 'Grade',
    type: 'string',
    ...(grades.length > 0 ? { values: grades.map((g) => ({ value: g, label: g })) } : {}),
  });
  return fields;
}
