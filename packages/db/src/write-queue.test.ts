import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openDatabase } from './open-database';
import type { BatchHandler } from './write-queue';

async function database() {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-queue-'));
  const opened = await openDatabase({ url: `file:${join(dir, 'test.db')}` });
  onTestFinished(async () => {
    await opened.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return opened;
}

const key = {};
// Answers each item with the value kept under `key`; the item `fail` makes the batch throw.
const keeper: BatchHandler<string, object> = async (_tx, items, _raw, kept) => {
  if (items.includes('fail')) throw new Error('boom');
  const value = kept(key, () => ({}));
  return items.map(() => ({ ok: true, value }));
};

describe('state kept between batches', () => {
  it('is made once and handed to every later batch', async () => {
    const { writeBatched } = await database();
    const first = await writeBatched(keeper, 'a');
    const second = await writeBatched(keeper, 'b');
    expect(second).toBe(first);
  });

  it('is forgotten when a transaction rolls back', async () => {
    const { writeBatched } = await database();
    const before = await writeBatched(keeper, 'a');
    const [ok, failed] = await Promise.allSettled([
      writeBatched(keeper, 'b'),
      writeBatched(keeper, 'fail'),
    ]);
    expect(failed?.status).toBe('rejected');
    // The batch rolled back; `b` ran again alone, on fresh state.
    expect(ok?.status === 'fulfilled' && ok.value).not.toBe(before);
  });

  it('hands each batch the open transaction and refuses queries after it', async () => {
    const { write } = await database();
    const leaked = await write(async (tx) => {
      expect(await tx.all(sql`select 1 as one`)).toEqual([{ one: 1 }]);
      return tx;
    });
    const error = await leaked.all(sql`select 1`).catch((e: unknown) => e);
    expect((error as Error).cause).toEqual(new Error('The write transaction is closed.'));
    expect(await write((tx) => tx.all(sql`select 2 as two`))).toEqual([{ two: 2 }]);
  });
});
