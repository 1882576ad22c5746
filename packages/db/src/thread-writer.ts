import {
  type InArgs,
  type InStatement,
  LibsqlBatchError,
  LibsqlError,
  type ResultSet,
  type Transaction,
} from '@libsql/client';
import { type LeadSubmission, routeLeads } from './routing/route-leads';
import {
  settledFromWire,
  submissionToWire,
  type WireSettled,
  type WireSubmission,
} from './routing/route-wire';
import type { Answer, Request, Result } from './sqlite-session';
import { SqliteThread } from './sqlite-thread';
import type { BatchHandler, WriteConnection } from './write-queue';
import { writerThreadModule } from './writer-module';

/**
 * The write queue's connection to a database file, on a worker thread of its own.
 *
 * Why: libsql runs SQLite synchronously on the calling thread. On the ingest path SQLite's work —
 * executing the batch's statements, preparing them again every batch (`@libsql/client` keeps no
 * prepared statements) and the durable COMMIT's fsync, 2.5 ms a batch — held the event loop for
 * about a fifth of its time (CPU profile of `pnpm bench:ingest`), while a core stood partly idle.
 * Here the thread runs SQLite, keeps every statement it prepared, and waits for the fsync, while
 * the event loop serves HTTP. A batch of `routeLeads` goes to the thread whole (`batchRunner`):
 * the thread normalises, decides, distributes and commits it (`writer-thread.ts`) and answers
 * once, instead of the event loop doing that work and waiting on four round trips for it.
 * Measured in docs/benchmarks.md.
 *
 * Other transactions are driven statement by statement from the calling thread, with the same
 * behaviour as `@libsql/client`'s own (`Transaction`): rows with indexed and named columns,
 * integers as numbers (refused past 2^53), blobs as ArrayBuffers, errors as `LibsqlError` with
 * SQLite's codes; `synchronous=FULL` and foreign keys on, as libsql's client opens connections.
 */
export type ThreadWriter = WriteConnection & { close(): Promise<void> };

/** A message to the writer thread (`writer-thread.ts`) and its answer. */
export type ThreadRequest = Request | { op: 'route'; submissions: WireSubmission[] };
export type ThreadAnswer = Answer & { settled?: WireSettled[] };

/** What a transaction needs of the thread: `SqliteThread`, or the session itself on the thread. */
export type Asker = { readonly dead: boolean; ask(request: Request): Promise<Answer> };

/** A writer over the file at `path`; its thread starts with the first transaction. */
export function createThreadWriter(path: string, options: { busyTimeoutMs: number }): ThreadWriter {
  let thread: Writer | null = null;
  let closed = false;

  async function running(): Promise<Writer> {
    const script = await writerThreadModule();
    if (closed) throw new LibsqlError('The client is closed', 'CLIENT_CLOSED');
    if (!thread || thread.dead)
      thread = new SqliteThread(path, { busyTimeoutMs: options.busyTimeoutMs, script });
    return thread;
  }

  async function routeOnThread(items: unknown[]) {
    const submissions = (items as LeadSubmission[]).map(submissionToWire);
    const answer = await (await running()).ask({ op: 'route', submissions });
    if (!answer.settled)
      throw toLibsqlError(answer.error ?? { message: 'No answer from the writer.' });
    return answer.settled.map(settledFromWire);
  }

  return {
    async transaction(mode = 'write') {
      // The write queue's only kind; a read needs no writer.
      if (mode !== 'write')
        throw new LibsqlError('The writer runs write transactions only.', 'TRANSACTION_MODE');
      return new ThreadTransaction(await running(), 'BEGIN IMMEDIATE');
    },
    batchRunner: (handler) =>
      handler === (routeLeads as BatchHandler<never, unknown>) ? routeOnThread : undefined,
    async close() {
      closed = true;
      await thread?.stop();
    },
  };
}

type Writer = SqliteThread<ThreadRequest, ThreadAnswer>;

/** `@libsql/client`'s `Transaction` over requests to the writer's session (`sqlite-session.ts`). */
export class ThreadTransaction implements Transaction {
  #thread: Asker | null;
  #begin: string | null;
  #inTransaction = true;

  constructor(thread: Asker, begin: string) {
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
