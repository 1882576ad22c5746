import type { CatalogueField } from '../conditions/field-catalogue';

// Fields enrichment derives (from the e-mail, the title, the lead's id or the source) and what
// the flow itself computes: nobody types them; the simulator shows what they came out as.
const derived = new Set([
  'domain',
  'isFreeEmail',
  'seniority',
  'bucket',
  'source',
  'score',
  'grade',
]);

// A derived field is driven by the one a person types.
const typedFrom: Record<string, string> = {
  domain: 'email',
  isFreeEmail: 'email',
  seniority: 'title',
};

/** The fields of the catalogue a person fills in to try a lead. */
export function typedFields(catalogue: readonly CatalogueField[]): CatalogueField[] {
  return catalogue.filter((field) => !derived.has(field.key) && !field.key.startsWith('match.'));
}

/** Every `var` path a JSON value reads, wherever it sits in a step's configuration. */
function collectVars(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectVars(item, into);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'var') {
      const path = Array.isArray(item) ? item[0] : item;
      if (typeof path === 'string' && path !== '') into.add(path);
    }
    collectVars(item, into);
  }
}

/**
 * The typed fields this flow's steps depend on, in the catalogue's order: what its conditions
 * read, with derived fields traced back to the one typed (domain → e-mail), and the keys its
 * match steps compare. The simulator shows these first.
 */
export function fieldsTheFlowReads(
  steps: ReadonlyArray<{ kind: string; config: unknown }>,
  typed: readonly CatalogueField[],
): CatalogueField[] {
  const paths = new Set<string>();
  for (const step of steps) {
    collectVars(step.config, paths);
    const by = (step.config as { by?: unknown } | null)?.by;
    if (step.kind === 'match' && typeof by === 'string') paths.add(by);
  }
  const wanted = new Set([...paths].map((path) => typedFrom[path] ?? path));
  return typed.filter((field) => wanted.has(field.key));
}

/** A form's values as the flat record a source would have mapped; blanks left out. */
export function leadFromForm(values: Readonly<Record<string, string | boolean>>) {
  const lead: Record<string, string | boolean> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string' && value.trim() === '') continue;
    lead[key] = typeof value === 'string' ? value.trim() : value;
  }
  return lead;
}
