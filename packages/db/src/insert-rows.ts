import type { InStatement, InValue } from '@libsql/client';
import { getTableColumns, getTableName, is, SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

// SQLite allows 32,766 bound parameters per statement.
const maxParameters = 32_000;

/**
 * `rows` as multi-row INSERTs, one per 32,000 values, built by hand from drizzle's column
 * metadata. Why not `tx.insert(table).values(rows)`: drizzle's builder inspects every value
 * through its SQL chunks (~4 µs a value, 230 µs per routed lead — more than SQLite's own work;
 * see docs/benchmarks.md). Values still go through each column's `mapToDriverValue` (JSON,
 * timestamps, booleans), so the stored bytes are what drizzle would store; a column a row leaves
 * out gets the column's default, else NULL.
 */
export function insertStatements<T extends SQLiteTable>(
  table: T,
  rows: ReadonlyArray<T['$inferInsert']>,
): InStatement[] {
  if (rows.length === 0) return [];
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
  const keys = Object.keys(columns).filter((key) =>
    rows.some((row) => (row as Record<string, unknown>)[key] !== undefined),
  );
  const names = keys.map((key) => `\`${(columns[key] as SQLiteColumn).name}\``).join(', ');
  const tuple = `(${keys.map(() => '?').join(', ')})`;
  const perStatement = Math.max(1, Math.floor(maxParameters / keys.length));
  const statements: InStatement[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const args: InValue[] = [];
    for (const row of chunk) {
      for (const key of keys) {
        args.push(driverValue(columns[key] as SQLiteColumn, (row as Record<string, unknown>)[key]));
      }
    }
    statements.push({
      sql: `insert into \`${getTableName(table)}\` (${names}) values ${chunk.map(() => tuple).join(', ')}`,
      args,
    });
  }
  return statements;
}

function driverValue(column: SQLiteColumn, value: unknown): InValue {
  if (value === undefined) {
    if (column.defaultFn) return driverValue(column, column.defaultFn());
    if (is(column.default, SQL)) {
      throw new Error(
        `insertRows: give "${column.name}" in every row or in none (its default is SQL).`,
      );
    }
    return column.default === undefined ? null : driverValue(column, column.default);
  }
  if (value === null) return null;
  return column.mapToDriverValue(value) as InValue;
}
