import type { Client, InStatement, Transaction } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import * as schema from './schema';
import { messageNotSent } from './sqlite-thread';
import type { Tx } from './types';

/** One item's outcome in a batch handler: a failed item wrote nothing; the others still commit. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * State a write queue keeps between its batches, one value per key, made by `create` the first
 * time (e.g. the routing configuration cache). Forgotten whenever a transaction rolls back: a
 * value may hold rows that transaction read after writing them.
 */
export type Kept = <T>(key: object, create: () => T) => T;

/**
 * Handles many items of one kind in one transaction, e.g. routing 64 leads with a handful of
 * multi-row statements instead of 64 × 13 single-row ones. `raw` is the same transaction for
 * statements built by hand where drizzle's query building costs too much (see `insertStatements`).
 * It must leave no rows behind for an item it reports as failed; if it throws, the transaction
 * rolls back and each item is retried alone.
 */
export type BatchHandler<I, R> = (
  tx: Tx,
  items: I[],
  raw: Transaction,
  kept: Kept,
) => Promise<Settled<R>[]>;

type Job = {
  /** Consecutive jobs with the same handler are handed to it together. */
  handler: BatchHandler<unknown, unknown>;
  item: unknown;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
};

export type WriteQueue = {
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Queues `item` for `handler`; concurrent items of one handler are handled as one batch. */
  writeBatched<I, R>(handler: BatchHandler<I, R>, item: I): Promise<R>;
  /** Resolves when every queued write has settled. */
  drain(): Promise<void>;
};

const maxBatch = 64;
/** Batches handed to a connection that runs them itself, not answered yet, at most. */
const maxInFlight = 8;

// A plain write is a batch handler of one item that runs its own work.
const runWork: BatchHandler<(tx: Tx) => Promise<unknown>, unknown> = async (tx, works) => {
  const results: Settled<unknown>[] = [];
  for (const work of works) results.push({ ok: true, value: await work(tx) });
  return results;
};

/** What the queue needs of a connection: write transactions (`@libsql/client` or `ThreadWriter`). */
export type WriteConnection = Pick<Client, 'transaction'> & {
  /**
   * Where the connection can run a whole batch of `handler` itself — its transaction, retries of
   * failed items and all — a function doing so in one round trip; otherwise undefined.
   */
  batchRunner?(handler: BatchHandler<never, unknown>): BatchRunner | undefined;
};

/** Runs a whole batch where the connection is and settles each item, in order. */
export type BatchRunner = (items: unknown[]) => Promise<Settled<unknown>[]>;

/**
 * Serialises this process's writes and commits concurrent ones together (group commit).
 *
 * Why: libsql runs SQLite synchronously, so two write transactions of one process on two pooled
 * connections would block the event loop on each other until the busy timeout. One writer at a
 * time avoids that; batching pays one durable commit (fsync) for many jobs. When the batch fails
 * it is rolled back and its jobs run again one by one, so only the failing job fails.
 */
export function createWriteQueue(client: WriteConnection): WriteQueue {
  let pending: Job[] = [];
  let running: Promise<void> | null = null;
  // Batches handed to the connection and not answered yet: sent without waiting for the ones
  // before, so a connection that batches on its own side (the writer thread) takes the next
  // leads the moment it is free, not when this event loop gets round to sending them.
  const inFlight = new Set<Promise<void>>();
  const values = new Map<object, unknown>();
  const kept: Kept = <T>(key: object, create: () => T): T => {
    if (!values.has(key)) values.set(key, create());
    return values.get(key) as T;
  };
  const queue = { kept, forget: () => values.clear(), handle: createTxHandle() };

  async function runBatches(): Promise<void> {
    while (pending.length > 0) {
      const first = pending[0] as Job;
      const runner = client.batchRunner?.(first.handler);
      // A batch is a run of jobs of one handler the connection runs itself, or of jobs it does not.
      const belongs = runner
        ? (job: Job) => job.handler === first.handler
        : (job: Job) => !client.batchRunner?.(job.handler);
      let size = 1;
      while (size < pending.length && size < maxBatch && belongs(pending[size] as Job)) size++;
      const batch = pending.slice(0, size);
      pending = pending.slice(size);
      if (runner) {
        if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
        const sent: Promise<void> = runElsewhere(runner, batch).finally(() =>
          inFlight.delete(sent),
        );
        inFlight.add(sent);
      } else {
        // A transaction of the queue's own starts once the connection answered the batches
        // handed to it before.
        await Promise.all(inFlight);
        await commitBatch(client, queue, batch);
      }
    }
    running = null;
  }

  function enqueue<I, R>(handler: BatchHandler<I, R>, item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      pending.push({
        handler: handler as BatchHandler<unknown, unknown>,
        item,
        resolve: resolve as (value: unknown) => void,
        reject,
      });
      // Start after the event loop's I/O phase, not in a microtask: libsql is synchronous, so a
      // batch started at once would commit this job alone before the next request is read.
      running ??= new Promise<void>((start) => setImmediate(start)).then(runBatches);
    });
  }

  return {
    write: (work) => enqueue(runWork, work) as Promise<never>,
    writeBatched: enqueue,
    async drain() {
      while (running || inFlight.size > 0) {
        await running;
        await Promise.all(inFlight);
      }
    },
  };
}

