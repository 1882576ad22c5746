import Papa from 'papaparse';
import { invalidInput } from './errors';

/** A cell of an exported table. */
export type CsvCell = string | number | boolean | null;

/** A report table: its columns (key and header) and its rows, keyed like the columns. */
export type ReportTable = {
  columns: ReadonlyArray<{ key: string; label: string }>;
  rows: ReadonlyArray<Readonly<Record<string, CsvCell | undefined>>>;
};

/**
 * The table as RFC 4180 CSV (CRLF line ends; a cell with a comma, quote or line break is quoted,
 * quotes doubled), by papaparse, which runs in the browser where the studio exports. Text cells
 * starting with = + - @ get a leading ' so a spreadsheet does not run them as formulas (OWASP
 * "CSV injection"); numbers stay numbers. Missing and null cells are empty.
 */
export function toCsv(table: ReportTable): string {
  if (table.columns.length === 0) invalidInput('A table needs at least one column to export.');
  return Papa.unparse(
    {
      fields: table.columns.map((column) => column.label),
      data: table.rows.map((row) => table.columns.map((column) => row[column.key] ?? null)),
    },
    { newline: '\r\n', escapeFormulae: true },
  );
}
