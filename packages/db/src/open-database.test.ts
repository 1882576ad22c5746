import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openDatabase } from './open-database';
import { organizations } from './schema';

const journal: { entries: unknown[] } = JSON.parse(
  readFileSync(new URL('../drizzle/meta/_journal.json', import.meta.url), 'utf8'),
);

async function tempDatabase(busyTimeoutMs = 4321) {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-db-'));
  const database = await openDatabase({
    url: `file:${join(dir, 'nested', 'test.db')}`,
    busyTimeoutMs,
  });
  onTestFinished(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return database;
}

async function pragma(
  tx: { execute(sql: string): Promise<{ rows: ArrayLike<unknown>[] }> },
  name: string,
) {
  const result = await tx.execute(`PRAGMA ${name}`);
  return (result.rows[0] as ArrayLike<unknown>)[0];
}

describe('openDatabase', () => {
  it('gives every pooled connection the same busy timeout, durability and foreign keys', async () => {
    const { client } = await tempDatabase();
    // Open transactions at once: each holds its own pooled connection.
    const transactions = await Promise.all([1, 2, 3, 4].map(() => client.transaction('read')));
    for (const tx of transactions) {
      expect(await pragma(tx, 'busy_timeout')).toBe(4321);
      expect(await pragma(tx, 'synchronous')).toBe(2); // FULL: a commit is on disk before 2xx
      expect(await pragma(tx, 'foreign_keys')).toBe(1);
      expect(await pragma(tx, 'journal_mode')).toBe('wal');
      tx.close();
    }
  });

  it('applies the committed migrations once, also when opened again', async () => {
    const database = await tempDatabase();
    const tables = await database.db.all<{ name: string }>(
      sql`select name from sqlite_master where type = 'table' and name = 'leads'`,
    );
    expect(tables).toHaveLength(1);
    const again = await openDatabase({ url: database.url });
    const applied = await again.db.all<{ n: number }>(
      sql`select count(*) as n from __drizzle_migrations`,
    );
    expect(applied[0]?.n).toBe(journal.entries.length);
    await again.close();
  });

  it('refuses a row that breaks a foreign key', async () => {
    const { db } = await tempDatabase();
    const error: unknown = await db
      .run(sql`insert into teams (id, org_id, name, created_at) values ('t1', 'missing', 'x', 0)`)
      .catch((e: unknown) => e);
    expect(String((error as Error).cause)).toMatch(/FOREIGN KEY/);
  });
});

describe('write queue', () => {
  it('commits concurrent writes together and rolls back only the one that failed', async () => {
    const { db, write } = await tempDatabase();
    const insert = (id: string) =>
      write((tx) => tx.insert(organizations).values({ id, name: id, createdAt: new Date(0) }));
    const results = await Promise.allSettled([
      insert('a'),
      insert('b'),
      write(async (tx) => {
        await tx.insert(organizations).values({ id: 'c', name: 'c', createdAt: new Date(0) });
        throw new Error('boom');
      }),
      insert('a'), // duplicate primary key
      insert('d'),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    const rows = await db.select({ id: organizations.id }).from(organizations);
    expect(rows.map((r) => r.id).sort()).toEqual(['a', 'b', 'd']);
  });

  it('returns the value of the work', async () => {
    const { write } = await tempDatabase();
    await expect(write(async () => 42)).resolves.toBe(42);
  });
});
