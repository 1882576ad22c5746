import { describe, expect, it } from 'vitest';
import { assignFlow, fiveReps } from './flows';
import { type AnyJson, leadBody, postJson } from './http';
import { manualClock, seedOrg, startTestRuntime } from './test-runtime';

/** `[[[…]]]` nested `depth` levels, as text (JSON.stringify would recurse that deep). */
function nestedArrays(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

async function jsonSource() {
  const clock = manualClock('2026-12-07T15:00:00Z');
  const runtime = await startTestRuntime({ clock: clock.now });
  const org = await seedOrg(runtime, {
    teams: { sales: fiveReps },
    flow: assignFlow({ type: 'round_robin' }),
    sources: [{ type: 'json', ratePerMinute: 100_000 }],
  });
  const source = org.sources[0] as { id: string; apiKey: string };
  return {
    runtime,
    endpoint: `${runtime.url}/v1/sources/${source.id}/leads`,
    auth: { authorization: `Bearer ${source.apiKey}` },
  };
}

describe('issue 19: a hostile lead never stops the runtime', () => {
  it('refuses a 10,000-deep field value with payload_too_deep, then routes the next lead', async () => {
    const { endpoint, auth, runtime } = await jsonSource();
    const hostile = `{"email":"d@acme.example","company":${nestedArrays(10_000)}}`;
    const refused = await postJson(endpoint, hostile, auth);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('payload_too_deep');
    const next = await postJson(endpoint, leadBody(1), auth);
    expect(next.status).toBe(201);
    expect(next.body.status).toBe('assigned');
    const ready = await fetch(`${runtime.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('routes a lead whose fields are nested within the limit', async () => {
    const { endpoint, auth } = await jsonSource();
    const body = `{"email":"n@acme.example","company":"Acme","notes":${nestedArrays(10)}}`;
    const routed = await postJson(endpoint, body, auth);
    expect(routed.status).toBe(201);
  });

  it('refuses a field value longer than the string limit and an array longer than the array limit', async () => {
    const { endpoint, auth } = await jsonSource();
    const long = await postJson(
      endpoint,
      { email: 'l@acme.example', company: 'x'.repeat(40_000) },
      auth,
    );
    expect(long.status).toBe(400);
    expect(long.body.error.code).toBe('field_too_large');
    const wide = await postJson(
      endpoint,
      { email: 'w@acme.example', tags: Array.from({ length: 5_000 }, () => 1) },
      auth,
    );
    expect(wide.status).toBe(400);
    expect(wide.body.error.code).toBe('field_too_large');
  });
});

describe('issue 19: source.test with a hostile sample', () => {
  async function callTest(sample: string) {
    const { runtime } = await jsonSource();
    const org = await seedOrg(runtime, {
      teams: { sales: [{ id: 'z1' }] },
      flow: assignFlow({ type: 'round_robin' }),
      sources: [{ type: 'json' }],
    });
    const source = org.sources[0] as { id: string };
    return postJson(`${runtime.url}/trpc/source.test`, `{"id":"${source.id}","sample":${sample}}`, {
      authorization: `Bearer ${org.adminKey}`,
    });
  }

  it('refuses a 10,000-deep sample with payload_too_deep, not 500', async () => {
    const refused = await callTest(nestedArrays(10_000));
    expect(refused.status).toBe(400);
    expect(refused.body.error.data.appCode).toBe('payload_too_deep');
  });

  it('refuses a sample deeper than a lead may be, and tries one within the limit', async () => {
    const deep = await callTest(`{"email":"a@acme.example","notes":${nestedArrays(40)}}`);
    expect(deep.status).toBe(400);
    expect(deep.body.error.data.appCode).toBe('payload_too_deep');
    const fine = await callTest('{"email":"a@acme.example","notes":[[1]]}');
    expect(fine.status).toBe(200);
    expect(fine.body.result.data.leads).toHaveLength(1);
  });
});

describe('issue 19: readiness and shutdown with a writer that does not answer', () => {
  it('/readyz answers 503 while writes do not answer, and 200 again once they do', async () => {
    const { runtime } = await jsonSource();
    expect((await fetch(`${runtime.url}/readyz`)).status).toBe(200);
    let release = () => {};
    const stuck = runtime.database.write(() => new Promise<void>((resolve) => (release = resolve)));
    const blocked = await fetch(`${runtime.url}/readyz`);
    expect(blocked.status).toBe(503);
    expect(((await blocked.json()) as AnyJson).error.code).toBe('unavailable');
    release();
    await stuck;
    expect((await fetch(`${runtime.url}/readyz`)).status).toBe(200);
  });

  it('closes, with a request under way, while a write never settles', async () => {
    const { runtime, endpoint, auth } = await jsonSource();
    void runtime.database.write(() => new Promise<void>(() => {})).catch(() => undefined);
    const waiting = postJson(endpoint, leadBody(2), auth).catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await runtime.close({ drainMs: 500 });
    const answered = await waiting;
    // Cut off, or refused as unavailable: never left hanging.
    expect(answered instanceof Error || answered.status >= 500).toBe(true);
  });
});
