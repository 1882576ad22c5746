import { describe, expect, it } from 'vitest';
import { seedDemo } from '../src/seed/seed-demo';
import { memoryMailer, sessionClient } from './session';
import { manualClock, startTestRuntime } from './test-runtime';

describe('signing in', () => {
  it('signs the demo owner in with a cookie session, and out again', async () => {
    const runtime = await startTestRuntime();
    const demo = await seedDemo(runtime.deps);
    if (!demo) throw new Error('demo not seeded');
    const browser = sessionClient(runtime.url);
    const signedIn = await browser.signIn(demo.owner.email, demo.owner.password);
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/switchyard\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await browser.query('account.me');
    expect(me.body.result.data).toMatchObject({
      type: 'user',
      email: 'owner@northwind.example',
      role: 'owner',
      organization: { id: demo.orgId, name: 'Northwind (demo)' },
    });
    expect((await browser.post('/api/auth/sign-out')).status).toBe(200);
    expect((await browser.query('account.me')).body.error.data.appCode).toBe('unauthorized');
  });

  it('refuses a wrong password', async () => {
    const runtime = await startTestRuntime();
    const demo = await seedDemo(runtime.deps);
    const browser = sessionClient(runtime.url);
    const refused = await browser.signIn(demo?.owner.email ?? '', 'not the password');
    expect(refused.status).toBe(401);
    expect(browser.jar.size).toBe(0);
  });
});
