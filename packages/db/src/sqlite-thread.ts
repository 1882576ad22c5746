import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { LibsqlError } from '@libsql/client';

/**
 * One libsql connection to a database file on a worker thread, answering requests in order (the
 * thread handles one message at a time). Shared by the read threads (reports) and the writer.
 *
 * The thread's code is either a string run as CommonJS — it gets `db` (the connection, with the
 * busy timeout), `parentPort` and `workerData` — or a module (`writer-thread.ts`), which opens
 * the connection from `workerData` itself. Either must answer every message with exactly one
 * `parentPort.postMessage`. A thread without requests waiting does not keep the
 * process alive. When it fails to start or dies, the requests waiting fail with it and `dead`
 * tells the owner to start another.
 */
export class SqliteThread<Request, Answer> {
  dead = false;
  #worker: Worker;
  #waiting: Array<{ resolve(answer: Answer): void; reject(error: Error): void }> = [];

  constructor(path: string, options: { busyTimeoutMs: number; script: string | URL }) {
    const workerData = { libsql: libsqlModule(), path, busyTimeoutMs: options.busyTimeoutMs };
    this.#worker =
      typeof options.script === 'string'
        ? new Worker(`${preamble}\n${options.script}`, { eval: true, workerData })
        : new Worker(options.script, { workerData });
    this.#worker.unref();
    this.#worker.on('message', (answer: Answer) => {
      const next = this.#waiting.shift();
      if (this.#waiting.length === 0) this.#worker.unref();
      next?.resolve(answer);
    });
    const lost = (error: Error) => {
      this.dead = true;
      for (const request of this.#waiting.splice(0)) request.reject(error);
    };
    this.#worker.on('error', lost);
    this.#worker.on('exit', () => lost(stopped()));
  }

  /** No request is waiting for an answer. */
  get idle(): boolean {
    return this.#waiting.length === 0;
  }

  ask(request: Request): Promise<Answer> {
    if (this.dead) return Promise.reject(stopped());
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      this.#worker.ref();
      this.#worker.postMessage(request);
    });
  }

  async stop(): Promise<void> {
    this.dead = true;
    await this.#worker.terminate();
  }
}

const preamble = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.libsql);
const db = new Database(workerData.path, { timeout: workerData.busyTimeoutMs });
`;

/** Resolved here, where `libsql` is a dependency; the thread loads it by this path. */
function libsqlModule(): string {
  return createRequire(import.meta.url).resolve('libsql');
}

function stopped(): LibsqlError {
  return new LibsqlError('The database thread stopped.', 'CLIENT_CLOSED');
}
