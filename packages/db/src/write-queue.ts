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
 * time avoids that; batching pays one durable commit (fsync) for many leads. Each job runs in its
 * own savepoint, so a failing job rolls back alone and the others still commit.
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
  const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
  try {
    await db.transaction(async (tx) => {
      for (const job of batch) {
        try {
          const value = batch.length === 1 ? await job.work(tx) : await tx.transaction(job.work);
          outcomes.push({ ok: true, value });
        } catch (error) {
          if (batch.length === 1) throw error;
          outcomes.push({ ok: false, error });
        }
      }
    });
  } catch (error) {
    // The commit itself failed (or the only job did): nobody's write landed.
    for (const job of batch) job.reject(error);
    return;
  }
  batch.forEach((job, i) => {
    const outcome = outcomes[i];
    if (outcome?.ok) job.resolve(outcome.value);
    else job.reject(outcome?.error);
  });
}
