import { createServer } from 'node:http';
import { eq, leads, outbox, sources, webhookEndpoints } from '@switchyard/db';
import { describe, expect, it, onTestFinished } from 'vitest';
import { fixtureBytes, vectors } from './fixtures';
import { assignFlow, poolFlow } from './flows';
import { leadBody, postJson } from './http';
import { manualClock, seedOrg, startTestRuntime } from './test-runtime';

type Handler = (path: string, response: import('node:http').ServerResponse) => void;

/** A server on 127.0.0.1 answering as `handle` says; counts the paths it was asked for. */
async function fakeServer(handle: Handler) {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? '');
    request.resume();
    request.on('end', () => handle(request.url ?? '', response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, hits };
}

const graphLead = () => JSON.parse(fixtureBytes('meta-lead-graph.json').toString('utf8'));

async function metaSource(graphUrl: string, settings: Record<string, unknown>) {
  const runtime = await startTestRuntime({
    clock: manualClock('2026-11-20T12:00:00Z').now,
    metaGraphUrl: `${graphUrl}/v21.0`,
  });
  const org = await seedOrg(runtime, {
    teams: { sales: [{ id: 'r1' }] },
    flow: poolFlow('cherry_pick'),
    sources: [{ type: 'meta_leadgen', secret: vectors.meta.secret, settings }],
  });
  const source = org.sources[0] as { id: string };
  const deliver = () =>
    postJson(
      `${runtime.url}/v1/sources/${source.id}/leads`,
      fixtureBytes('meta-leadgen.json').toString('utf8'),
      { 'x-hub-signature-256': vectors.meta.batchedSignature },
    );
  const trpc = (path: string, input: unknown) =>
    postJson(`${runtime.url}/trpc/${path}`, input, { authorization: `Bearer ${org.adminKey}` });
  return { runtime, org, source, deliver, trpc };
}

describe('issue 19: Meta sources', () => {
  it('uses a corrected access token on the next delivery after source.update, without a restart', async () => {
    const graph = await fakeServer((path, response) => {
      if (!path.includes('access_token=new-token')) {
        response.writeHead(400, { 'content-type': 'application/json' }).end('{"error":{}}');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ...graphLead(), id: path.split('?')[0]?.split('/').pop() }));
    });
    const { deliver, trpc, source } = await metaSource(graph.url, { accessToken: 'old-token' });
    const failed = await deliver();
    expect(failed.status).toBe(502);
    expect(failed.body.error.code).toBe('upstream_failed');
    const updated = await trpc('source.update', {
      id: source.id,
      settings: { accessToken: 'new-token' },
    });
    expect(updated.status).toBe(200);
    const routed = await deliver();
    expect(routed.status).toBe(201);
    expect(routed.body.leads).toHaveLength(2);
  });

  it('keeps the access token sealed and shows it to no one, not even the owner', async () => {
    const graph = await fakeServer((_path, response) => response.writeHead(500).end());
    const { trpc, runtime, source, org } = await metaSource(graph.url, {
      accessToken: 'EAAG-secret-page-token',
      verifyToken: 'hub-verify-secret',
      pageId: '1234',
    });
    const listed = await fetch(`${runtime.url}/trpc/source.list`, {
      headers: { authorization: `Bearer ${org.adminKey}` },
    });
    expect(listed.status).toBe(200);
    const text = await listed.text();
    expect(text).toContain('1234');
    expect(text).not.toContain('EAAG-secret-page-token');
    expect(text).not.toContain('hub-verify-secret');
    expect(JSON.parse(text).result.data[0].secretSettings).toEqual(['accessToken', 'verifyToken']);
    const updated = await trpc('source.update', { id: source.id, settings: { pageId: '99' } });
    expect(JSON.stringify(updated.body)).not.toContain('EAAG-secret-page-token');
    const [row] = await runtime.database.db.select().from(sources).where(eq(sources.id, source.id));
    expect(JSON.stringify(row?.settings)).not.toContain('EAAG-secret-page-token');
    expect(JSON.stringify(row?.settings)).not.toContain('hub-verify-secret');
  });

  it('ignores a Graph address stored on a source and refuses one in source.update', async () => {
    const operators = await fakeServer((path, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ...graphLead(), id: path.split('?')[0]?.split('/').pop() }));
    });
    const tenants = await fakeServer((_path, response) => response.writeHead(200).end('{}'));
    const { deliver, trpc, source, runtime } = await metaSource(operators.url, {
      accessToken: 'token',
    });
    // A row written before this rule, with a tenant's Graph address in its settings.
    await runtime.database.write((tx) =>
      tx
        .update(sources)
        .set({ settings: { accessToken: 'token', graphBaseUrl: `${tenants.url}/v1` } })
        .where(eq(sources.id, source.id)),
    );
    expect((await deliver()).status).toBe(201);
    expect(tenants.hits).toEqual([]);
    const refused = await trpc('source.update', {
      id: source.id,
      settings: { graphBaseUrl: `${tenants.url}/metrics` },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.data.appCode).toBe('invalid_input');
  });

  it('never echoes the body of a reply that is not JSON in its 502', async () => {
    const graph = await fakeServer((_path, response) =>
      response.writeHead(200, { 'content-type': 'text/plain' }).end('secret_metric_total 42\n'),
    );
    const { deliver } = await metaSource(graph.url, { accessToken: 'token' });
    const failed = await deliver();
    expect(failed.status).toBe(502);
    expect(JSON.stringify(failed.body)).not.toContain('secret_metric');
  });
});

