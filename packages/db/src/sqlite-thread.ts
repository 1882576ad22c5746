import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { LibsqlError } from '@libsql/client';

/**
 * One libsql connection to a database file on a worker thread. Shared by the read threads
 * (reports) and the writer.
 *
 * Every request travels as `{ id, request }` and every answer as `{ id, answer }` (or
 * `{ id, failed }`), so an answer always reaches the request it belongs to: a request that cannot
 * be sent (the structured clone of a 10,000-deep value throws) or an answer that cannot come back
 * fails alone and shifts nothing. Answers matched by arrival order did shift: one failed
 * `postMessage` sent every later answer to the wrong caller and hung the writer (issue 19).
 *
 * The thread's code is either a string run as CommonJS — it gets `db` (the connection, with the
 * busy timeout), `parentPort`, `workerData` and `serve(handle)` — or a module
 * (`writer-thread.ts`), which opens the connection from `workerData` itself and answers with
 * `postAnswer`. A thread without requests waiting does not keep the process alive. When it fails
 * to start or dies, the requests waiting fail with it and `dead` tells the owner to start another.
 */
export class SqliteThread<Request, Answer> {
  dead = false;
  #worker: Worker;
  #waiting = new Map<number, { resolve(answer: Answer): void; reject(error: Error): void }>();
  #nextId = 0;

  constructor(path: string, options: { busyTimeoutMs: number; script: string | URL }) {
    const workerData = { libsql: libsqlModule(), path, busyTimeoutMs: options.busyTimeoutMs };
    this.#worker =
      typeof options.script === 'string'
        ? new Worker(`${preamble}\n${options.script}`, { eval: true, workerData })
        : new Worker(options.script, { workerData });
    this.#worker.unref();
    this.#worker.on('message', (message: ThreadReply<Answer>) => {
      const waiter = this.#waiting.get(message.id);
      if (!waiter) return;
      this.#settled(message.id);
      if ('failed' in message) waiter.reject(notCrossed(message.failed.message));
      else waiter.resolve(message.answer);
    });
    const lost = (error: Error) => {
      this.dead = true;
      const waiting = [...this.#waiting.values()];
      this.#waiting.clear();
      for (const request of waiting) request.reject(error);
    };
    this.#worker.on('error', lost);
    this.#worker.on('exit', () => lost(stopped()));
  }

  /** No request is waiting for an answer. */
  get idle(): boolean {
    return this.#waiting.size === 0;
  }

  ask(request: Request): Promise<Answer> {
    if (this.dead) return Promise.reject(stopped());
    const id = ++this.#nextId;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.#worker.ref();
      try {
        this.#worker.postMessage({ id, request } satisfies ThreadMessage<Request>);
      } catch (error) {
        this.#settled(id);
        reject(notCrossed('The request could not be sent to the database thread.', error));
      }
    });
  }

  async stop(): Promise<void> {
    this.dead = true;
    await this.#worker.terminate();
  }

  #settled(id: number): void {
    this.#waiting.delete(id);
    if (this.#waiting.size === 0) this.#worker.unref();
  }
}

/** A request as it travels to the thread. */
export type ThreadMessage<Request> = { id: number; request: Request };
/** An answer as it travels back: the answer, or why it could not be given. */
export type ThreadReply<Answer> =
  | { id: number; answer: Answer }
  | { id: number; failed: { message: string } };

/** Posts `answer` for request `id`; an answer that cannot cross fails that request alone. */
export function postAnswer(
  port: { postMessage(value: unknown): void },
  id: number,
  answer: unknown,
): void {
  try {
    port.postMessage({ id, answer } satisfies ThreadReply<unknown>);
  } catch {
    port.postMessage({
      id,
      failed: { message: 'The answer could not be sent from the database thread.' },
    } satisfies ThreadReply<unknown>);
  }
}

// `serve` is `postAnswer` for the string scripts, which cannot import it.
const preamble = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.libsql);
const db = new Database(workerData.path, { timeout: workerData.busyTimeoutMs });
function serve(handle) {
  parentPort.on('message', ({ id, request }) => {
    const answer = handle(request);
    try {
      parentPort.postMessage({ id, answer });
    } catch {
      parentPort.postMessage({ id, failed: { message: 'The answer could not be sent from the database thread.' } });
    }
  });
}
`;

/** Resolved here, where `libsql` is a dependency; the thread loads it by this path. */
function libsqlModule(): string {
  return createRequire(import.meta.url).resolve('libsql');
}

function stopped(): LibsqlError {
  return new LibsqlError('The database thread stopped.', 'CLIENT_CLOSED');
}

/** A request or answer that did not cross between the threads: nothing of it ran, or it is lost. */
export const messageNotSent = 'MESSAGE_NOT_SENT';

function notCrossed(message: string, cause?: unknown): LibsqlError {
  return new LibsqlError(message, messageNotSent, undefined, undefined, cause as Error);
}
