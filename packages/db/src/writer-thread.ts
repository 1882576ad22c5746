// The writer thread's module (started by `thread-writer.ts`; bundled beside the runtime as
// `writer-thread.js`). It owns the process's write connection: whole batches of lead routing,
// and the statements of transactions driven from the event loop, answered in the order asked.
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type Libsql from 'libsql';
import { type RouteResult, routeLeads } from './routing/route-leads';
import {
  settledToWire,
  submissionFromWire,
  type WireSettled,
  type WireSubmission,
} from './routing/route-wire';
import { createSqliteSession, type Request } from './sqlite-session';
import { postAnswer, type ThreadMessage } from './sqlite-thread';
import { type ThreadAnswer, type ThreadRequest, ThreadTransaction } from './thread-writer';
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

const routeFromWire: BatchHandler<WireSubmission, RouteResult> = async (tx, wires, raw, kept) => {
  const submissions = [];
  for (const wire of wires) submissions.push(await submissionFromWire(tx, wire));
  return routeLeads(tx, submissions, raw, kept);
};

async function route(submissions: WireSubmission[]): Promise<WireSettled[]> {
  // Queued in one tick: routed in order, in one batch with the leads of other messages that
  // arrived while the queue was busy.
  const outcomes = await Promise.allSettled(
    submissions.map((submission) => queue.writeBatched(routeFromWire, submission)),
  );
  return outcomes.map((outcome) =>
    settledToWire(
      outcome.status === 'fulfilled'
        ? { ok: true, value: outcome.value }
        : { ok: false, error: outcome.reason },
    ),
  );
}

// Each answer goes back with its request's id once it is known (`postAnswer`): one that cannot
// cross, or a request that threw, fails that request alone.
function answer(id: number, value: Promise<ThreadAnswer>): void {
  const post = (known: ThreadAnswer) => parentPort && postAnswer(parentPort, id, known);
  void value.then(post, (error: unknown) =>
    post({ error: { message: String(error) }, inTransaction: db.inTransaction }),
  );
}

// Routing messages go straight into the queue, which takes every lead that arrived while it
// was busy as its next batch. A transaction driven from the event loop waits for the routing
// before it (the event loop's queue sends none while routing is unanswered, see write-queue.ts).
let statements: Promise<unknown> = Promise.resolve();
parentPort?.on('message', ({ id, request }: ThreadMessage<ThreadRequest>) => {
  if (request.op === 'route') {
    answer(
      id,
      route(request.submissions).then(
        (settled) => ({ settled, inTransaction: db.inTransaction }),
        (error: unknown) => ({
          error: { message: String(error) },
          inTransaction: db.inTransaction,
        }),
      ),
    );
    return;
  }
  const handled = statements.then(() => queue.drain()).then(() => session.handle(request));
  statements = handled.catch(() => undefined);
  answer(id, handled);
});
