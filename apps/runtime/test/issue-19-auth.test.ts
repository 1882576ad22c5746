import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../src/seed/seed-demo';
import { sessionClient } from './session';
import { manualClock, startTestRuntime } from './test-runtime';

async function demoRuntime() {
  const clock = manualClock('2026-11-20T15:00:00Z');
  const runtime = await startTestRuntime({ clock: clock.now });
  const demo = await seedDemo(runtime.deps);
  if (!demo) throw new Error('demo not seeded');
  return { runtime, demo, clock };
}

/** POSTs `size` bytes of a JSON string without reading the answer's body fully; answers status. */
function postBig(url: string, size: number, headers: Record<string, string> = {}) {
  return new Promise<number>((resolve, reject) => {
    const target = new URL(url);
    const request = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: target.origin, ...headers },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024, 'a');
    request.write('{"name":"');
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      request.end('"}');
    };
    request.once('error', () => undefined);
    pump();
  });
}

describe('issue 19: every route limits its body', () => {
  it('refuses an oversized body to /api/auth and /trpc with 413, before reading it all', async () => {
    const { runtime } = await demoRuntime();
    // Chunked (no Content-Length): only reading finds the size; refused once past the limit.
    expect(await postBig(`${runtime.url}/api/auth/organization/create`, 8 * 1024 * 1024)).toBe(413);
    expect(await postBig(`${runtime.url}/api/auth/sign-in/email`, 1024 * 1024)).toBe(413);
    expect(await postBig(`${runtime.url}/trpc/team.create`, 20 * 1024 * 1024)).toBe(413);
    const declared = await fetch(`${runtime.url}/api/setup/first-owner`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: runtime.url },
      body: JSON.stringify({ name: 'x'.repeat(100_000) }),
    });
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { error: { code: string } }).error.code).toBe(
      'payload_too_large',
    );
    expect((await fetch(`${runtime.url}/readyz`)).status).toBe(200);
  });
});

describe('issue 19: sign-in and account limits', () => {
  it('counts url-encoded sign-ins against the e-mail they name', async () => {
    const { runtime, demo } = await demoRuntime();
    const form = (email: string, password: string) =>
      fetch(`${runtime.url}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: runtime.url },
        body: new URLSearchParams({ email, password }).toString(),
      });
    for (let i = 0; i < 5; i++)
      expect((await form(demo.owner.email, `guess ${i}`)).status).toBe(401);
    expect((await form(demo.owner.email, demo.owner.password)).status).toBe(429);
    // Sign-ins naming no e-mail share no bucket: they do not lock anyone out.
    const browser = sessionClient(runtime.url);
    for (let i = 0; i < 6; i++) {
      expect((await browser.post('/api/auth/sign-in/email', { password: 'x' })).status).not.toBe(
        429,
      );
    }
    expect((await browser.signIn('someone@else.example', 'guess')).status).toBe(401);
  });

  it('limits change-password per client address', async () => {
    const { runtime, demo } = await demoRuntime();
    const browser = sessionClient(runtime.url);
    expect((await browser.signIn(demo.owner.email, demo.owner.password)).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const changed = await browser.post('/api/auth/change-password', {
        currentPassword: `wrong ${i}`,
        newPassword: 'a new long password',
      });
      statuses.push(changed.status);
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((status) => status !== 429).length).toBeLessThanOrEqual(10);
  });

  it('answers a sign-up for a registered e-mail exactly like one for a new e-mail', async () => {
    const { runtime, demo } = await demoRuntime();
    const signUp = (email: string) =>
      sessionClient(runtime.url).post('/api/auth/sign-up/email', {
        name: 'Someone',
        email,
        password: 'a long enough password',
      });
    const taken = await signUp(demo.owner.email);
    const fresh = await signUp('new.person@acme.example');
    expect(taken.status).toBe(200);
    expect(fresh.status).toBe(taken.status);
    expect(Object.keys(taken.body).sort()).toEqual(Object.keys(fresh.body).sort());
    expect(taken.headers.getSetCookie()).toHaveLength(fresh.headers.getSetCookie().length);
  });
});
