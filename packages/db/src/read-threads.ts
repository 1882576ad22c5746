import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { SQL } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';

/**
 * Read-only connections to a database file on worker threads, for the few queries that walk a
 * million index entries (a report over 400 days).
 *
 * Why: libsql runs SQLite synchronously on the calling thread, so such a query holds the event
 * loop for a second (ingest waits behind it) and uses one core however many there are. On its
 * own thread it blocks nothing, and a query split in pieces (e.g. one per flow version) runs on
 * all cores: the 400-day report over 1,000,000 leads took 1.0 s of SQL on the main thread and
 * 0.55 s on two threads (docs/benchmarks.md). WAL lets these readers run beside the writer.
 */
export type ReadThreads = {
  /** How many queries run at once. */
  readonly size: number;
  /** Runs each query on the next free thread; the rows come back in the queries' order. */
  all<T>(queries: SQL[]): Promise<T[][]>;
  /** Stops the threads; queries still running are refused. */
  close(): Promise<void>;
};

/** What a thread answers to a query: its rows, or SQLite's error. */
type Reply = { rows: unknown[] } | { error: { message: string; code?: string } };

type Job = {
  query: { sql: string; params: unknown[] };
  resolve: (rows: unknown[]) => void;
  reject: (error: Error) => void;
};

// Run as CommonJS from a string, not from a file: the runtime is bundled into one file, and a
// worker file beside the source would not be there. `query_only` makes the connection refuse
// any write, whatever SQL it is given.
const threadSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.libsql);
const db = new Database(workerData.path, { timeout: workerData.busyTimeoutMs });
db.exec('PRAGMA query_only = 1');
parentPort.on('message', ({ sql, params }) => {
  let reply;
  try {
    reply = { rows: db.prepare(sql).all(params) };
  } catch (error) {
    reply = { error: { message: String(error && error.message), code: error && error.code } };
  }
  parentPort.postMessage(reply);
});
`;

const dialect = new SQLiteAsyncDialect();

/**
 * `size` threads over the file at `path`, started at the first query (a database that never
 * reports costs nothing). An idle thread does not keep the process alive.
 */
export function createReadThreads(
  path: string,
  options: { size: number; busyTimeoutMs: number },
): ReadThreads {
  const libsql = createRequire(import.meta.url).resolve('libsql');
  const waiting: Job[] = [];
  const threads: Array<{ worker: Worker; job: Job | null }> = [];
  let closed = false;

  function start() {
    const thread = {
      worker: new Worker(threadSource, {
        eval: true,
        workerData: { libsql, path, busyTimeoutMs: options.busyTimeoutMs },
      }),
      job: null as Job | null,
    };
    thread.worker.on('message', (reply: Reply) => {
      const job = thread.job;
      thread.job = null;
      if (job) {
        if ('rows' in reply) job.resolve(reply.rows);
        else job.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
      }
      next(thread);
    });
    // A thread that fails to start (bad path, missing module) or dies takes its query with it;
    // the next query starts a new one.
    const lost = (error: Error) => {
      threads.splice(threads.indexOf(thread), 1);
      thread.job?.reject(error);
      thread.job = null;
      if (waiting.length > 0 && !closed) dispatch();
    };
    thread.worker.on('error', lost);
    thread.worker.on('exit', () => {
      if (threads.includes(thread)) lost(new Error('A report thread stopped.'));
    });
    threads.push(thread);
    return thread;
  }

  function next(thread: (typeof threads)[number]) {
    const job = waiting.shift();
    if (!job) {
      thread.worker.unref();
      return;
    }
    thread.job = job;
    thread.worker.ref();
    thread.worker.postMessage(job.query);
  }

  function dispatch() {
    for (const thread of threads) if (!thread.job && waiting.length > 0) next(thread);
    while (waiting.length > 0 && threads.length < options.size) next(start());
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
      const stopping = threads.splice(0);
      for (const thread of stopping) thread.job?.reject(new Error('The database is closed.'));
      await Promise.all(stopping.map((thread) => thread.worker.terminate()));
    },
  };
}
