import { createServer } from 'node:http';
import { leads } from '@switchyard/db';
import { describe, expect, it, onTestFinished } from 'vitest';
import { fixtureBytes, vectors } from './fixtures';
import { poolFlow } from './flows';
import { manualClock, seedOrg, startTestRuntime } from './test-runtime';

type SourceSpec = { type: string; secret?: string; settings?: Record<string, unknown> };

async function oneSource(
  spec: SourceSpec,
  at = '2026-11-20T12:00:00Z',
  options: Parameters<typeof startTestRuntime>[0] = {},
) {
  const clock = manualClock(at);
  const runtime = await startTestRuntime({ clock: clock.now, ...options });
  const org = await seedOrg(runtime, {
    teams: { sales: [{ id: 'r1' }] },
    flow: poolFlow('cherry_pick'),
    sources: [spec],
  });
  const source = org.sources[0] as { id: string; apiKey?: string; secret?: string };
  const url = `${runtime.url}/v1/sources/${source.id}/leads`;
  const send = async (body: Uint8Array | string, headers: Record<string, string>, query = '') => {
    const response = await fetch(url + query, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      text,
      json: () => JSON.parse(text),
    };
  };
  const stored = () => runtime.database.db.select().from(leads);
  return { runtime, clock, source, send, stored };
}

const json = { 'content-type': 'application/json' };

