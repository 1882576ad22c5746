import { leads } from '@switchyard/db';
import { describe, expect, it, onTestFinished } from 'vitest';
import { assignFlow } from './flows';
import { leadBody, postJson } from './http';
import { spawnRuntime } from './processes';
import { seedOrg, startTestRuntime } from './test-runtime';

const secretKey = Buffer.alloc(32, 7).toString('base64');

describe('several runtime processes on one database file', () => {
  it('store 2,000 concurrent leads once each, keep caps and round robin within one', async () => {
    const seeder = await startTestRuntime({ secretKey });
    const reps = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, dailyCap: 390 }));
    const org = await seedOrg(seeder, {
      teams: { sales: reps },
      flow: assignFlow({ type: 'round_robin' }),
      sources: [{ type: 'json', ratePerMinute: 100_000 }],
    });
    const source = org.sources[0] as { id: string; apiKey: string };
    const processes = await Promise.all(
      [1, 2, 3, 4].map(() =>
        spawnRuntime({
          DATABASE_URL: seeder.database.url,
          SWITCHYARD_SECRET_KEY: secretKey,
          SWITCHYARD_WORKERS: 'false',
        }),
      ),
    );
    onTestFinished(() => Promise.all(processes.map((p) => p.stop())).then(() => undefined));
    const auth = { authorization: `Bearer ${source.apiKey}` };
    let next = 0;
    const statuses: number[] = [];
    const worker = async () => {
      while (next < 2000) {
        const i = next++;
        const target = processes[i % processes.length]?.url;
        // Every 10th lead is also delivered twice, to two processes, with one idempotency key.
        const headers = { ...auth, 'idempotency-key': `k${i}` };
        const sends = [postJson(`${target}/v1/sources/${source.id}/leads`, leadBody(i), headers)];
        if (i % 10 === 0) {
          const other = processes[(i + 1) % processes.length]?.url;
          sends.push(postJson(`${other}/v1/sources/${source.id}/leads`, leadBody(i), headers));
        }
        for (const response of await Promise.all(sends)) statuses.push(response.status);
      }
    };
    await Promise.all(Array.from({ length: 32 }, worker));
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
    const rows = await seeder.database.db
      .select({ id: leads.id, owner: leads.ownerRepId })
      .from(leads);
    expect(rows).toHaveLength(2000);
    const counts = new Map<string, number>();
    for (const row of rows)
      counts.set(row.owner ?? 'pool', (counts.get(row.owner ?? 'pool') ?? 0) + 1);
    const repCounts = reps.map((r) => counts.get(r.id) ?? 0);
    expect(Math.max(...repCounts)).toBeLessThanOrEqual(390);
    expect(Math.max(...repCounts) - Math.min(...repCounts)).toBeLessThanOrEqual(1);
    expect(counts.get('pool')).toBe(2000 - repCounts.reduce((a, b) => a + b, 0));
  }, 120_000);
});
