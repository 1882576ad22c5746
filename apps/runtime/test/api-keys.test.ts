import { restRouteScopes } from '@switchyard/api';
import { apiKeys, eq } from '@switchyard/db';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../src/seed/seed-demo';
import { sessionClient } from './session';
import { manualClock, startTestRuntime } from './test-runtime';

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
