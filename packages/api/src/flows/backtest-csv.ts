import { failure, normalizeLead } from '@switchyard/engine';
import type { FieldDeclaration } from '@switchyard/flow';
import { parse } from 'csv-parse/sync';
import { fail } from '../errors';
import { reservedKeys } from '../reserved-keys';

/** An upload's limits: 10 MB of text (checked by the input schema) and 100,000 leads. */
export const maxCsvChars = 10_000_000;
export const maxCsvRows = 100_000;
const maxColumns = 200;

/** Uploaded leads as mapped inputs, and a sentence for each column that was left out. */
export type BacktestCsv = { inputs: Array<Record<string, string>>; warnings: string[] };

/**
 * Reads an uploaded CSV whose header row names canonical lead fields (`email`, `country`,
 * `employees`, `custom.seats`, …): one mapped input per row, as a source's mapping would give.
 * A column that is not a lead field is a warning, not an error (exports carry extra columns);
 * a header with no lead field at all is taken for a missing header and refused.
 */
export function parseBacktestCsv(text: string, fields: readonly FieldDeclaration[]): BacktestCsv {
  const rows = readRows(text);
  const [header, ...records] = rows;
  if (!header || records.length === 0) {
    fail(failure('invalid_input', 'The CSV has no leads: give a header row, then one lead a row.'));
  }
  if (records.length > maxCsvRows) {
    fail(
      failure(
        'payload_too_large',
        `The CSV has more than ${maxCsvRows.toLocaleString('en')} leads; upload fewer.`,
      ),
    );
  }
  const names = header.map((name) => name.trim());
  checkHeader(names);
  const unknown = names.filter((name) => !isLeadField(name, fields));
  if (unknown.length === names.length) {
    fail(
      failure(
        'invalid_input',
        `The first row must name lead fields (email, country, employees, custom.…); "${names[0]}" is not one.`,
      ),
    );
  }
  const kept = names.flatMap((name, index) =>
    unknown.includes(name) ? [] : ([[name, index]] as const),
  );
  return {
    inputs: records.map((record) =>
      Object.fromEntries(kept.map(([name, index]) => [name, record[index] ?? ''])),
    ),
    warnings: unknown.map((name) => `Column "${name}" is not a lead field; it was left out.`),
  };
}

function readRows(text: string): string[][] {
  try {
    return parse(text, {
      bom: true,
      skip_empty_lines: true,
      // One more than allowed, to tell "too many" without reading a huge file to the end.
      to: maxCsvRows + 2,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const where = line === undefined ? '' : ` (line ${line})`;
    fail(
      failure(
        'invalid_input',
        `This is not a readable CSV file${where}: ${(error as Error).message}`,
      ),
    );
  }
}

function checkHeader(names: string[]): void {
  if (names.length > maxColumns) {
    fail(failure('invalid_input', `The CSV has more than ${maxColumns} columns.`));
  }
  const reserved = names.find((name) => reservedKeys.has(name));
  if (reserved !== undefined) fail(failure('invalid_input', `"${reserved}" is a reserved name.`));
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined) {
    fail(failure('invalid_input', `The column "${repeated}" appears twice in the header.`));
  }
}

// The engine's own reading of a key: a column is a lead field when normalising it warns nothing.
function isLeadField(name: string, fields: readonly FieldDeclaration[]): boolean {
  const { warnings } = normalizeLead({ [name]: '' }, { leadId: 'header', fields });
  return !warnings.some((warning) => warning.field === name && warning.code === 'unknown_field');
}
