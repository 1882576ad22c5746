import {
  type InArgs,
  type InStatement,
  LibsqlBatchError,
  LibsqlError,
  type ResultSet,
  type Transaction,
  type TransactionMode,
} from '@libsql/client';
import { SqliteThread } from './sqlite-thread';

/**
 * The write queue's connection to a database file, on a worker thread of its own.
 *
 * Why: libsql runs SQLite synchronously on the calling thread. On the ingest path SQLite's work —
 * executing the batch's statements, preparing them again every batch (`@libsql/client` keeps no
 * prepared statements) and the durable COMMIT's fsync, 2.5 ms a batch — held the event loop for
 * about a fifth of its time (CPU profile of `pnpm bench:ingest`), while a core stood partly idle.
 * Here the event loop only posts the statements and reads the answers; the thread runs SQLite,
 * keeps every statement it prepared, and waits for the fsync, while the event loop serves HTTP.
 * Measured (docs/benchmarks.md): +20 % routed leads/s with 100 connections; with 50 the ingest
 * path is bound by its round trips, not by CPU, and stays where it was.
 *
 * Same behaviour as `@libsql/client`'s own transactions (`Transaction`): rows with indexed and
 * named columns, integers as numbers (refused past 2^53), blobs as ArrayBuffers, errors as
 * `LibsqlError` with SQLite's codes; `synchronous=FULL` and foreign keys on, as libsql's client
 * opens connections.
 */
export type ThreadWriter = {
  transaction(mode?: TransactionMode): Promise<Transaction>;
  close(): Promise<void>;
};

type Request = {
  /** The transaction's BEGIN, sent with its first statement: one round trip less. */
  begin?: string;
} & (
  | { op: 'batch'; statements: Array<{ sql: string; args: InArgs }> }
  | { op: 'script'; sql: string }
  | { op: 'end'; sql: 'COMMIT' | 'ROLLBACK' }
);

type Result = {
  columns: string[];
  rows: unknown[][];
  rowsAffected: number;
  lastInsertRowid?: bigint;
};

type Answer = {
  /** Whether the connection is still in a transaction after the request. */
  inTransaction: boolean;
  results?: Result[];
  /** SQLite's error, and which statement of a batch failed. */
  error?: { message: string; code?: string; rawCode?: number; index?: number };
};

const writeScript = `
db.exec('PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL');
// Prepared once per SQL text. A batch's multi-row INSERT has one text per row count, so the
// cache stays small; it is emptied if a bug ever made it grow without bound.
const statements = new Map();
function prepared(sql) {
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
const maxSafe = BigInt(Number.MAX_SAFE_INTEGER);
function fromSql(value) {
  if (typeof value === 'bigint') {
    if (value > maxSafe || value < -maxSafe)
      throw new RangeError('Received integer which cannot be safely represented as a JavaScript number');
    return Number(value);
  }
  return value;
}
function toSql(value) {
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new RangeError('Only finite numbers (not Infinity or NaN) can be passed as arguments');
    return value;
  }
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof Date) return value.valueOf();
  if (value === undefined) throw new TypeError('undefined cannot be passed as argument to the database');
  return value;
}
function bind(args) {
  if (Array.isArray(args)) return args.map(toSql);
  const named = {};
  for (const name in args) {
    const key = name[0] === '@' || name[0] === '$' || name[0] === ':' ? name.slice(1) : name;
    named[key] = toSql(args[name]);
  }
  return named;
}
function execute(sql, args) {
  const { statement, reader, columns } = prepared(sql);
  const bound = bind(args ?? []);
  if (reader) {
    const rows = statement.all(bound);
    for (const row of rows) for (let i = 0; i < row.length; i++) row[i] = fromSql(row[i]);
    return { columns, rows, rowsAffected: 0 };
  }
  const info = statement.run(bound);
  return { columns: [], rows: [], rowsAffected: info.changes, lastInsertRowid: BigInt(info.lastInsertRowid) };
}
parentPort.on('message', (request) => {
  let answer;
  let index;
  try {
    if (request.begin) prepared(request.begin).statement.run();
    if (request.op === 'batch') {
      const results = [];
      for (index = 0; index < request.statements.length; index++) {
        const { sql, args } = request.statements[index];
        results.push(execute(sql, args));
      }
      answer = { results };
    } else if (request.op === 'script') { db.exec(request.sql); answer = {}; }
    else if (request.sql === 'ROLLBACK' && !db.inTransaction) answer = {};
    else { prepared(request.sql).statement.run(); answer = {}; }
  } catch (error) {
    answer = { error: { message: String(error && error.message), code: error && error.code, rawCode: error && error.rawCode, index } };
  }
  answer.inTransaction = db.inTransaction;
  parentPort.postMessage(answer);
});
`;

/** A writer over the file at `path`; its thread starts with the first transaction. */
export function createThreadWriter(path: string, options: { busyTimeoutMs: number }): ThreadWriter {
  let thread: Writer | null = null;
  let closed = false;

  function running(): Writer {
    if (closed) throw new LibsqlError('The client is closed', 'CLIENT_CLOSED');
    if (!thread || thread.dead) {
      thread = new SqliteThread(path, {
        busyTimeoutMs: options.busyTimeoutMs,
        script: writeScript,
      });
    }
    return thread;
  }

  return {
    async transaction(mode = 'write') {
      // The write queue's only kind; a read needs no writer.
      if (mode !== 'write')
        throw new LibsqlError('The writer runs write transactions only.', 'TRANSACTION_MODE');
      return new ThreadTransaction(running(), 'BEGIN IMMEDIATE');
    },
    async close() {
      closed = true;
      await thread?.stop();
    },
  };
}

