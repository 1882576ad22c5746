import { type Database, sql } from '@switchyard/db';

/**
 * Whether this process can write: a heartbeat through the write path (the write queue, the
 * writer thread, BEGIN IMMEDIATE), not only a read. Why: a writer that stopped answering once
 * left `/readyz` at 200 while every lead hung (issue 19). One heartbeat at a time: checks made
 * while one is under way wait for it, so a stuck writer does not collect heartbeats.
 */
export function createReadiness(database: Database, options: { timeoutMs: number }) {
  let beating: Promise<void> | null = null;
  return async function isReady(): Promise<boolean> {
    beating ??= database
      .write(async (tx) => {
        await tx.run(sql`select 1`);
      })
      .finally(() => {
        beating = null;
      });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), options.timeoutMs);
    });
    try {
      return await Promise.race([beating.then(() => true as const), late]);
    } finally {
      clearTimeout(timer);
    }
  };
}
