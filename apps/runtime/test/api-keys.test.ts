import { restRouteScopes } from '@switchyard/api';
import { apiKeys, eq } from '@switchyard/db';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../src/seed/seed-demo';
import { fiveReps, poolFlow } from './flows';
import { leadBody, postJson } from './http';
import { sessionClient } from './session';
import { manualClock, seedOrg, startTestRuntime } from './test-runtime';

// Each REST route that takes an organisation key, with a request that reaches it.
const requests: Record<string, { method: string; path: string; body?: unknown }> = {
  'GET /v1/leads/:leadId': { method: 'GET', path: '/v1/leads/lead_none' },
  'POST /v1/leads/:leadId/events': {
    method: 'POST',
    path: '/v1/leads/lead_none/events',
    body: { type: 'accepted' },
  },
  'POST /v1/leads/:leadId/claim': {
    method: 'POST',
    path: '/v1/leads/lead_none/claim',
    body: { repId: 'rep_x' },
  },
  'GET /v1/flows/:flowId/versions/:version': {
    method: 'GET',
    path: '/v1/flows/flow_none/versions/1',
  },
  'GET /v1/flows/:flowId/pools/:poolId/leads': {
    method: 'GET',
    path: '/v1/flows/flow_none/pools/p/leads',
  },
  'POST /v1/flows/:flowId/pools/:poolId/claim': {
    method: 'POST',
    path: '/v1/flows/flow_none/pools/p/claim',
    body: { repId: 'rep_x' },
  },
};

describe('organisation API keys', () => {
  it('give each REST route exactly the scopes the access table says', async () => {
    const runtime = await startTestRuntime();
    const demo = await seedDemo(runtime.deps);
    if (!demo) throw new Error('demo not seeded');
    const owner = sessionClient(runtime.url);
    await owner.signIn(demo.owner.email, demo.owner.password);
    const keys: Record<string, string> = {};
    for (const scope of ['ingest', 'read', 'admin'] as const) {
      const created = await owner.mutate('apiKey.create', { name: scope, scopes: [scope] });
      keys[scope] = created.body.result.data.key;
    }
    const revoked = await owner.mutate('apiKey.create', { name: 'old', scopes: ['admin'] });
    await owner.mutate('apiKey.revoke', { id: revoked.body.result.data.id });
    const keyed = Object.entries(restRouteScopes).filter(
      ([, needs]) => needs !== 'public' && needs !== 'source',
    );
    expect(keyed.map(([route]) => route).sort()).toEqual(Object.keys(requests).sort());
    for (const [route, needs] of keyed) {
      const request = requests[route];
      if (!request) throw new Error(route);
      const call = async (key?: string) => {
        const response = await fetch(`${runtime.url}${request.path}`, {
          method: request.method,
          headers: {
            'content-type': 'application/json',
            ...(key ? { authorization: `Bearer ${key}` } : {}),
          },
          ...(request.body ? { body: JSON.stringify(request.body) } : {}),
        });
        return ((await response.json()) as { error?: { code: string } }).error?.code ?? 'ok';
      };
      for (const [scope, key] of Object.entries(keys)) {
        const code = await call(key);
        const allowed = scope === needs || scope === 'admin';
        expect([route, scope, code !== 'not_allowed' && code !== 'unauthorized']).toEqual([
          route,
          scope,
          allowed,
        ]);
      }
      expect(await call()).toBe('unauthorized');
      expect(await call(revoked.body.result.data.key)).toBe('unauthorized');
    }
  });

  it('records when a key was last used, and the studio API accepts only admin keys', async () => {
    const clock = manualClock('2026-11-20T15:00:00Z');
    const runtime = await startTestRuntime({ clock: clock.now });
    const demo = await seedDemo(runtime.deps);
    if (!demo) throw new Error('demo not seeded');
    const owner = sessionClient(runtime.url);
    await owner.signIn(demo.owner.email, demo.owner.password);
    const created = await owner.mutate('apiKey.create', { name: 'crm', scopes: ['read'] });
    const { id, key } = created.body.result.data;
    clock.advance(5 * 60_000);
    await fetch(`${runtime.url}/v1/leads/lead_none`, {
      headers: { authorization: `Bearer ${key}` },
    });
    const [row] = await runtime.database.db.select().from(apiKeys).where(eq(apiKeys.id, id));
    expect(row?.lastUsedAt?.toISOString()).toBe('2026-11-20T15:05:00.000Z');
    expect(row?.keyHash).not.toContain(key);
    const viaTrpc = await fetch(`${runtime.url}/trpc/flow.list`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(viaTrpc.status).toBe(401);
  });
});

describe('tenant isolation over REST', () => {
  it("gives organisation B's keys nothing of organisation A's, even by guessing ids", async () => {
    const runtime = await startTestRuntime();
    const a = await seedOrg(runtime, {
      teams: { sales: fiveReps },
      flow: poolFlow('blind'),
      sources: [{ type: 'json' }],
    });
    const b = await seedOrg(runtime, {
      teams: { sales: [{ id: 'b1' }] },
      flow: poolFlow('blind'),
      sources: [{ type: 'json' }],
    });
    const source = a.sources[0] as { id: string; apiKey: string };
    const routed = await postJson(`${runtime.url}/v1/sources/${source.id}/leads`, leadBody(1), {
      authorization: `Bearer ${source.apiKey}`,
    });
    const leadId: string = routed.body.leadId;
    const asB = { authorization: `Bearer ${b.adminKey}`, 'content-type': 'application/json' };
    const answers = await Promise.all([
      fetch(`${runtime.url}/v1/leads/${leadId}`, { headers: asB }),
      fetch(`${runtime.url}/v1/leads/${leadId}/events`, {
        method: 'POST',
        headers: asB,
        body: '{"type":"lost"}',
      }),
      fetch(`${runtime.url}/v1/leads/${leadId}/claim`, {
        method: 'POST',
        headers: asB,
        body: '{"repId":"b1"}',
      }),
      fetch(`${runtime.url}/v1/flows/${a.flowId}/pools/pool/leads`, { headers: asB }),
      fetch(`${runtime.url}/v1/flows/${a.flowId}/pools/pool/claim`, {
        method: 'POST',
        headers: asB,
        body: '{"repId":"b1"}',
      }),
      // B's source key cannot post into A's source either.
      fetch(`${runtime.url}/v1/sources/${source.id}/leads`, {
        method: 'POST',
        headers: { ...asB, authorization: `Bearer ${(b.sources[0] as { apiKey: string }).apiKey}` },
        body: JSON.stringify(leadBody(2)),
      }),
    ]);
    const codes = await Promise.all(
      answers.map(async (r) => [
        r.status,
        ((await r.json()) as { error: { code: string } }).error.code,
      ]),
    );
    expect(codes).toEqual([
      [404, 'lead_not_found'],
      [404, 'lead_not_found'],
      [404, 'lead_not_found'],
      [404, 'flow_not_found'],
      [404, 'flow_not_found'],
      [401, expect.any(String)],
    ]);
    const mine = await fetch(`${runtime.url}/v1/leads/${leadId}`, {
      headers: { authorization: `Bearer ${a.adminKey}` },
    });
    expect(((await mine.json()) as { status: string }).status).toBe(routed.body.status);
  });
});