describe('issue 19: outbound webhooks reach no private address', () => {
  async function org(outboundAllow: string) {
    const clock = manualClock('2026-11-20T15:00:00Z');
    const runtime = await startTestRuntime({ clock: clock.now, outboundAllow });
    const seeded = await seedOrg(runtime, {
      teams: { sales: [{ id: 'r1' }] },
      flow: assignFlow({ type: 'round_robin' }),
      sources: [{ type: 'json' }],
    });
    const source = seeded.sources[0] as { id: string; apiKey: string };
    const send = (i: number) =>
      postJson(`${runtime.url}/v1/sources/${source.id}/leads`, leadBody(i), {
        authorization: `Bearer ${source.apiKey}`,
      });
    const create = (url: string) =>
      postJson(
        `${runtime.url}/trpc/webhook.create`,
        { url, events: ['lead.assigned'] },
        { authorization: `Bearer ${seeded.adminKey}` },
      );
    // An endpoint stored as it is, past webhook.create's check: the delivery must check again.
    const storeEndpoint = (url: string) =>
      runtime.database.write((tx) =>
        tx.insert(webhookEndpoints).values({
          id: runtime.deps.ids.id('whk'),
          orgId: seeded.orgId,
          url,
          sealedSecret: runtime.deps.secrets.seal('whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0'),
          events: ['lead.assigned'],
          createdAt: clock.now(),
        }),
      );
    return { runtime, send, create, storeEndpoint };
  }

  it('refuses loopback, private, link-local and unspecified endpoints when they are saved', async () => {
    const { create } = await org('');
    for (const url of [
      'http://127.0.0.1:9911/hook',
      'http://localhost/hook',
      'http://[::1]/hook',
      'http://2130706433/hook',
      'http://0x7f.1/hook',
      'http://169.254.169.254/latest',
      'http://10.0.0.5/hook',
      'http://[fd12::1]/hook',
      'http://0.0.0.0/hook',
    ]) {
      const refused = await create(url);
      expect(refused.status, url).toBe(400);
      expect(refused.body.error.data.appCode, url).toBe('invalid_input');
    }
    expect((await create('https://hooks.example.com/in')).status).toBe(200);
  });

  it('refuses at delivery an endpoint stored with a private address, and sends nothing', async () => {
    const receiver = await fakeServer((_path, response) => response.writeHead(204).end());
    const { runtime, send, storeEndpoint } = await org('');
    await storeEndpoint(`${receiver.url}/hook`);
    expect((await send(1)).status).toBe(201);
    expect((await runtime.workers.tick()).messages).toEqual(['retry']);
    expect(receiver.hits).toEqual([]);
    const [row] = await runtime.database.db.select().from(outbox);
    expect(row?.lastError).toMatch(/private or local address/);
  });

  it('never follows a redirect from an allowed receiver', async () => {
    const receiver = await fakeServer((path, response) => {
      if (path === '/hook') response.writeHead(307, { location: '/elsewhere' }).end();
      else response.writeHead(204).end();
    });
    const { runtime, send, storeEndpoint } = await org('127.0.0.1');
    await storeEndpoint(`${receiver.url}/hook`);
    expect((await send(1)).status).toBe(201);
    expect((await runtime.workers.tick()).messages).toEqual(['retry']);
    expect(receiver.hits).toEqual(['/hook']);
    const [row] = await runtime.database.db.select().from(outbox);
    expect(row?.lastError).toBe('HTTP 307');
  });
});

describe('issue 19: a signed delivery is one lead, whatever Idempotency-Key it is re-sent with', () => {
  for (const provider of [
    {
      type: 'typeform',
      fixture: 'typeform.json',
      secret: vectors.typeform.secret,
      headers: { 'typeform-signature': vectors.typeform.signature },
    },
    {
      type: 'tally',
      fixture: 'tally.json',
      secret: vectors.tally.secret,
      headers: { 'tally-signature': vectors.tally.signature },
    },
    {
      type: 'standard_webhooks',
      fixture: 'standard-webhooks.json',
      secret: vectors.standardWebhooks.secret,
      headers: {
        'webhook-id': vectors.standardWebhooks.id,
        'webhook-timestamp': vectors.standardWebhooks.timestamp,
        'webhook-signature': vectors.standardWebhooks.signature,
      },
      at: new Date(Number(vectors.standardWebhooks.timestamp) * 1000 + 30_000).toISOString(),
    },
  ] as Array<{
    type: string;
    fixture: string;
    secret: string;
    headers: Record<string, string>;
    at?: string;
  }>) {
    it(`${provider.type}: a replay with a fresh Idempotency-Key creates nothing new`, async () => {
      const at = provider.at ?? '2026-11-20T12:00:00Z';
      const runtime = await startTestRuntime({ clock: manualClock(at).now });
      const seeded = await seedOrg(runtime, {
        teams: { sales: [{ id: 'r1' }] },
        flow: poolFlow('cherry_pick'),
        sources: [{ type: provider.type, secret: provider.secret }],
      });
      const source = seeded.sources[0] as { id: string };
      const send = (key: string) =>
        postJson(
          `${runtime.url}/v1/sources/${source.id}/leads`,
          fixtureBytes(provider.fixture).toString('utf8'),
          { ...provider.headers, 'idempotency-key': key },
        );
      const first = await send('attempt-1');
      expect(first.status).toBe(201);
      const replay = await send('attempt-2');
      expect(replay.status).toBe(201);
      expect(replay.body.leadId).toBe(first.body.leadId);
      expect(await runtime.database.db.select().from(leads)).toHaveLength(1);
    });
  }
});
