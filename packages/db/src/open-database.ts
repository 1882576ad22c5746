import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Client, createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { createReadThreads, type ReadThreads } from './read-threads';
import * as schema from './schema';
import { createThreadWriter } from './thread-writer';
import type { Db } from './types';
import { createWriteQueue, type WriteQueue } from './write-queue';

export type DatabaseOptions = {
  /** `file:./data/switchyard.db`, `file::memory:` is refused (one connection only), `libsql://…`, `http(s)://…`. */
  url: string;
  authToken?: string;
  /** How long a writer waits for another process's lock before failing, in ms. */
  busyTimeoutMs?: number;
  /** Where the drizzle-kit migrations are; defaults to this package's `drizzle/` folder. */
  migrationsFolder?: string;
  /**
   * Threads for long reads of a file database (`ReadThreads`): by default one per core, at most
   * 4; `0` runs them on the calling thread. Remote databases do the work on their server.
   */
  readThreads?: number;
  /**
   * Whether a file database's writes (and lead routing) run on a thread of their own
   * (`thread-writer.ts`); default true. `false` keeps them on the calling thread.
   */
  writerThread?: boolean;
};

export type Database = {
  url: string;
  client: Client;
  db: Db;
  /** Runs `work` in a write transaction, grouped with concurrent writers into one commit. */
  write: WriteQueue['write'];
  /** Queues one item for a batch handler (e.g. `routeLeads`), grouped with concurrent items. */
  writeBatched: WriteQueue['writeBatched'];
  /** Read-only connections on worker threads for long reads (reports); null when remote or off. */
  reads: ReadThreads | null;
  /** Waits up to `drainMs` (default 5 s) for queued writes, then closes every connection. */
  close(options?: { drainMs?: number }): Promise<void>;
};

/** The committed migrations of this package, as a folder path. */
export const defaultMigrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

/**
 * Opens the database and applies pending migrations.
 *
 * Connection settings go in the client options, not as PRAGMAs: `@libsql/client` keeps a pool
 * and a PRAGMA sent through it reaches one connection only. `timeout` becomes every pooled
 * connection's busy timeout; libsql opens each connection with foreign keys on and
 * synchronous=FULL; WAL is a property of the file, set once. `open-database.test.ts` checks
 * every pooled connection. A file's write queue runs on its own thread (`thread-writer.ts`), its
 * long reads on `reads` (`read-threads.ts`).
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const url = options.url;
  const isFile = url.startsWith('file:');
  if (isFile) ensureParentFolder(url);
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  const client = createClient({
    url,
    ...(options.authToken ? { authToken: options.authToken } : {}),
    timeout: busyTimeoutMs,
  });
  if (isFile) await client.execute('PRAGMA journal_mode=WAL');
  const db = drizzle(client, { schema });
  await migrateWithRetry(db, options.migrationsFolder ?? defaultMigrationsFolder);
  const path = isFile ? filePath(url) : '';
  // An in-memory database is private to its connection: a thread would open an empty one.
  const onDisk = path !== '' && !path.startsWith(':memory:');
  const writer =
    onDisk && options.writerThread !== false ? createThreadWriter(path, { busyTimeoutMs }) : null;
  const queue = createWriteQueue(writer ?? client);
  const threadCount = options.readThreads ?? Math.min(4, availableParallelism());
  const reads =
    onDisk && threadCount > 0
      ? createReadThreads(path, { size: threadCount, busyTimeoutMs })
      : null;
  return {
    url,
    client,
    db,
    write: queue.write,
    writeBatched: queue.writeBatched,
    reads,
    close: async ({ drainMs = 5000 } = {}) => {
      // A write that never settles (a stuck thread, a hung handler) must not keep the process
      // from stopping: wait for the queue so long, then stop the threads, which fails the rest.
      let timer: NodeJS.Timeout | undefined;
      const waited = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, drainMs);
      });
      await Promise.race([queue.drain(), waited]);
      clearTimeout(timer);
      await Promise.all([reads?.close(), writer?.close()]);
      client.close();
    },
  };
}

/** The file system path of a `file:` URL (`file:./data/x.db`, `file:///srv/x.db?mode=…`). */
function filePath(url: string): string {
  const path = url.slice('file:'.length).split('?')[0] ?? '';
  return path.startsWith('//') ? fileURLToPath(url.split('?')[0] ?? url) : path;
}

function ensureParentFolder(url: string): void {
  const path = filePath(url);
  if (path === '' || path.startsWith(':memory:')) return;
  mkdirSync(dirname(path), { recursive: true });
}

// Several processes may start at once on one file: the loser of the race finds the tables made
// by the winner, so it checks again instead of failing.
async function migrateWithRetry(db: Db, migrationsFolder: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await migrate(db, { migrationsFolder });
      return;
    } catch (error) {
      if (attempt >= 5)
        throw new Error('Could not apply the database migrations.', { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}
