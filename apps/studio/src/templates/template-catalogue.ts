import { type Flow, parseFlow } from '@switchyard/flow';
import { summariseTemplate, type TemplateSummary } from './template-summary';

// The repository's templates, bundled at build time: the gallery needs no server round trip and
// shows exactly the files CI validated. Keys are paths like `…/templates/round-robin.flow.json`.
const flowFiles = import.meta.glob<unknown>('../../../../templates/*.flow.json', {
  eager: true,
  import: 'default',
});
const sampleFiles = import.meta.glob<unknown>('../../../../templates/*.samples.json', {
  eager: true,
  import: 'default',
});

/** A sample lead of a template and where the template must send it (`<slug>.samples.json`). */
export type SampleLead = {
  name: string;
  /** An enriched canonical lead, as the runtime hands it to the decision. */
  lead: Record<string, unknown>;
  expect: { terminal: string; score?: number; grade?: string | null };
};

/** A bundled template: its file's document, the card's facts and its sample leads' count. */
export type TemplateEntry = TemplateSummary & {
  /** The file's slug: `round-robin` for `round-robin.flow.json`. */
  id: string;
  /** The document exactly as the file has it, for `template.import`. */
  document: Record<string, unknown>;
  flow: Flow;
  sampleCount: number;
};

const slugOf = (path: string, suffix: string) =>
  path.slice(path.lastIndexOf('/') + 1, -suffix.length);

function filesBySlug(files: Record<string, unknown>, suffix: string): Map<string, unknown> {
  return new Map(Object.entries(files).map(([path, value]) => [slugOf(path, suffix), value]));
}

const samplesBySlug = filesBySlug(sampleFiles, '.samples.json');

function isSample(value: unknown): value is SampleLead {
  const sample = value as Partial<SampleLead> | null;
  return (
    typeof sample?.name === 'string' &&
    typeof sample.lead === 'object' &&
    sample.lead !== null &&
    typeof sample.expect?.terminal === 'string'
  );
}

/** The sample leads of a template, in file order; none for an unknown template. */
export function samplesOf(templateId: string): SampleLead[] {
  const samples = samplesBySlug.get(templateId);
  return Array.isArray(samples) ? samples.filter(isSample) : [];
}

function entryOf(id: string, document: unknown): TemplateEntry {
  const parsed = parseFlow(document);
  // The templates' own test validates every file, so a bundled one that does not parse is a bug.
  if (!parsed.ok) throw new Error(`Template "${id}" does not parse: ${parsed.error.message}`);
  return {
    ...summariseTemplate(parsed.value),
    id,
    document: document as Record<string, unknown>,
    flow: parsed.value,
    sampleCount: samplesOf(id).length,
  };
}

let catalogue: TemplateEntry[] | undefined;

/** Every bundled template, by name. Parsed once, on first use. */
export function templateCatalogue(): TemplateEntry[] {
  catalogue ??= [...filesBySlug(flowFiles, '.flow.json')]
    .map(([id, document]) => entryOf(id, document))
    .sort((a, b) => a.name.localeCompare(b.name));
  return catalogue;
}
