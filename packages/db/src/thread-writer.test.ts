import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, LibsqlBatchError, LibsqlError } from '@libsql/client';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createThreadWriter } from './thread-writer';

/** A file with one table, a thread writer on it, and a second (ordinary) connection to check. */
async function tempFile(busyTimeoutMs = 2000) {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-writer-'));
  const path = join(dir, 'test.db');
  const other = createClient({ url: `file:${path}`, timeout: 50 });
  await other.execute('PRAGMA journal_mode=WAL');
  await other.execute('create table items (id integer primary key, name text unique, data blob)');
  const writer = createThreadWriter(path, { busyTimeoutMs });
  onTestFinished(async () => {
    await writer.close();
    other.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { writer, other };
}

describe('thread writer', () => {
  it('answers like libsql: named and indexed columns, numbers, blobs, changes and row ids', async () => {
    const { writer, other } = await tempFile();
    const tx = await writer.transaction('write');
    const inserted = await tx.execute({
      sql: 'insert into items (name, data) values (?, ?), (?, ?)',
      args: ['a', new Uint8Array([1, 2, 3]), 'b', null],
    });
    expect(inserted.rowsAffected).toBe(2);
    expect(inserted.lastInsertRowid).toBe(2n);
    const read = await tx.execute('select id, name, data from items order by id');
    expect(read.columns).toEqual(['id', 'name', 'data']);
    const [first] = read.rows;
    expect(first?.id).toBe(1);
    expect(first?.[1]).toBe('a');
    expect(Object.keys(first ?? {})).toEqual(['id', 'name', 'data']);
    expect(Array.from(new Uint8Array(first?.data as ArrayBuffer))).toEqual([1, 2, 3]);
    // Not visible to another connection before the commit, visible after.
    expect((await other.execute('select count(*) as n from items')).rows[0]?.n).toBe(0);
    await tx.commit();
    expect(tx.closed).toBe(true);
    expect((await other.execute('select count(*) as n from items')).rows[0]?.n).toBe(2);
  });

  it('runs a batch in order in one message and names the failing statement', async () => {
    const { writer, other } = await tempFile();
    const tx = await writer.transaction('write');
    const results = await tx.batch([
      { sql: 'insert into items (name) values (?)', args: ['a'] },
      { sql: 'insert into items (name) values (?)', args: ['b'] },
      'select count(*) as n from items',
    ]);
    expect(results[2]?.rows[0]?.n).toBe(2);
    const failed = tx.batch([
      { sql: 'insert into items (name) values (?)', args: ['c'] },
      { sql: 'insert into items (name) values (?)', args: ['a'] },
    ]);
    await expect(failed).rejects.toBeInstanceOf(LibsqlBatchError);
    await expect(failed).rejects.toMatchObject({
      statementIndex: 1,
      code: 'SQLITE_CONSTRAINT',
      extendedCode: 'SQLITE_CONSTRAINT_UNIQUE',
    });
    await tx.rollback();
    expect((await other.execute('select count(*) as n from items')).rows[0]?.n).toBe(0);
  });

  it('refuses bad arguments and integers past 2^53, and statements after the end', async () => {
    const { writer, other } = await tempFile();
    await other.execute('insert into items (id, name) values (9007199254740993, ?)', ['big']);
    const tx = await writer.transaction('write');
    await expect(tx.execute('select id from items')).rejects.toThrow(/safely represented/);
    await expect(tx.execute({ sql: 'select ?', args: [Number.POSITIVE_INFINITY] })).rejects.toThrow(
      /finite/,
    );
    await expect(tx.execute('select nope from items')).rejects.toMatchObject({
      code: 'SQLITE_ERROR',
      message: expect.stringMatching(/no such column/),
    });
    await tx.commit();
    await expect(tx.execute('select 1')).rejects.toMatchObject({ code: 'TRANSACTION_CLOSED' });
  });

  it('reports a write lock held by another connection as SQLITE_BUSY, then works again', async () => {
    const { writer, other } = await tempFile(100);
    const holder = await other.transaction('write');
    await holder.execute({ sql: 'insert into items (name) values (?)', args: ['held'] });
    const tx = await writer.transaction('write');
    const refused = await tx.execute('select 1').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LibsqlError);
    expect((refused as LibsqlError).code).toBe('SQLITE_BUSY');
    expect(tx.closed).toBe(true);
    await holder.commit();
    const again = await writer.transaction('write');
    await again.execute({ sql: 'insert into items (name) values (?)', args: ['next'] });
    await again.commit();
    expect((await other.execute('select count(*) as n from items')).rows[0]?.n).toBe(2);
  });

  it('fails a message that cannot cross to the thread alone; later answers reach their callers', async () => {
    const { writer } = await tempFile();
    const tx = await writer.transaction('write');
    await tx.execute({ sql: 'insert into items (name) values (?)', args: ['a'] });
    let deep: unknown[] = [];
    for (let level = 0; level < 10_000; level++) deep = [deep];
    await expect(tx.execute({ sql: 'select ?', args: [deep as never] })).rejects.toThrow();
    const counted = await tx.execute('select count(*) as n from items');
    expect(counted.rows[0]?.n).toBe(1);
    const named = await tx.execute('select name from items');
    expect(named.rows[0]?.name).toBe('a');
    await tx.commit();
  });

  it('commits nothing for a transaction without statements, and refuses after close', async () => {
    const { writer } = await tempFile();
    const empty = await writer.transaction('write');
    await empty.commit();
    await writer.close();
    await expect(writer.transaction('write')).rejects.toMatchObject({ code: 'CLIENT_CLOSED' });
  });
});
