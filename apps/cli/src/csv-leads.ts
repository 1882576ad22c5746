import { type FieldType, type Flow, findLeadField } from '@switchyard/flow';
import type { Result } from '@switchyard/logic';
import Papa from 'papaparse';
import { type CliFailure, cliFailure } from './errors';
import { entryName, type LeadEntry } from './samples';

/** The type a column's cells are read as: the lead field catalogue, then the flow's own fields. */
export function columnType(key: string, flow: Pick<Flow, 'fields'>): FieldType {
  const declared = flow.fields?.find((field) => field.key === key);
  if (declared) return declared.type;
  if (/^match\.[^.]+\.found$/.test(key)) return 'boolean';
  return findLeadField(key)?.type ?? 'string';
}

// A column named "__proto__.x" would write onto Object.prototype through setPath.
const forbiddenSegments = new Set(['', '__proto__', 'constructor', 'prototype']);

/** The reason a header cannot be used, or undefined; `columns` are trimmed names in order. */
function headerProblem(columns: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const [index, column] of columns.entries()) {
    if (column === '') return `column ${index + 1} of the header has no name`;
    if (column.split('.').some((segment) => forbiddenSegments.has(segment))) {
      return `the column "${column}" is not a field path such as "utm.source"`;
    }
    if (seen.has(column)) return `the column "${column}" appears twice`;
    seen.add(column);
  }
  for (const column of columns) {
    const child = columns.find((other) => other.startsWith(`${column}.`));
    if (child)
      return `the columns "${column}" and "${child}" clash: "${column}" cannot be a value and a group`;
  }
  return undefined;
}

/** A cell as its field's type; a string saying why not; undefined for an empty cell (absent). */
function typedValue(
  raw: string,
  type: FieldType,
): { value: unknown } | { reason: string } | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  if (type === 'number') {
    const number = Number(text);
    return Number.isFinite(number) ? { value: number } : { reason: `"${text}" is not a number` };
  }
  if (type === 'boolean') {
    const lower = text.toLowerCase();
    if (lower === 'true' || lower === 'false') return { value: lower === 'true' };
    return { reason: `"${text}" is not true or false` };
  }
  return { value: text };
}

/** Set `utm.source` as `{ utm: { source } }`; the header check rules out clashes. */
function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  target[head] ??= {};
  setPath(target[head] as Record<string, unknown>, rest, value);
}

/**
 * Leads from CSV text: a header row, dotted column names for nested fields, cells typed by the
 * field catalogue and the flow's declared fields, empty cells left out.
 */
export function parseCsvLeads(
  text: string,
  path: string,
  flow: Pick<Flow, 'fields'>,
): Result<LeadEntry[], CliFailure> {
  const fail = (where: string, reason: string) => ({
    ok: false as const,
    error: cliFailure('invalid_csv', `"${path}" ${where}: ${reason}.`),
  });
  // The header alone first: checked before papaparse renames duplicates (and warns on the console).
  const head = Papa.parse<string[]>(text, { preview: 1, skipEmptyLines: 'greedy' });
  const header = head.data[0]?.map((cell) => cell.trim());
  if (!header) return fail('is empty', 'expected a header row such as "email,employees"');
  const problem = headerProblem(header);
  if (problem) return fail('has a bad header', problem);

  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    delimiter: head.meta.delimiter,
    skipEmptyLines: 'greedy',
    transformHeader: (name) => name.trim(),
  });
  // Line numbers as a spreadsheet shows them: the header is line 1.
  const rowError = parsed.errors.find((error) => error.type !== 'Delimiter');
  if (rowError) return fail(`line ${(rowError.row ?? 0) + 2}`, rowError.message);

  const entries: LeadEntry[] = [];
  for (const [index, row] of parsed.data.entries()) {
    const lead: Record<string, unknown> = {};
    for (const column of header) {
      const typed = typedValue(row[column] ?? '', columnType(column, flow));
      if (typed && 'reason' in typed)
        return fail(`line ${index + 2}, column "${column}"`, typed.reason);
      if (typed) setPath(lead, column.split('.'), typed.value);
    }
    entries.push({ name: entryName(index, lead), lead });
  }
  return { ok: true, value: entries };
}
