import { Writable } from 'node:stream';
import { authSessions, verifications } from '@switchyard/db';
import { describe, expect, it, vi } from 'vitest';
import { sessionTokenHash } from '../src/auth/hashed-session-tokens';
import { createLogger } from '../src/observability/logger';
import { seedDemo } from '../src/seed/seed-demo';
import { memoryMailer, sessionClient } from './session';
import { startTestRuntime } from './test-runtime';

describe('issue 19: session and reset tokens are stored hashed', () => {
  it('keeps only a hash of each session token, and the session works, lists and ends', async () => {
    const runtime = await startTestRuntime();
    const demo = await seedDemo(runtime.deps);
    if (!demo) throw new Error('demo not seeded');
    const browser = sessionClient(runtime.url);
    expect((await browser.signIn(demo.owner.email, demo.owner.password)).status).toBe(200);
    const cookie = [...browser.jar].find(([name]) => name.endsWith('session_token'))?.[1] ?? '';
    const token = decodeURIComponent(cookie).split('.')[0] ?? '';
    expect(token.length).toBeGreaterThan(10);
    const stored = (await runtime.database.db.select().from(authSessions)).map((s) => s.token);
    expect(stored).not.toContain(token);
    expect(stored).toContain(sessionTokenHash(token));
    expect((await browser.query('account.me')).status).toBe(200);
    const listed = await browser.get('/api/auth/list-sessions');
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).not.toContain(token);
    expect((await browser.post('/api/auth/sign-out', {})).status).toBe(200);
    expect((await browser.query('account.me')).status).toBe(401);
    expect(await runtime.database.db.select().from(authSessions)).toHaveLength(stored.length - 1);
  });

  it('keeps no reset token as mailed, and the mailed link still resets', async () => {
    const mailer = memoryMailer();
    const runtime = await startTestRuntime({ mailer });
    const demo = await seedDemo(runtime.deps);
    if (!demo) throw new Error('demo not seeded');
    const browser = sessionClient(runtime.url);
    await browser.post('/api/auth/request-password-reset', {
      email: demo.owner.email,
      redirectTo: '/sign-in',
    });
    const link = new URL(mailer.linkTo(demo.owner.email));
    const token = link.pathname.split('/').pop() ?? '';
    expect(token.length).toBeGreaterThan(10);
    const rows = await runtime.database.db.select().from(verifications);
    expect(JSON.stringify(rows)).not.toContain(token);
    const reset = await browser.post('/api/auth/reset-password', {
      token,
      newPassword: 'a brand new long password',
    });
    expect(reset.status).toBe(200);
    expect((await browser.signIn(demo.owner.email, 'a brand new long password')).status).toBe(200);
  });
});

describe('issue 19: a database failure during sign-in prints no query parameters', () => {
  it('logs through the redacting logger only, and answers a typed 5xx', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const printed: string[] = [];
    const spies = (['error', 'log', 'warn', 'info'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        printed.push(args.map(String).join(' '));
      }),
    );
    const runtime = await startTestRuntime({
      logger: createLogger({ level: 'info', destination }),
    });
    const demo = await seedDemo(runtime.deps);
    if (!demo) throw new Error('demo not seeded');
    await runtime.database.write((tx) =>
      tx.run('alter table auth_sessions rename to gone' as never),
    );
    const marker = 'agent-marker-7f3k9q';
    const failed = await sessionClient(runtime.url).post(
      '/api/auth/sign-in/email',
      { email: demo.owner.email, password: demo.owner.password },
      { 'user-agent': marker },
    );
    for (const spy of spies) spy.mockRestore();
    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect(failed.body.error.code).toMatch(/internal|unavailable/);
    const everything = [...lines, ...printed].join('\n');
    expect(everything).not.toContain(marker);
    expect(printed.join('\n')).not.toContain('SERVER_ERROR');
  });
});
