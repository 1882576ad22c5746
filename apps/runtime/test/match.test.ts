import { describe, expect, it } from 'vitest';
import { leadBody, postJson } from './http';
import { manualClock, seedOrg, startTestRuntime } from './test-runtime';

const node = (id: string, kind: string, config: Record<string, unknown>) => ({
  id,
  kind,
  label: id,
  position: { x: 0, y: 0 },
  config,
});

const matchFlow = {
  format: 'switchyard.flow/1',
  name: 'Known people go back to their owner',
  teams: [{ key: 'sales', label: 'Sales' }],
  nodes: [
    node('start', 'capture', {}),
    node('known', 'match', { by: 'email', withinDays: 30 }),
    node('owner', 'assign', {
      team: 'sales',
      strategy: { type: 'match_owner' },
      fallback: { pool: 'overflow' },
    }),
    node('rotate', 'assign', {
      team: 'sales',
      strategy: { type: 'round_robin' },
      fallback: { pool: 'overflow' },
    }),
    node('overflow', 'pool', { mode: 'blind' }),
  ],
  edges: [
    { id: 'e1', source: 'start', target: 'known' },
    { id: 'e2', source: 'known', sourceHandle: 'matched', target: 'owner' },
    { id: 'e3', source: 'known', sourceHandle: 'new', target: 'rotate' },
  ],
};

describe('match nodes in the runtime', () => {
  it('sends a person seen within the window back to their owner, and a stranger to round robin', async () => {
    const clock = manualClock('2026-11-20T15:00:00Z');
    const runtime = await startTestRuntime({ clock: clock.now });
    const org = await seedOrg(runtime, {
      teams: { sales: [{ id: 'r1' }, { id: 'r2' }, { id: 'r3' }] },
      flow: matchFlow,
      sources: [{ type: 'json' }],
    });
    const source = org.sources[0] as { id: string; apiKey: string };
    const send = (i: number, email: string) =>
      postJson(`${runtime.url}/v1/sources/${source.id}/leads`, leadBody(i, { email }), {
        authorization: `Bearer ${source.apiKey}`,
      });
    const first = await send(1, 'ana@acme.example');
    expect(first.body).toMatchObject({ terminal: { id: 'rotate' }, assignee: { repId: 'r1' } });
    await send(2, 'ben@other.example'); // r2
    const again = await send(3, 'ANA@acme.example');
    expect(again.body).toMatchObject({ terminal: { id: 'owner' }, assignee: { repId: 'r1' } });
    clock.advance(31 * 86_400_000);
    const later = await send(4, 'ana@acme.example');
    expect(later.body).toMatchObject({ terminal: { id: 'rotate' }, assignee: { repId: 'r3' } });
  });
});
