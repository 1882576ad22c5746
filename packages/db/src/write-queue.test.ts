import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type TransactionMode } from '@libsql/client';
import { sql } from 'drizzle-orm';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openDatabase } from './open-database';
import { type BatchHandler, createWriteQueue, type WriteConnection } from './write-queue';

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

describe('batches a connection runs itself', () => {
  // A real connection whose `batchRunner` takes `elsewhere` jobs (recording each batch) and
  // leaves the others to the queue's own transactions.
  async function queueWithRunner(fail = false) {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-runner-'));
    const client = createClient({ url: `file:${join(dir, 'test.db')}` });
    await client.execute('create table notes (text text)');
    onTestFinished(() => {
      client.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const ranElsewhere: string[][] = [];
    const elsewhere: BatchHandler<string, string> = async () => {
      throw new Error('runs on the connection, never in the queue');
    };
    const runner = async (items: unknown[]) => {
      if (fail) throw new Error('the thread stopped');
      ranElsewhere.push(items as string[]);
      return items.map((item) =>
        item === 'bad'
          ? { ok: false as const, error: 'refused' }
          : { ok: true as const, value: `done ${item}` },
      );
    };
    const connection: WriteConnection = {
      transaction: (mode?: TransactionMode) => client.transaction(mode),
      batchRunner: (handler) =>
        handler === (elsewhere as BatchHandler<never, unknown>) ? runner : undefined,
    };
    return { queue: createWriteQueue(connection), client, elsewhere, ranElsewhere };
  }

  it('hands over runs of their jobs whole, and commits the other jobs around them', async () => {
    const { queue, client, elsewhere, ranElsewhere } = await queueWithRunner();
    const note = (text: string) =>
      queue.write((tx) => tx.run(sql`insert into notes (text) values (${text})`).then(() => text));
    const results = await Promise.allSettled([
      note('n1'),
      queue.writeBatched(elsewhere, 'a'),
      queue.writeBatched(elsewhere, 'bad'),
      queue.writeBatched(elsewhere, 'c'),
      note('n2'),
      queue.writeBatched(elsewhere, 'd'),
    ]);
    expect(results).toEqual([
      { status: 'fulfilled', value: 'n1' },
      { status: 'fulfilled', value: 'done a' },
      { status: 'rejected', reason: 'refused' },
      { status: 'fulfilled', value: 'done c' },
      { status: 'fulfilled', value: 'n2' },
      { status: 'fulfilled', value: 'done d' },
    ]);
    expect(ranElsewhere).toEqual([['a', 'bad', 'c'], ['d']]);
    const notes = await client.execute('select text from notes order by rowid');
    expect(notes.rows.map((row) => row.text)).toEqual(['n1', 'n2']);
  });

  it('fails every job of a run the connection could not take', async () => {
    const { queue, elsewhere } = await queueWithRunner(true);
    const results = await Promise.allSettled([
      queue.writeBatched(elsewhere, 'a'),
      queue.writeBatched(elsewhere, 'b'),
    ]);
    expect(results.map((r) => r.status === 'rejected' && (r.reason as Error).message)).toEqual([
      'the thread stopped',
      'the thread stopped',
    ]);
    // The queue keeps going.
    expect(await queue.write(async () => 'next')).toBe('next');
  });
});
