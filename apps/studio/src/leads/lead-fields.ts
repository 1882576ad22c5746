import { isRecord } from './trace-rows';
import type { TraceWords } from './trace-words';

/** One row of a lead's fields table: the field's label and its value in words. */
export type FieldRow = { key: string; label: string; value: string };

/** A stored value as a reader expects it: yes/no, lists joined, nothing as a dash. */
export function valueInWords(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(valueInWords).join(', ');
  if (isRecord(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '—';
    return entries.map(([key, inner]) => `${key}: ${valueInWords(inner)}`).join('; ');
  }
  return JSON.stringify(value);
}

/**
 * What the flow's match steps found, per step by its name: "Known company?: found, owned by
 * Lena Fischer". Empty (no match step ran) reads as a dash, not `{}` (issue 20).
 */
export function matchInWords(
  match: unknown,
  options: { words: TraceWords; repNames: Readonly<Record<string, string>> },
): string {
  if (!isRecord(match)) return '—';
  const parts = Object.entries(match).map(([nodeId, result]) => {
    const name = options.words.step(nodeId);
    if (!isRecord(result) || result.found !== true) return `${name}: nothing found`;
    const owner = typeof result.ownerId === 'string' ? result.ownerId : null;
    return owner
      ? `${name}: found, owned by ${options.repNames[owner] ?? owner}`
      : `${name}: found`;
  });
  return parts.length === 0 ? '—' : parts.join('; ');
}

/** A lead's fields as rows, each labelled as the condition builder labels it. */
export function fieldRows(
  fields: Readonly<Record<string, unknown>>,
  options: { words: TraceWords; repNames: Readonly<Record<string, string>> },
): FieldRow[] {
  return Object.entries(fields).map(([key, value]) => ({
    key,
    label: key === 'match' ? 'Matches' : options.words.field(key),
    value: key === 'match' ? matchInWords(value, options) : valueInWords(value),
  }));
}
