import type { SQL } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import { SqliteThread } from './sqlite-thread';

/**
 * Read-only connections to a database file on worker threads, for the few queries that walk a
 * million index entries (a report over 400 days).
 *
 * Why: libsql runs SQLite synchronously on the calling thread, so such a query holds the event
 * loop for a second (ingest waits behind it) and uses one core however many there are. On its
 * own thread it blocks nothing, and a query split in pieces (e.g. one per flow version) runs on
 * all cores: the 400-day report over 1,000,000 leads took 0.83 s of SQL on the main thread and
 * 0.48 s on two threads (docs/benchmarks.md). WAL lets these readers run beside the writer.
 */
export type ReadThreads = {
  /** How many queries run at once. */
  readonly size: number;
  /** Runs each query on the next free thread; the rows come back in the queries' order. */
  all<T>(queries: SQL[]): Promise<T[][]>;
  /** Stops the threads; queries still running are refused. */
  close(): Promise<void>;
};

type Query = { sql: string; params: unknown[] };

/** What a thread answers to a query: its rows, or SQLite's error. */
type Reply = { rows: unknown[] } | { error: { message: string; code?: string } };

type Job = { query: Query; resolve: (rows: unknown[]) => void; reject: (error: Error) => void };

// `query_only` makes the connection refuse any write, whatever SQL it is given.
const readScript = `
db.exec('PRAGMA query_only = 1');
serve(({ sql, params }) => {
  try {
    return { rows: db.prepare(sql).all(params) };
  } catch (error) {
    return { error: { message: String(error && error.message), code: error && error.code } };
  }
});
`;

const dialect = new SQLiteAsyncDialect();

/**
 * `size` threads over the file at `path`, started at the first query (a database that never
 * reports costs nothing). A thread that fails or dies takes its query with it; the next query
 * starts a new one.
 */
export function createReadThreads(
  path: string,
  options: { size: number; busyTimeoutMs: number },
): ReadThreads {
  const waiting: Job[] = [];
  let threads: Array<SqliteThread<Query, Reply>> = [];
  let closed = false;

  function dispatch() {
    threads = threads.filter((thread) => !thread.dead);
    while (waiting.length > 0 && !closed) {
      let thread = threads.find((candidate) => candidate.idle);
      if (!thread) {
        if (threads.length >= options.size) return;
        thread = new SqliteThread(path, {
          busyTimeoutMs: options.busyTimeoutMs,
          script: readScript,
        });
        threads.push(thread);
      }
      const job = waiting.shift() as Job;
      thread
        .ask(job.query)
        .then((reply) => {
          if ('rows' in reply) job.resolve(reply.rows);
          else
            job.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
        }, job.reject)
        .finally(dispatch);
    }
  }

  return {
    size: options.size,
    all<T>(queries: SQL[]): Promise<T[][]> {
      if (closed) return Promise.reject(new Error('The database is closed.'));
      const answers = queries.map(
        (query) =>
          new Promise<unknown[]>((resolve, reject) => {
            waiting.push({ query: dialect.sqlToQuery(query), resolve, reject });
          }),
      );
      dispatch();
      return Promise.all(answers) as Promise<T[][]>;
    },
    async close() {
      closed = true;
      for (const job of waiting.splice(0)) job.reject(new Error('The database is closed.'));
      await Promise.all(threads.splice(0).map((thread) => thread.stop()));
    },
  };
}
