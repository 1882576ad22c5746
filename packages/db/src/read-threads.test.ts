import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openDatabase } from './open-database';
import { createReadThreads } from './read-threads';

async function tempDatabase(options: { readThreads?: number } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-threads-'));
  const path = join(dir, 'test.db');
  const database = await openDatabase({ url: `file:${path}`, ...options });
  onTestFinished(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });
  await database.db.run(sql`create table numbers (n integer primary key, label text)`);
  await database.write((tx) =>
    tx.run(
      sql`insert into numbers (n, label) select value, 'n' || value from generate_series(1, 100)`,
    ),
  );
  return { database, path };
}

describe('read threads', () => {
  it('run queries on other threads and answer each in the order asked, with committed rows', async () => {
    const { database } = await tempDatabase({ readThreads: 2 });
    const threads = database.reads;
    expect(threads?.size).toBe(2);
    const answers = await threads?.all<{ label: string; count: number }>(
      Array.from(
        { length: 7 },
        (_, i) =>
          sql`select ${`q${i}`} as label, count(*) as count from numbers where n > ${i * 10}`,
      ),
    );
    expect(answers).toEqual(
      Array.from({ length: 7 }, (_, i) => [{ label: `q${i}`, count: 100 - i * 10 }]),
    );
    // A write committed after the threads started is seen by the next query.
    await database.write((tx) => tx.run(sql`delete from numbers where n > 50`));
    expect(await threads?.all([sql`select count(*) as count from numbers`])).toEqual([
      [{ count: 50 }],
    ]);
  });

  it('refuse writes and report SQL errors with their code, and keep answering after', async () => {
    const { database } = await tempDatabase({ readThreads: 1 });
    const threads = database.reads;
    await expect(threads?.all([sql`delete from numbers`])).rejects.toThrow(/readonly|read-only/i);
    await expect(threads?.all([sql`select nope from numbers`])).rejects.toMatchObject({
      message: expect.stringMatching(/no such column/),
      code: expect.stringMatching(/^SQLITE_/),
    });
    expect(await threads?.all([sql`select count(*) as count from numbers`])).toEqual([
      [{ count: 100 }],
    ]);
  });

  it('are off for readThreads 0 and refuse queries once closed', async () => {
    const { database, path } = await tempDatabase({ readThreads: 0 });
    expect(database.reads).toBeNull();
    const threads = createReadThreads(path, { size: 1, busyTimeoutMs: 1000 });
    expect(await threads.all([sql`select 1 as one`])).toEqual([[{ one: 1 }]]);
    await threads.close();
    await expect(threads.all([sql`select 1 as one`])).rejects.toThrow('The database is closed.');
  });

  it('reject the query when the file cannot be opened, and start afresh for the next', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-threads-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const threads = createReadThreads(join(dir, 'missing', 'test.db'), {
      size: 1,
      busyTimeoutMs: 1000,
    });
    onTestFinished(() => threads.close());
    await expect(threads.all([sql`select 1 as one`])).rejects.toThrow();
    await expect(threads.all([sql`select 1 as one`])).rejects.toThrow();
  });
});