function isNotSent(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === messageNotSent;
}

type QueueState = { kept: Kept; forget(): void; handle: TxHandle };

async function runElsewhere(runner: BatchRunner, batch: Job[]): Promise<void> {
  let settled: Settled<unknown>[];
  try {
    settled = await runner(batch.map((job) => job.item));
  } catch (error) {
    // A batch that never reached the connection (one item could not cross to its thread) ran
    // nothing: send each item alone, so only that item fails.
    if (batch.length > 1 && isNotSent(error)) {
      await Promise.all(batch.map((job) => runElsewhere(runner, [job])));
      return;
    }
    for (const job of batch) job.reject(error);
    return;
  }
  batch.forEach((job, i) => {
    const result = settled[i];
    if (result?.ok) job.resolve(result.value);
    else job.reject(result ? result.error : new Error('The batch gave no answer for this item.'));
  });
}

async function commitBatch(
  client: WriteConnection,
  queue: QueueState,
  batch: Job[],
): Promise<void> {
  const settled: Settled<unknown>[] = [];
  try {
    await inWriteTransaction(client, queue.handle, async (tx, raw) => {
      for (const run of runsOfOneHandler(batch)) {
        const items = run.jobs.map((job) => job.item);
        settled.push(...(await run.handler(tx, items, raw, queue.kept)));
      }
    });
  } catch (error) {
    queue.forget();
    if (batch.length === 1) {
      (batch[0] as Job).reject(error);
      return;
    }
    // Nothing of the batch was committed: run each job alone, so the failing one fails by
    // itself and the others still land. Failures are rare; the common path pays no savepoint.
    for (const job of batch) await commitBatch(client, queue, [job]);
    return;
  }
  batch.forEach((job, i) => {
    const result = settled[i] as Settled<unknown>;
    if (result.ok) job.resolve(result.value);
    else job.reject(result.error);
  });
}

type TxHandle = { tx: Tx; open(raw: Transaction | null): void };

/** The calls drizzle makes on its client, forwarded to the open write transaction. */
class OpenTransaction {
  current: Transaction | null = null;
  execute(statement: InStatement) {
    return this.#open().execute(statement);
  }
  batch(statements: InStatement[]) {
    return this.#open().batch(statements);
  }
  #open(): Transaction {
    if (!this.current) throw new Error('The write transaction is closed.');
    return this.current;
  }
}

// One drizzle handle per queue over the open transaction. Why not `drizzle(raw, { schema })` per
// batch: it walks the whole schema each time (about 2 % of the ingest path's CPU). Outside a
// batch the handle refuses every query, as a closed transaction does.
function createTxHandle(): TxHandle {
  const client = new OpenTransaction();
  return {
    tx: drizzle(client as unknown as Client, { schema }),
    open: (raw) => {
      client.current = raw;
    },
  };
}

// What drizzle's `db.transaction` does (BEGIN IMMEDIATE, commit or roll back), keeping hold of
// the libsql transaction so batch handlers can also run hand-built statements on it.
async function inWriteTransaction(
  client: WriteConnection,
  handle: TxHandle,
  work: (tx: Tx, raw: Transaction) => Promise<void>,
): Promise<void> {
  const raw = await client.transaction('write');
  handle.open(raw);
  try {
    await work(handle.tx, raw);
    await raw.commit();
  } catch (error) {
    if (!raw.closed) await raw.rollback();
    throw error;
  } finally {
    handle.open(null);
    raw.close();
  }
}

function runsOfOneHandler(batch: Job[]): Array<{ handler: Job['handler']; jobs: Job[] }> {
  const runs: Array<{ handler: Job['handler']; jobs: Job[] }> = [];
  for (const job of batch) {
    const last = runs.at(-1);
    if (last && last.handler === job.handler) last.jobs.push(job);
    else runs.push({ handler: job.handler, jobs: [job] });
  }
  return runs;
}
