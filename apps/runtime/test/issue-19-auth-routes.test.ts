import { authRouteAccess, type Role, roles } from '@switchyard/api';
import { members } from '@switchyard/db';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../src/seed/seed-demo';
import { memoryMailer, sessionClient } from './session';
import { startTestRuntime } from './test-runtime';

type Client = ReturnType<typeof sessionClient>;

/** The demo organisation with a signed-in member of every role, an outsider and an anonymous. */
async function everyRole() {
  const mailer = memoryMailer();
  const runtime = await startTestRuntime({ mailer });
  const demo = await seedDemo(runtime.deps);
  if (!demo) throw new Error('demo not seeded');
  const clients = {} as Record<Role | 'outsider' | 'anonymous', Client>;
  clients.anonymous = sessionClient(runtime.url);
  clients.owner = sessionClient(runtime.url);
  await clients.owner.signIn(demo.owner.email, demo.owner.password);
  for (const role of [...roles.filter((r) => r !== 'owner'), 'outsider'] as const) {
    const email = `${role}@northwind.example`;
    const password = `${role} has a long password`;
    await runtime.deps.auth.api.signUpEmail({ body: { name: role, email, password } });
    const signedIn = await runtime.deps.auth.api.signInEmail({ body: { email, password } });
    if (role !== 'outsider') {
      await runtime.database.write((tx) =>
        tx.insert(members).values({
          id: `mem_${role}`,
          organizationId: demo.orgId,
          userId: signedIn.user.id,
          role,
          createdAt: new Date(),
        }),
      );
    }
    clients[role] = sessionClient(runtime.url);
    expect((await clients[role].signIn(email, password)).status).toBe(200);
  }
  return { runtime, demo, clients, mailer };
}

/** Every route better-auth serves, as `METHOD /path`, read from the configured instance. */
function betterAuthRoutes(auth: unknown): string[] {
  const routes = new Set<string>();
  for (const endpoint of Object.values(auth as Record<string, unknown>)) {
    const { path, options } = endpoint as { path?: string; options?: { method?: unknown } };
    if (typeof path !== 'string') continue;
    const methods = options?.method === '*' ? ['GET', 'POST'] : [options?.method].flat();
    for (const method of methods) if (typeof method === 'string') routes.add(`${method} ${path}`);
  }
  return [...routes].sort();
}

const concrete = (path: string) => path.replace(/:[a-z]+/gi, 'x');

describe('issue 19: every better-auth route obeys the access table', () => {
  it('answers 404 for each route the table leaves out and refuses each role it does not list', async () => {
    const { runtime, clients, demo } = await everyRole();
    const served = betterAuthRoutes(runtime.deps.auth.api);
    expect(served.length).toBeGreaterThan(40);
    const table = authRouteAccess as Record<string, 'anyone' | 'signed_in' | readonly Role[]>;
    for (const route of served) {
      const [method = 'GET', path = '/'] = route.split(' ');
      const url = `/api/auth${concrete(path)}?organizationId=${demo.orgId}`;
      const access = table[route];
      for (const [who, client] of Object.entries(clients)) {
        const allowed =
          access === 'anyone' ||
          (access === 'signed_in' && who !== 'anonymous') ||
          (Array.isArray(access) && (access as readonly string[]).includes(who));
        if (allowed) continue; // Not called: allowed routes include sign-out and revocations.
        const answer = method === 'GET' ? await client.get(url) : await client.post(url, {});
        const expected = access === undefined ? [404] : [401, 403];
        expect(expected, `${who} ${route} → ${answer.status}`).toContain(answer.status);
      }
    }
  });

  it('shows members’ e-mail and roles through better-auth to owners and managers only', async () => {
    const { clients, demo } = await everyRole();
    for (const who of ['rep', 'viewer', 'consultant', 'outsider', 'anonymous'] as const) {
      for (const path of ['/organization/list-members', '/organization/get-full-organization']) {
        const answer = await clients[who].get(`/api/auth${path}?organizationId=${demo.orgId}`);
        expect([401, 403], `${who} ${path}`).toContain(answer.status);
        expect(JSON.stringify(answer.body)).not.toContain('manager@northwind.example');
      }
    }
    const listed = await clients.manager.get(
      `/api/auth/organization/list-members?organizationId=${demo.orgId}`,
    );
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).toContain('rep@northwind.example');
  });
});

describe('issue 19: accepting an invitation proves the invited mailbox', () => {
  it('refuses a manager who signs up as the invited address and accepts with the id alone', async () => {
    const { runtime, demo, clients, mailer } = await everyRole();
    const invited = await clients.owner.post('/api/auth/organization/invite-member', {
      email: 'cfo@northwind.example',
      role: 'owner',
      organizationId: demo.orgId,
    });
    expect(invited.status).toBe(200);
    const invitationId = invited.body.id as string;
    // Managers see neither the invitation's id nor its token, in member.list or the audit log.
    const listed = await clients.manager.query('member.list');
    const audit = await clients.manager.query('audit.list', {});
    for (const answer of [listed, audit]) {
      expect(answer.status).toBe(200);
      expect(JSON.stringify(answer.body)).not.toContain(invitationId);
    }
    // Even knowing the id, an account for the address that never read its mail cannot accept.
    const impostor = sessionClient(runtime.url);
    await impostor.post('/api/auth/sign-up/email', {
      name: 'Not the CFO',
      email: 'cfo@northwind.example',
      password: 'manager has a second password',
    });
    await impostor.signIn('cfo@northwind.example', 'manager has a second password');
    for (const token of [undefined, '', 'guess', invitationId]) {
      const refused = await impostor.post('/api/auth/organization/accept-invitation', {
        invitationId,
        ...(token === undefined ? {} : { token }),
      });
      expect(refused.status).toBe(403);
    }
    expect((await impostor.query('account.me')).body.error.data.appCode).toBe('unauthorized');
    // The link mailed to the address carries the token that works.
    const link = new URL(mailer.linkTo('cfo@northwind.example')).searchParams;
    expect(link.get('invitation')).toBe(invitationId);
    const accepted = await impostor.post('/api/auth/organization/accept-invitation', {
      invitationId,
      token: link.get('token'),
    });
    expect(accepted.status).toBe(200);
  });
});
