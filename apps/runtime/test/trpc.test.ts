import { readFileSync } from 'node:fs';
import type { AppRouter } from '@switchyard/api';
import { leads } from '@switchyard/db';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { assignFlow, fiveReps } from './flows';
import { leadBody, postJson } from './http';
import { manualClock, seedOrg, startTestRuntime } from './test-runtime';

function client(url: string, key?: string) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({ url: `${url}/trpc`, headers: key ? { authorization: `Bearer ${key}` } : {} }),
    ],
  });
}

describe('the studio API over /trpc', () => {
  it('lists flows and a routed lead with its trace for the organisation of the key', async () => {
    const clock = manualClock('2026-11-20T15:00:00Z');
    const runtime = await startTestRuntime({ clock: clock.now });
    const org = await seedOrg(runtime, {
      teams: { sales: fiveReps },
      flow: assignFlow({ type: 'round_robin' }),
      sources: [{ type: 'json' }],
    });
    const source = org.sources[0] as { id: string; apiKey: string };
    const routed = await postJson(`${runtime.url}/v1/sources/${source.id}/leads`, leadBody(1), {
      authorization: `Bearer ${source.apiKey}`,
    });
    const api = client(runtime.url, org.adminKey);
    const flows = await api.flow.list.query();
    expect(flows.map((f) => f.id)).toEqual([org.flowId]);
    const lead = await api.lead.byId.query({ id: routed.body.leadId });
    expect(lead.lead).toMatchObject({ id: routed.body.leadId, ownerRepId: 'r1' });
  });

  it('tries a sample payload on a source: mapped, normalised, decided, nothing stored', async () => {
    const runtime = await startTestRuntime();
    const org = await seedOrg(runtime, {
      teams: { sales: fiveReps },
      flow: assignFlow({ type: 'round_robin' }),
      sources: [{ type: 'typeform', secret: 'whatever' }, { type: 'meta_leadgen' }],
    });
    const [typeform, meta] = org.sources as Array<{ id: string }>;
    const api = client(runtime.url, org.adminKey);
    const fixture = (name: string) =>
      JSON.parse(
        readFileSync(new URL(`../../../../shared/fixtures/forms/${name}`, import.meta.url), 'utf8'),
      );
    const tried = await api.source.test.mutate({
      id: typeform?.id ?? '',
      sample: fixture('typeform.json'),
    });
    expect(tried.flowVersion?.id).toBe(org.versionId);
    expect(tried.leads).toHaveLength(1);
    expect(tried.leads[0]?.lead).toMatchObject({ email: expect.stringContaining('@') });
    expect(tried.leads[0]?.decision).toMatchObject({
      terminal: 'route',
      trace: { terminal: 'route' },
    });
    const graph = await api.source.test.mutate({
      id: meta?.id ?? '',
      sample: fixture('meta-lead-graph.json'),
    });
    expect(graph.leads[0]?.lead).toMatchObject({ email: expect.stringContaining('@') });
    const broken = await api.source.test
      .mutate({ id: typeform?.id ?? '', sample: 'not a typeform delivery' })
      .catch((e: unknown) => e);
    expect((broken as TRPCClientError<AppRouter>).data?.appCode).toBe('malformed_body');
    expect(await runtime.database.db.select({ id: leads.id }).from(leads)).toHaveLength(0);
  });

  it('refuses a call without an organisation key', async () => {
    const runtime = await startTestRuntime();
    const error = await client(runtime.url)
      .flow.list.query()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<AppRouter>).data?.appCode).toBe('unauthorized');
  });
});
