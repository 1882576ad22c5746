import type { Db, Tx } from './types';

type Job = {
  work: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
};

export type WriteQueue = {
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Resolves when every queued write has settled. */
  drain(): Promise<void>;
};

const maxBatch = 64;

/**
 * Serialises this process's writes and commits concurrent ones together (group commit).
 *
 * Why: libsql runs SQLite synchronously, so two write transactions of one process on two pooled
 * connections would block the event loop on each other until the busy timeout. One writer at a
 * time avoids that; batching pays one durable commit (fsync) for many leads. When a job fails the
 * batch is rolled back and its jobs run again one by one, so only the failing job fails.
 */
export function createWriteQueue(db: Db): WriteQueue {
  let pending: Job[] = [];
  let running: Promise<void> | null = null;

  async function runBatches(): Promise<void> {
    while (pending.length > 0) {
      const batch = pending.slice(0, maxBatch);
      pending = pending.slice(batch.length);
      await commitBatch(db, batch);
    }
    running = null;
  }

  return {
    write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
        running ??= Promise.resolve().then(runBatches);
      });
    },
    async drain() {
      while (running) await running;
    },
  };
}

async function commitBatch(db: Db, batch: Job[]): Promise<void> {
  const values: unknown[] = [];
  try {
    await db.transaction(async (tx) => {
      for (const job of batch) values.push(await job.work(tx));
    });
  } catch (error) {
    if (batch.length === 1) {
      (batch[0] as Job).reject(error);
      return;
    }
    // One job failed, so nothing of the batch was committed: run each alone, so the failing
    // one fails by itself and the others still land. Failures are rare; the common path pays
    // no savepoint per job.
    for (const job of batch) await commitBatch(db, [job]);
    return;
  }
  batch.forEach((job, i) => {
    job.resolve(values[i]);
  });
}
