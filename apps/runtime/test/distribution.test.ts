import { leads } from '@switchyard/db';
import { describe, expect, it } from 'vitest';
import { assignFlow } from './flows';
import { leadBody, postJson } from './http';
import { manualClock, seedOrg, startTestRuntime, type TestRep } from './test-runtime';

async function setup(reps: TestRep[], flow: unknown, start = '2026-11-20T15:00:00Z') {
  const clock = manualClock(start);
  const runtime = await startTestRuntime({ clock: clock.now });
  const org = await seedOrg(runtime, { teams: { sales: reps }, flow, sources: [{ type: 'json' }] });
  const source = org.sources[0] as { id: string; apiKey: string };
  const send = (i: number, extra: Record<string, unknown> = {}) =>
    postJson(`${runtime.url}/v1/sources/${source.id}/leads`, leadBody(i, extra), {
      authorization: `Bearer ${source.apiKey}`,
    });
  return { runtime, org, clock, send };
}

async function owners(runtime: Awaited<ReturnType<typeof startTestRuntime>>) {
  const rows = await runtime.database.db
    .select({ owner: leads.ownerRepId, pool: leads.poolNodeId })
    .from(leads);
  return rows.map((r) => r.owner ?? `pool:${r.pool}`);
}

describe('distribution constraints in the runtime', () => {
  it('never gives a rep more than their daily cap, then falls back to the pool', async () => {
    const { send, runtime } = await setup(
      [
        { id: 'a', dailyCap: 2 },
        { id: 'b', dailyCap: 3 },
      ],
      assignFlow({ type: 'round_robin' }),
    );
    for (let i = 0; i < 8; i++) expect((await send(i)).status).toBe(201);
    const all = await owners(runtime);
    expect(all.filter((o) => o === 'a')).toHaveLength(2);
    expect(all.filter((o) => o === 'b')).toHaveLength(3);
    expect(all.filter((o) => o === 'pool:overflow')).toHaveLength(3);
  });

  it('resets the daily cap at the rep’s own midnight', async () => {
    // 22:30 UTC is 23:30 in Berlin; an hour later it is a new day there.
    const { send, runtime, clock } = await setup(
      [{ id: 'berlin', timeZone: 'Europe/Berlin', dailyCap: 1 }],
      assignFlow({ type: 'round_robin' }),
      '2026-11-20T22:30:00Z',
    );
    expect((await send(1)).body.assignee?.repId).toBe('berlin');
    expect((await send(2)).body.status).toBe('pooled');
    clock.advance(60 * 60_000);
    expect((await send(3)).body.assignee?.repId).toBe('berlin');
    expect(await owners(runtime)).toEqual(['berlin', 'pool:overflow', 'berlin']);
  });

  it('skips reps out of office, outside working hours or inactive, and says why', async () => {
    const { send } = await setup(
      [
        {
          id: 'away',
          outOfOffice: [{ start: '2026-11-20T00:00:00Z', end: '2026-11-21T00:00:00Z' }],
        },
        {
          id: 'asleep',
          timeZone: 'Asia/Tokyo',
          workingHours: { fri: [{ start: '09:00', end: '17:00' }] },
        },
        { id: 'off', active: false },
        { id: 'here' },
      ],
      assignFlow({ type: 'round_robin' }),
    );
    const first = await send(1);
    expect(first.body.assignee.repId).toBe('here');
    expect(first.body.explanation).toMatch(/away/);
    const second = await send(2);
    expect(second.body.assignee.repId).toBe('here');
  });

  it('falls back to the node’s rep when nobody is eligible: no lead is dropped', async () => {
    const { send } = await setup(
      [
        { id: 'off', active: false },
        { id: 'boss', active: false },
      ],
      assignFlow({ type: 'round_robin' }, {}, { rep: 'boss' }),
    );
    const response = await send(1);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'assigned',
      assignee: { repId: 'boss' },
      fallback: true,
    });
  });

  it('respects the open-lead cap of the node', async () => {
    const { send, runtime } = await setup(
      [{ id: 'a' }, { id: 'b' }],
      assignFlow({ type: 'round_robin' }, { openCap: 2 }),
    );
    for (let i = 0; i < 6; i++) await send(i);
    const all = await owners(runtime);
    expect(all.filter((o) => o === 'a')).toHaveLength(2);
    expect(all.filter((o) => o === 'b')).toHaveLength(2);
    expect(all.filter((o) => o === 'pool:overflow')).toHaveLength(2);
  });

  it('gives weighted reps their share', async () => {
    const { send, runtime } = await setup(
      [
        { id: 'a', weight: 3 },
        { id: 'b', weight: 1 },
      ],
      assignFlow({ type: 'weighted' }),
    );
    for (let i = 0; i < 40; i++) await send(i);
    const all = await owners(runtime);
    expect(all.filter((o) => o === 'a')).toHaveLength(30);
    expect(all.filter((o) => o === 'b')).toHaveLength(10);
  });
});
