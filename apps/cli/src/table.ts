import { stripVTControlCharacters } from 'node:util';

/*
 * Hand-written on purpose: we need left/right alignment, colour-safe widths and nothing else.
 * cli-table3 and friends draw boxes and pull in string-width and ansi-regex; `text-table` is
 * unmaintained. Thirty lines here are cheaper than a dependency to audit.
 */

export type Column = { header: string; align?: 'left' | 'right' };

function width(text: string): number {
  return [...stripVTControlCharacters(text)].length;
}

function pad(text: string, size: number, align: Column['align']): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** A plain text table: a header, a dashed rule, one line per row, columns two spaces apart. */
export function renderTable(columns: readonly Column[], rows: readonly string[][]): string {
  const sizes = columns.map((column, i) =>
    Math.max(width(column.header), ...rows.map((row) => width(row[i] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    columns
      .map((column, i) => pad(cells[i] ?? '', sizes[i] ?? 0, column.align))
      .join('  ')
      .trimEnd();
  const rule = sizes.map((size) => '-'.repeat(size));
  return [line(columns.map((c) => c.header)), line(rule), ...rows.map(line)]
    .map((text) => `${text}\n`)
    .join('');
}