type Writer = SqliteThread<Request, Answer>;

class ThreadTransaction implements Transaction {
  #thread: Writer | null;
  #begin: string | null;
  #inTransaction = true;

  constructor(thread: Writer, begin: string) {
    this.#thread = thread;
    this.#begin = begin;
  }

  get closed(): boolean {
    return this.#thread === null || !this.#inTransaction;
  }

  async execute(statement: InStatement | string, args?: InArgs): Promise<ResultSet> {
    const { sql, args: bound } =
      typeof statement === 'string' ? { sql: statement, args: args ?? [] } : statement;
    const answer = await this.#ask({ op: 'batch', statements: [{ sql, args: bound ?? [] }] });
    if (answer.error) throw toLibsqlError(answer.error);
    return resultSet(answer.results?.[0]);
  }

  /** Every statement in one message to the thread, run in order; the first error stops it. */
  async batch(statements: InStatement[]): Promise<ResultSet[]> {
    const answer = await this.#ask({
      op: 'batch',
      statements: statements.map((statement) =>
        typeof statement === 'string'
          ? { sql: statement, args: [] }
          : { sql: statement.sql, args: statement.args ?? [] },
      ),
    });
    if (answer.error) {
      const { message, index = 0 } = answer.error;
      const { code, extendedCode, rawCode } = toLibsqlError(answer.error);
      throw new LibsqlBatchError(message, index, code, extendedCode, rawCode);
    }
    return (answer.results ?? []).map(resultSet);
  }

  async executeMultiple(sql: string): Promise<void> {
    const answer = await this.#ask({ op: 'script', sql });
    if (answer.error) throw toLibsqlError(answer.error);
  }

  commit(): Promise<void> {
    return this.#end('COMMIT');
  }

  rollback(): Promise<void> {
    return this.#end('ROLLBACK');
  }

  close(): void {
    // A transaction closed without commit or rollback is rolled back, as libsql's client does.
    if (this.#thread && this.#inTransaction) void this.rollback().catch(() => undefined);
    this.#thread = null;
  }

  async #end(sql: 'COMMIT' | 'ROLLBACK'): Promise<void> {
    // Never begun (no statement was sent): nothing to commit or roll back. Rolled back twice: done.
    if (this.#begin || (sql === 'ROLLBACK' && !this.#thread)) {
      this.#thread = null;
      return;
    }
    try {
      const answer = await this.#ask({ op: 'end', sql });
      if (answer.error) throw toLibsqlError(answer.error);
    } finally {
      this.#thread = null;
    }
  }

  async #ask(request: Request): Promise<Answer> {
    if (!this.#thread || !this.#inTransaction)
      throw new LibsqlError('The transaction is closed', 'TRANSACTION_CLOSED');
    if (this.#begin) {
      request.begin = this.#begin;
      this.#begin = null;
    }
    try {
      const answer = await this.#thread.ask(request);
      this.#inTransaction = answer.inTransaction;
      return answer;
    } catch (error) {
      if (this.#thread?.dead) this.#inTransaction = false;
      throw error;
    }
  }
}

function resultSet(result: Result | undefined): ResultSet {
  const columns = result?.columns ?? [];
  const rows = (result?.rows ?? []).map((values) => row(values, columns));
  return {
    columns,
    columnTypes: columns.map(() => ''),
    rows,
    rowsAffected: result?.rowsAffected ?? 0,
    lastInsertRowid: result?.lastInsertRowid,
    toJSON: () => ({
      columns,
      rows: rows.map((r) => Array.from(r as ArrayLike<unknown>)),
      rowsAffected: result?.rowsAffected ?? 0,
      lastInsertRowid: result?.lastInsertRowid?.toString() ?? null,
    }),
  };
}

/** A row as libsql's client gives it: values by index (not enumerable) and by column name. */
function row(values: unknown[], columns: string[]): ResultSet['rows'][number] {
  const built: Record<string | number, unknown> = {};
  Object.defineProperty(built, 'length', { value: values.length });
  for (let i = 0; i < values.length; i++) {
    let value = values[i];
    if (value instanceof Uint8Array) {
      value = value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength);
    }
    Object.defineProperty(built, i, { value });
    const column = columns[i] as string;
    if (!Object.hasOwn(built, column)) {
      Object.defineProperty(built, column, {
        value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    }
  }
  return built as ResultSet['rows'][number];
}

function toLibsqlError(error: NonNullable<Answer['error']>): LibsqlError {
  const extended = error.code ?? 'SQLITE_ERROR';
  // The base code is the extended one's first part: SQLITE_CONSTRAINT_UNIQUE → SQLITE_CONSTRAINT.
  const code = extended.startsWith('SQLITE_')
    ? extended.split('_').slice(0, 2).join('_')
    : extended;
  return new LibsqlError(error.message, code, extended, error.rawCode);
}
