import type { InArgs, InValue } from '@libsql/client';
import type Libsql from 'libsql';

/**
 * The writer thread's side of a write transaction: statements arrive as messages (`Request`),
 * run on the thread's libsql connection, and go back as plain values (`Answer`) that
 * `thread-writer.ts` turns into `@libsql/client` result sets and errors.
 */
export type Request = {
  /** The transaction's BEGIN, sent with its first statement: one round trip less. */
  begin?: string;
} & (
  | { op: 'batch'; statements: Array<{ sql: string; args: InArgs }> }
  | { op: 'script'; sql: string }
  | { op: 'end'; sql: 'COMMIT' | 'ROLLBACK' }
);

export type Result = {
  columns: string[];
  rows: unknown[][];
  rowsAffected: number;
  lastInsertRowid?: bigint;
};

export type Answer = {
  /** Whether the connection is still in a transaction after the request. */
  inTransaction: boolean;
  results?: Result[];
  /** SQLite's error, and which statement of a batch failed. */
  error?: { message: string; code?: string; rawCode?: number; index?: number };
};

type Connection = Libsql.Database;
type Statement = Libsql.Statement;
type Prepared = { statement: Statement; reader: boolean; columns: string[] };

const maxSafe = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Runs requests on `db`, keeping every statement it prepared (`@libsql/client` prepares each
 * statement again on every call). A batch's multi-row INSERT has one text per row count, so the
 * cache stays small; it is emptied if a bug ever made it grow without bound.
 */
export function createSqliteSession(db: Connection): { handle(request: Request): Answer } {
  db.exec('PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL');
  const statements = new Map<string, Prepared>();

  function prepared(sql: string): Prepared {
    let entry = statements.get(sql);
    if (!entry) {
      if (statements.size > 2000) statements.clear();
      const statement = db.prepare(sql);
      statement.safeIntegers(true);
      const reader = statement.reader;
      if (reader) statement.raw(true);
      entry = { statement, reader, columns: reader ? statement.columns().map((c) => c.name) : [] };
      statements.set(sql, entry);
    }
    return entry;
  }

  function execute(sql: string, args: InArgs | undefined): Result {
    const { statement, reader, columns } = prepared(sql);
    const bound = bind(args ?? []);
    if (reader) {
      const rows = statement.all(bound) as unknown[][];
      for (const row of rows) for (let i = 0; i < row.length; i++) row[i] = fromSql(row[i]);
      return { columns, rows, rowsAffected: 0 };
    }
    const info = statement.run(bound);
    return {
      columns: [],
      rows: [],
      rowsAffected: info.changes,
      lastInsertRowid: BigInt(info.lastInsertRowid),
    };
  }

  return {
    handle(request) {
      let answer: Omit<Answer, 'inTransaction'>;
      let index: number | undefined;
      try {
        if (request.begin) prepared(request.begin).statement.run();
        if (request.op === 'batch') {
          const results: Result[] = [];
          for (index = 0; index < request.statements.length; index++) {
            const { sql, args } = request.statements[index] as { sql: string; args: InArgs };
            results.push(execute(sql, args));
          }
          answer = { results };
        } else if (request.op === 'script') {
          db.exec(request.sql);
          answer = {};
        } else if (request.sql === 'ROLLBACK' && !db.inTransaction) {
          answer = {};
        } else {
          prepared(request.sql).statement.run();
          answer = {};
        }
      } catch (error) {
        const failed = error as { message?: unknown; code?: string; rawCode?: number };
        answer = {
          error: {
            message: String(failed?.message),
            ...(failed?.code === undefined ? {} : { code: failed.code }),
            ...(failed?.rawCode === undefined ? {} : { rawCode: failed.rawCode }),
            ...(index === undefined ? {} : { index }),
          },
        };
      }
      return { ...answer, inTransaction: db.inTransaction };
    },
  };
}

function fromSql(value: unknown): unknown {
  if (typeof value === 'bigint') {
    if (value > maxSafe || value < -maxSafe)
      throw new RangeError(
        'Received integer which cannot be safely represented as a JavaScript number',
      );
    return Number(value);
  }
  return value;
}

function toSql(value: InValue | undefined): unknown {
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new RangeError('Only finite numbers (not Infinity or NaN) can be passed as arguments');
    return value;
  }
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  if (value instanceof Uint8Array)
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof Date) return value.valueOf();
  if (value === undefined)
    throw new TypeError('undefined cannot be passed as argument to the database');
  return value;
}

function bind(args: InArgs): unknown {
  if (Array.isArray(args)) return args.map(toSql);
  const named: Record<string, unknown> = {};
  for (const name in args) {
    const key = name[0] === '@' || name[0] === '$' || name[0] === ':' ? name.slice(1) : name;
    named[key] = toSql(args[name]);
  }
  return named;
}
