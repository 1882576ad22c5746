// The writer thread's module (started by `thread-writer.ts`; bundled beside the runtime as
// `writer-thread.js`). It owns the process's write connection: statements of transactions driven
// from the event loop, and whole batches of lead routing, run here one message at a time.
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type Libsql from 'libsql';
import { routeLeads } from './routing/route-leads';
import {
  settledToWire,
  submissionFromWire,
  type WireSettled,
  type WireSubmission,
} from './routing/route-wire';
import { type Answer, createSqliteSession, type Request } from './sqlite-session';
import { ThreadTransaction } from './thread-writer';
import type { BatchHandler } from './write-queue';
import { createWriteQueue } from './write-queue';

const { libsql, path, busyTimeoutMs } = workerData as {
  libsql: string;
  path: string;
  busyTimeoutMs: number;
};
const Database = createRequire(import.meta.url)(libsql) as typeof Libsql;
const db = new Database(path, { timeout: busyTimeoutMs });
const session = createSqliteSession(db);

// Routing's transactions on this thread's own connection: the same write queue as the event
// loop's (batches, a failed batch retried item by item), its session asked directly.
const local = { dead: false, ask: async (request: Request) => session.handle(request) };
const queue = createWriteQueue({
  transaction: async () => new ThreadTransaction(local, 'BEGIN IMMEDIATE'),
});

const routeFromWire: BatchHandler<WireSubmission, unknown> = async (tx, wires, raw, kept) => {
  const submissions = [];
  for (const wire of wires) submissions.push(await submissionFromWire(tx, wire));
  return routeLeads(tx, submissions, raw, kept);
};

async function route(submissions: WireSubmission[]): Promise<WireSettled[]> {
  // Queued in one tick: the queue routes them as one batch, in order.
  const outcomes = await Promise.allSettled(
    submissions.map((submission) => queue.writeBatched(routeFromWire, submission)),
  );
  return outcomes.map((outcome) =>
    settledToWire(
      outcome.status === 'fulfilled'
        ? { ok: true, value: outcome.value as never }
        : { ok: false, error: outcome.reason },
    ),
  );
}

type Message = Request | { op: 'route'; submissions: WireSubmission[] };

// One message at a time, answered in order: a batch being routed holds the ones behind it.
let previous: Promise<void> = Promise.resolve();
parentPort?.on('message', (message: Message) => {
  previous = previous.then(async () => {
    let answer: Answer & { settled?: WireSettled[] };
    if (message.op !== 'route') answer = session.handle(message);
    else {
      try {
        answer = { settled: await route(message.submissions), inTransaction: db.inTransaction };
      } catch (error) {
        answer = { error: { message: String(error) }, inTransaction: db.inTransaction };
      }
    }
    parentPort?.postMessage(answer);
  });
});
