import { request as httpRequest } from 'node:http';
import { eq, leads } from '@switchyard/db';
import { describe, expect, it } from 'vitest';
import { assignFlow, fiveReps } from './flows';
import { leadBody, postJson } from './http';
import { manualClock, seedOrg, startTestRuntime } from './test-runtime';

async function jsonSourceRuntime(
  flow = assignFlow({ type: 'round_robin' }),
  ratePerMinute?: number,
) {
  const clock = manualClock('2026-11-20T15:00:00Z');
  const runtime = await startTestRuntime({ clock: clock.now });
  const org = await seedOrg(runtime, {
    teams: { sales: fiveReps },
    flow,
    sources: [{ type: 'json', ...(ratePerMinute ? { ratePerMinute } : {}) }],
  });
  const source = org.sources[0] as { id: string; apiKey: string };
  const endpoint = `${runtime.url}/v1/sources/${source.id}/leads`;
  const auth = { authorization: `Bearer ${source.apiKey}` };
  return { runtime, org, clock, endpoint, auth };
}

// A stream body has no Content-Length: it goes out chunked, so only reading it finds its size.
function postChunked(url: string, body: ReadableStream<Uint8Array>, auth: Record<string, string>) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body,
    duplex: 'half',
  } as RequestInit);
}

describe('ingest over the generic JSON source', () => {
  it('routes a lead and answers with its id, terminal, score, grade and assignee', async () => {
    const { endpoint, auth, runtime } = await jsonSourceRuntime();
    const response = await postJson(endpoint, leadBody(1, { email: ' Ann@Acme.EXAMPLE ' }), auth);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'assigned',
      terminal: { id: 'route', kind: 'assign', label: 'Sales reps' },
      score: 0,
      grade: null,
      assignee: { repId: 'r1' },
      pool: null,
    });
    const [stored] = await runtime.database.db
      .select()
      .from(leads)
      .where(eq(leads.id, response.body.leadId));
    expect(stored?.email).toBe('ann@acme.example');
    expect(stored?.fields).toMatchObject({ email: 'ann@acme.example', domain: 'acme.example' });
    expect(stored?.trace).toMatchObject({ terminal: 'route' });
    expect(stored?.ownerRepId).toBe('r1');
  });

  it('spreads 1,000 leads over 5 reps by round robin within one of each other', async () => {
    const { endpoint, auth, runtime } = await jsonSourceRuntime(undefined, 100_000);
    for (let batch = 0; batch < 10; batch++) {
      await Promise.all(
        Array.from({ length: 100 }, (_, i) => postJson(endpoint, leadBody(batch * 100 + i), auth)),
      );
    }
    const rows = await runtime.database.db.select({ owner: leads.ownerRepId }).from(leads);
    expect(rows).toHaveLength(1000);
    const counts = new Map<string, number>();
    for (const row of rows)
      counts.set(row.owner ?? 'none', (counts.get(row.owner ?? 'none') ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    const values = [...counts.values()];
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
  }, 60_000);

  it('answers a retried delivery with the first response and stores nothing new', async () => {
    const { endpoint, auth, runtime } = await jsonSourceRuntime();
    const headers = { ...auth, 'idempotency-key': 'delivery-42' };
    const [first, second] = await Promise.all([
      postJson(endpoint, leadBody(1), headers),
      postJson(endpoint, leadBody(1), headers),
    ]);
    const third = await postJson(endpoint, leadBody(1), headers);
    expect(first.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(third.body).toEqual(first.body);
    expect(third.headers.get('idempotent-replayed')).toBe('true');
    expect(await runtime.database.db.select().from(leads)).toHaveLength(1);
  });
});

describe('ingest rejects bad deliveries with a code and stores nothing', () => {
  it('rejects a missing or wrong API key with 401', async () => {
    const { endpoint, runtime } = await jsonSourceRuntime();
    const missing = await postJson(endpoint, leadBody(1));
    const wrong = await postJson(endpoint, leadBody(1), { authorization: 'Bearer sk_wrong' });
    expect(missing.status).toBe(401);
    expect(missing.body.error.code).toBe('unauthorized');
    expect(wrong.status).toBe(401);
    expect(typeof wrong.body.error.message).toBe('string');
    expect(await runtime.database.db.select().from(leads)).toHaveLength(0);
  });

  it('rejects two Authorization headers, even when the first holds the key, with 401', async () => {
    const { endpoint, runtime, auth } = await jsonSourceRuntime();
    // Sent as two header lines: read as one joined value, as WHATWG Headers reads them.
    const status = await new Promise<number>((resolve, reject) => {
      const body = JSON.stringify(leadBody(1));
      const request = httpRequest(endpoint, {
        method: 'POST',
        // A header list is sent as written: Node adds no Host to it.
        headers: [
          'host',
          new URL(endpoint).host,
          'content-type',
          'application/json',
          'content-length',
          String(Buffer.byteLength(body)),
          'authorization',
          auth.authorization,
          'authorization',
          'Bearer sk_other',
        ],
      });
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      request.end(body);
    });
    expect(status).toBe(401);
    expect(await runtime.database.db.select().from(leads)).toHaveLength(0);
    // The same key alone is accepted: the refusal above is the second header's doing.
    expect((await postJson(endpoint, leadBody(2), auth)).status).toBe(201);
  });

  it('rejects malformed JSON with 400 malformed_body', async () => {
    const { endpoint, auth, runtime } = await jsonSourceRuntime();
    const response = await postJson(endpoint, '{"email": "a@b.example",', auth);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('malformed_body');
    expect(await runtime.database.db.select().from(leads)).toHaveLength(0);
  });

  it('rejects a body over 256 KiB with 413', async () => {
    const { endpoint, auth } = await jsonSourceRuntime();
    const response = await postJson(
      endpoint,
      leadBody(1, { message: 'x'.repeat(300 * 1024) }),
      auth,
    );
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload_too_large');
  });

  it('rejects a chunked body (no Content-Length) once it passes 256 KiB, and stores nothing', async () => {
    const { endpoint, auth, runtime } = await jsonSourceRuntime();
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0)
          controller.enqueue(new TextEncoder().encode('{"email":"a@b.example","m":"'));
        if (sent++ < 5) controller.enqueue(chunk);
        else {
          controller.enqueue(new TextEncoder().encode('"}'));
          controller.close();
        }
      },
    });
    const response = await postChunked(endpoint, body, auth);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'payload_too_large',
    );
    expect(await runtime.database.db.select({ id: leads.id }).from(leads)).toHaveLength(0);
  });

  it('accepts a chunked body under the limit', async () => {
    const { endpoint, auth } = await jsonSourceRuntime();
    const text = JSON.stringify(leadBody(7));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(text);
        controller.enqueue(bytes.slice(0, 10));
        controller.enqueue(bytes.slice(10));
        controller.close();
      },
    });
    const response = await postChunked(endpoint, body, auth);
    expect(response.status).toBe(201);
  });

  it('rejects an unknown source with 404', async () => {
    const { runtime, auth } = await jsonSourceRuntime();
    const response = await postJson(`${runtime.url}/v1/sources/src_nope/leads`, leadBody(1), auth);
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('source_not_found');
  });

  it('answers 429 with Retry-After past the source rate', async () => {
    const { endpoint, auth, runtime } = await jsonSourceRuntime(undefined, 3);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await postJson(endpoint, leadBody(i), auth)).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    const limited = await postJson(endpoint, leadBody(9), auth);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await runtime.database.db.select().from(leads)).toHaveLength(3);
  });

  it('exposes received, routed and rejected counts and the decision histogram on /metrics', async () => {
    const { endpoint, auth, runtime } = await jsonSourceRuntime();
    await postJson(endpoint, leadBody(1), auth);
    await postJson(endpoint, leadBody(2), { authorization: 'Bearer nope' });
    const text = await (await fetch(`${runtime.url}/metrics`)).text();
    expect(text).toMatch(/switchyard_leads_received_total\{source_type="json"\} 1/);
    expect(text).toMatch(/switchyard_leads_routed_total\{status="assigned"\} 1/);
    expect(text).toMatch(/switchyard_leads_rejected_total\{code="unauthorized"\} 1/);
    expect(text).toMatch(/switchyard_decision_seconds_count 1/);
    expect((await fetch(`${runtime.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${runtime.url}/readyz`)).status).toBe(200);
  });
});