describe('every source type ingests its provider’s real payload', () => {
  it('Typeform: verifies the signature, maps answers by ref, and dedupes a retry', async () => {
    const { send, stored } = await oneSource({ type: 'typeform', secret: vectors.typeform.secret });
    const body = fixtureBytes('typeform.json');
    const headers = { ...json, 'typeform-signature': vectors.typeform.signature };
    const first = await send(body, headers);
    expect(first.status).toBe(201);
    const retry = await send(body, headers);
    expect(retry.json()).toEqual(first.json());
    const rows = await stored();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.fields).toMatchObject({
      firstName: expect.any(String),
      email: expect.stringContaining('@'),
    });
  });

  it('Typeform: rejects a tampered body with 401 signature_invalid', async () => {
    const { send, stored } = await oneSource({ type: 'typeform', secret: vectors.typeform.secret });
    const body = Buffer.from(
      fixtureBytes('typeform.json').toString('utf8').replace('Book a demo', 'Book a dem0'),
    );
    const response = await send(body, {
      ...json,
      'typeform-signature': vectors.typeform.signature,
    });
    expect(response.status).toBe(401);
    expect(response.json().error.code).toBe('signature_invalid');
    expect(await stored()).toHaveLength(0);
  });

  it('Tally: verifies and stores the lead', async () => {
    const { send, stored } = await oneSource({ type: 'tally', secret: vectors.tally.secret });
    const response = await send(fixtureBytes('tally.json'), {
      ...json,
      'tally-signature': vectors.tally.signature,
    });
    expect(response.status).toBe(201);
    expect((await stored())[0]?.email).toMatch(/@.+\.example$/);
  });

  it('Webflow: verifies within the replay window and rejects a stale timestamp', async () => {
    const at = new Date(Number(vectors.webflow.timestamp) + 60_000);
    const { send, clock, stored } = await oneSource(
      { type: 'webflow', secret: vectors.webflow.secret },
      at.toISOString(),
    );
    const headers = {
      ...json,
      'x-webflow-timestamp': vectors.webflow.timestamp,
      'x-webflow-signature': vectors.webflow.signature,
    };
    expect((await send(fixtureBytes('webflow.json'), headers)).status).toBe(201);
    clock.advance(10 * 60_000);
    const stale = await send(fixtureBytes('webflow.json'), headers);
    expect(stale.status).toBe(401);
    expect(stale.json().error.code).toBe('timestamp_stale');
    expect(await stored()).toHaveLength(1);
  });

  it('Standard Webhooks: verifies id.timestamp.body and dedupes by webhook-id', async () => {
    const at = new Date(Number(vectors.standardWebhooks.timestamp) * 1000 + 30_000);
    const { send, stored } = await oneSource(
      { type: 'standard_webhooks', secret: vectors.standardWebhooks.secret },
      at.toISOString(),
    );
    const headers = {
      ...json,
      'webhook-id': vectors.standardWebhooks.id,
      'webhook-timestamp': vectors.standardWebhooks.timestamp,
      'webhook-signature': vectors.standardWebhooks.signature,
    };
    expect((await send(fixtureBytes('standard-webhooks.json'), headers)).status).toBe(201);
    expect((await send(fixtureBytes('standard-webhooks.json'), headers)).status).toBe(201);
    expect(await stored()).toHaveLength(1);
    const unsigned = await send(fixtureBytes('standard-webhooks.json'), {
      ...headers,
      'webhook-signature': 'v1,AAAA',
    });
    expect(unsigned.status).toBe(401);
  });

  it('Jotform: takes the multipart body with the token in the URL, refuses a wrong token', async () => {
    const { send, source, stored } = await oneSource({ type: 'jotform' });
    const headers = { 'content-type': `multipart/form-data; boundary=${vectors.jotformBoundary}` };
    const body = fixtureBytes('jotform.txt');
    const wrong = await send(body, headers, '?token=nope');
    expect(wrong.status).toBe(401);
    const right = await send(body, headers, `?token=${encodeURIComponent(source.secret ?? '')}`);
    expect(right.status).toBe(201);
    const rows = await stored();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.fields).toMatchObject({ email: expect.stringContaining('@') });
  });

  it('HTML form: stores the post and redirects; a filled honeypot stores nothing', async () => {
    const { send, stored } = await oneSource({
      type: 'html_form',
      settings: { redirectUrl: 'https://www.acme.example/thanks' },
    });
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const ok = await send('email=ana%40acme.example&firstName=Ana&company=Acme&website=', form);
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('https://www.acme.example/thanks');
    const bot = await send('email=bot%40spam.example&website=http%3A%2F%2Fspam.example', form);
    expect(bot.status).toBe(303);
    const rows = await stored();
    expect(rows.map((r) => r.email)).toEqual(['ana@acme.example']);
  });

  it('Meta lead ads: one batched delivery makes two leads fetched from the Graph API; a retry makes none', async () => {
    const graph = createServer((request, response) => {
      const id = (request.url ?? '').split('?')[0]?.split('/').pop() ?? '';
      const lead = JSON.parse(fixtureBytes('meta-lead-graph.json').toString('utf8'));
      lead.id = id;
      lead.field_data[2].values = [`lead-${id}@vltava-components.example`];
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(lead));
    });
    await new Promise<void>((resolve) => graph.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => graph.close(() => resolve())));
    const address = graph.address() as { port: number };
    const { send, stored } = await oneSource(
      {
        type: 'meta_leadgen',
        secret: vectors.meta.secret,
        settings: { accessToken: 'page-token' },
      },
      undefined,
      { metaGraphUrl: `http://127.0.0.1:${address.port}/v21.0` },
    );
    const headers = { ...json, 'x-hub-signature-256': vectors.meta.batchedSignature };
    const first = await send(fixtureBytes('meta-leadgen.json'), headers);
    expect(first.status).toBe(201);
    expect(first.json().leads).toHaveLength(2);
    expect((await send(fixtureBytes('meta-leadgen.json'), headers)).status).toBe(201);
    const rows = await stored();
    expect(rows).toHaveLength(2);
    const emails = rows.map((r) => r.email);
    expect(new Set(emails).size).toBe(2);
    expect(emails).toContain('lead-2387466120459913@vltava-components.example');
    for (const email of emails) expect(email).toMatch(/^lead-\d+@vltava-components\.example$/);
  });

  it('Meta lead ads: a failing Graph API answers 502 so Meta retries, and stores nothing', async () => {
    const { send, stored } = await oneSource(
      {
        type: 'meta_leadgen',
        secret: vectors.meta.secret,
        settings: { accessToken: 'page-token' },
      },
      undefined,
      { metaGraphUrl: 'http://127.0.0.1:9/v21.0' },
    );
    const response = await send(fixtureBytes('meta-leadgen.json'), {
      ...json,
      'x-hub-signature-256': vectors.meta.batchedSignature,
    });
    expect(response.status).toBe(502);
    expect(response.json().error.code).toBe('upstream_failed');
    expect(await stored()).toHaveLength(0);
  });
});
