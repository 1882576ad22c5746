import { Writable } from 'node:stream';
import { verifications } from '@switchyard/db';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/observability/logger';
import { seedDemo } from '../src/seed/seed-demo';
import { assignFlow, fiveReps } from './flows';
import { leadBody, postJson } from './http';
import { sessionClient } from './session';
import { manualClock, seedOrg, startTestRuntime } from './test-runtime';

async function signedInOwner(options: Parameters<typeof startTestRuntime>[0] = {}) {
  const runtime = await startTestRuntime(options);
  const demo = await seedDemo(runtime.deps);
  if (!demo) throw new Error('demo not seeded');
  const browser = sessionClient(runtime.url);
  expect((await browser.signIn(demo.owner.email, demo.owner.password)).status).toBe(200);
  return { runtime, demo, browser };
}

describe('CSRF protection', () => {
  it('refuses a cookie-authenticated mutation from another origin or with no origin', async () => {
    const { browser, runtime } = await signedInOwner();
    const input = { name: 'Night shift' };
    const foreign = await browser.mutate('team.create', input, { origin: 'https://evil.example' });
    expect(foreign).toMatchObject({ status: 403, body: { error: { code: 'csrf_rejected' } } });
    const bare = sessionClient(runtime.url, '');
    bare.jar.clear();
    for (const [name, value] of browser.jar) bare.jar.set(name, value);
    const noOrigin = await bare.mutate('team.create', input);
    expect(noOrigin).toMatchObject({ status: 403, body: { error: { code: 'csrf_rejected' } } });
    const same = await browser.mutate('team.create', input);
    expect(same.status).toBe(200);
    expect(same.body.result.data).toMatchObject({ name: 'Night shift' });
  });

  it('lets a host with an API key call without an origin (no ambient credential)', async () => {
    const { runtime, demo } = await signedInOwner();
    const host = await fetch(`${runtime.url}/trpc/team.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${demo.adminApiKey}` },
      body: JSON.stringify({ name: 'Scripted' }),
    });
    expect(host.status).toBe(200);
  });

  it('refuses a sign-in posted from another site', async () => {
    const runtime = await startTestRuntime();
    const demo = await seedDemo(runtime.deps);
    const evil = sessionClient(runtime.url, 'https://evil.example');
    const refused = await evil.signIn(demo?.owner.email ?? '', demo?.owner.password ?? '');
    expect(refused.status).toBe(403);
    expect(evil.jar.size).toBe(0);
  });
});

describe('security headers', () => {
  it('sends a strict CSP, no framing and no sniffing on pages and APIs', async () => {
    const runtime = await startTestRuntime();
    for (const path of ['/sign-in', '/trpc/account.me', '/v1/leads/lead_x', '/healthz']) {
      const response = await fetch(`${runtime.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("default-src 'none'");
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });
});

describe('sign-in rate limit', () => {
  it('refuses the sixth attempt on one account within a minute, then lets it try again', async () => {
    const clock = manualClock('2026-11-20T15:00:00Z');
    const runtime = await startTestRuntime({ clock: clock.now });
    const demo = await seedDemo(runtime.deps);
    if (!demo) throw new Error('demo not seeded');
    const browser = sessionClient(runtime.url);
    for (let i = 0; i < 5; i++) {
      expect((await browser.signIn(demo.owner.email, `guess ${i}`)).status).toBe(401);
    }
    const limited = await browser.signIn(demo.owner.email, demo.owner.password);
    expect(limited).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another account is not locked out by attempts on this one.
    expect((await browser.signIn('someone@else.example', 'guess')).status).toBe(401);
    clock.advance(60_000);
    expect((await browser.signIn(demo.owner.email, demo.owner.password)).status).toBe(200);
  });
});

describe('logs', () => {
  it('never contain passwords, keys, secrets, session or reset tokens', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger({ level: 'trace', destination });
    const secretKey = Buffer.alloc(32, 9).toString('base64');
    const runtime = await startTestRuntime({ logger, secretKey });
    const demo = await seedDemo(runtime.deps);
    if (!demo) throw new Error('demo not seeded');
    const org = await seedOrg(runtime, {
      teams: { sales: fiveReps },
      flow: assignFlow({ type: 'round_robin' }),
      sources: [{ type: 'json' }],
    });
    const browser = sessionClient(runtime.url);
    await browser.signIn(demo.owner.email, 'a wrong password attempt');
    const signedIn = await browser.signIn(demo.owner.email, demo.owner.password);
    const created = await browser.mutate('apiKey.create', { name: 'host', scopes: ['ingest'] });
    const newKey: string = created.body.result.data.key;
    await browser.post('/api/auth/request-password-reset', { email: demo.owner.email });
    const source = org.sources[0] as { id: string; apiKey: string };
    await postJson(`${runtime.url}/v1/sources/${source.id}/leads`, leadBody(1), {
      authorization: `Bearer ${source.apiKey}`,
    });
    await postJson(`${runtime.url}/v1/sources/${source.id}/leads`, leadBody(2), {
      authorization: 'Bearer sk_wrong_key_for_the_log_test',
    });
    await fetch(`${runtime.url}/v1/leads/lead_x`, {
      headers: { authorization: `Bearer ${newKey}` },
    });
    const resetTokens = (await runtime.database.db.select().from(verifications)).map((v) =>
      v.identifier.replace(/^reset-password:/, ''),
    );
    const sessionToken = decodeURIComponent(
      /switchyard\.session_token=([^;]+)/.exec(signedIn.headers.getSetCookie().join(';'))?.[1] ??
        '',
    ).split('.')[0];
    const secrets = {
      ownerPassword: demo.owner.password,
      wrongPassword: 'a wrong password attempt',
      adminApiKey: demo.adminApiKey,
      orgAdminKey: org.adminKey,
      newKey,
      sourceKey: source.apiKey,
      rejectedKey: 'sk_wrong_key_for_the_log_test',
      typeformSecret: demo.sources.find((s) => s.secret)?.secret ?? '',
      secretKey,
      sessionToken: sessionToken ?? '',
      ...Object.fromEntries(resetTokens.map((token, i) => [`resetToken${i}`, token])),
    };
    expect(resetTokens.length).toBeGreaterThan(0);
    expect(lines.length).toBeGreaterThan(3); // the test looked at real logs
    const log = lines.join('');
    for (const [name, secret] of Object.entries(secrets)) {
      expect(secret.length, name).toBeGreaterThan(8);
      expect(log.includes(secret), `${name} appears in the logs`).toBe(false);
    }
  });
});
