import { eq, members, users } from '@switchyard/db';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../src/seed/seed-demo';
import { fiveReps, poolFlow } from './flows';
import { memoryMailer, sessionClient } from './session';
import { seedOrg, startTestRuntime } from './test-runtime';

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

describe('a fresh install without the demo', () => {
  it('asks for the first owner once, signs them in, then refuses a second', async () => {
    const runtime = await startTestRuntime();
    const browser = sessionClient(runtime.url);
    expect((await browser.get('/api/setup')).body).toEqual({ needsFirstOwner: true });
    const owner = {
      name: 'Ada',
      email: 'ada@acme.example',
      password: 'correct horse battery',
      organization: 'Acme',
    };
    const created = await browser.post('/api/setup/first-owner', owner);
    expect(created.status).toBe(201);
    const me = await browser.query('account.me');
    expect(me.body.result.data).toMatchObject({ role: 'owner', organization: { name: 'Acme' } });
    expect((await browser.get('/api/setup')).body).toEqual({ needsFirstOwner: false });
    const again = await sessionClient(runtime.url).post('/api/setup/first-owner', {
      ...owner,
      email: 'eve@evil.example',
    });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'already_set_up' } } });
  });

  it('refuses a first owner with a short password or no organisation', async () => {
    const runtime = await startTestRuntime();
    const browser = sessionClient(runtime.url);
    const short = await browser.post('/api/setup/first-owner', {
      name: 'A',
      email: 'a@b.example',
      password: 'short',
      organization: 'X',
    });
    expect(short).toMatchObject({ status: 400, body: { error: { code: 'invalid_input' } } });
    const noOrg = await browser.post('/api/setup/first-owner', {
      name: 'A',
      email: 'a@b.example',
      password: 'long enough pw',
    });
    expect(noOrg.status).toBe(400);
    expect((await browser.get('/api/setup')).body).toEqual({ needsFirstOwner: true });
  });
});

describe('password reset', () => {
  it('mails a one-time link whose token sets a new password', async () => {
    const mailer = memoryMailer();
    const runtime = await startTestRuntime({ mailer });
    const demo = await seedDemo(runtime.deps);
    const email = demo?.owner.email ?? '';
    const browser = sessionClient(runtime.url);
    const asked = await browser.post('/api/auth/request-password-reset', {
      email,
      redirectTo: '/sign-in',
    });
    expect(asked.status).toBe(200);
    const link = new URL(mailer.linkTo(email));
    expect(link.origin).toBe(runtime.url);
    const token = link.pathname.split('/').at(-1) ?? '';
    // The link itself leads to the sign-in page with the token, where the new password is set.
    const opened = await browser.get(`${link.pathname}${link.search}`);
    expect(opened.status).toBe(302);
    expect(opened.headers.get('location')).toBe(`${runtime.url}/sign-in?token=${token}`);
    const reset = await browser.post('/api/auth/reset-password', {
      token,
      newPassword: 'a brand new password',
    });
    expect(reset.status).toBe(200);
    expect((await browser.signIn(email, demo?.owner.password ?? '')).status).toBe(401);
    expect((await browser.signIn(email, 'a brand new password')).status).toBe(200);
    // The token works once.
    const replay = await sessionClient(runtime.url).post('/api/auth/reset-password', {
      token,
      newPassword: 'yet another password',
    });
    expect(replay.status).toBe(400);
  });

  it('sends nothing for an unknown address, and refuses a made-up token', async () => {
    const mailer = memoryMailer();
    const runtime = await startTestRuntime({ mailer });
    await seedDemo(runtime.deps);
    const browser = sessionClient(runtime.url);
    const asked = await browser.post('/api/auth/request-password-reset', {
      email: 'nobody@acme.example',
    });
    expect(asked.status).toBe(200); // the same answer: no account probing
    expect(mailer.sent).toEqual([]);
    const forged = await browser.post('/api/auth/reset-password', {
      token: 'forged-token',
      newPassword: 'a brand new password',
    });
    expect(forged.status).toBe(400);
  });
});

describe('invitations', () => {
  it('an owner invites a manager by e-mail; once accepted the manager works with that role', async () => {
    const mailer = memoryMailer();
    const runtime = await startTestRuntime({ mailer });
    const demo = await seedDemo(runtime.deps);
    if (!demo) throw new Error('demo not seeded');
    const owner = sessionClient(runtime.url);
    await owner.signIn(demo.owner.email, demo.owner.password);
    const invited = await owner.post('/api/auth/organization/invite-member', {
      email: 'mia@northwind.example',
      role: 'manager',
      organizationId: demo.orgId,
    });
    expect(invited.status).toBe(200);
    const link = new URL(mailer.linkTo('mia@northwind.example')).searchParams;
    const invitationId = link.get('invitation');
    const token = link.get('token');
    const mia = sessionClient(runtime.url);
    const signedUp = await mia.post('/api/auth/sign-up/email', {
      name: 'Mia',
      email: 'mia@northwind.example',
      password: 'mia has a long password',
    });
    expect(signedUp.status).toBe(200);
    await mia.signIn('mia@northwind.example', 'mia has a long password');
    // Before accepting, Mia belongs to no organisation.
    expect((await mia.query('account.me')).body.error.data.appCode).toBe('unauthorized');
    expect(
      (await mia.post('/api/auth/organization/accept-invitation', { invitationId, token })).status,
    ).toBe(200);
    expect((await mia.query('account.me')).body.result.data).toMatchObject({
      role: 'manager',
      organization: { id: demo.orgId },
    });
    const flows = await mia.query('flow.list');
    expect(flows.body.result.data).toHaveLength(1);
    // Managers do not manage members: neither through tRPC nor through better-auth.
    const members = await owner.query('member.list');
    const miaMember = members.body.result.data.members.find(
      (m: { email: string }) => m.email === 'mia@northwind.example',
    );
    expect(miaMember).toMatchObject({ role: 'manager' });
    const promote = await mia.mutate('member.update', { id: miaMember.id, role: 'owner' });
    expect(promote.body.error.data).toMatchObject({ code: 'FORBIDDEN', appCode: 'not_allowed' });
    const inviteMore = await mia.post('/api/auth/organization/invite-member', {
      email: 'x@northwind.example',
      role: 'owner',
      organizationId: demo.orgId,
    });
    expect(inviteMore.status).toBe(403);
    const viaAuth = await owner.post('/api/auth/organization/update-member-role', {
      memberId: miaMember.id,
      role: 'owner',
      organizationId: demo.orgId,
    });
    expect(viaAuth.status).toBe(404);
    // The audit log has the invitation, Mia joining and the sign-ins.
    const log = await owner.query('audit.list', {});
    const actions = log.body.result.data.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['invitation.created', 'member.joined', 'auth.signed_in']),
    );
  });
});

describe('behind https', () => {
  it('marks the session cookie Secure with the __Secure- prefix', async () => {
    const runtime = await startTestRuntime({ publicUrl: 'https://leads.example.com' });
    const demo = await seedDemo(runtime.deps);
    const browser = sessionClient(runtime.url, 'https://leads.example.com');
    const signedIn = await browser.signIn(demo?.owner.email ?? '', demo?.owner.password ?? '');
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/__Secure-switchyard\.session_token=[^;]+;.*Secure/i);
    // The plain-http origin the server listens on is not the public one: refused.
    const direct = await sessionClient(runtime.url).signIn(demo?.owner.email ?? '', 'x');
    expect(direct).toMatchObject({ status: 403, body: { error: { code: 'csrf_rejected' } } });
  });
});

describe('new organisations', () => {
  it('are refused to a stranger who signs up, unless the runtime allows them', async () => {
    const closed = await startTestRuntime();
    await seedDemo(closed.deps);
    const stranger = sessionClient(closed.url);
    await stranger.post('/api/auth/sign-up/email', {
      name: 'Eve',
      email: 'eve@evil.example',
      password: 'eve has a long password',
    });
    await stranger.signIn('eve@evil.example', 'eve has a long password');
    const refused = await stranger.post('/api/auth/organization/create', {
      name: 'Eve Inc',
      slug: 'eve-inc',
    });
    expect(refused.status).toBe(403);
    expect((await stranger.query('account.me')).body.error.data.appCode).toBe('unauthorized');

    const open = await startTestRuntime({ allowNewOrganizations: true });
    const founder = sessionClient(open.url);
    await founder.post('/api/auth/sign-up/email', {
      name: 'Fay',
      email: 'fay@new.example',
      password: 'fay has a long password',
    });
    await founder.signIn('fay@new.example', 'fay has a long password');
    const created = await founder.post('/api/auth/organization/create', {
      name: 'Fay Inc',
      slug: 'fay-inc',
    });
    expect(created.status).toBe(200);
    expect((await founder.query('account.me')).body.result.data).toMatchObject({
      role: 'owner',
      organization: { name: 'Fay Inc' },
    });
  });
});

describe('a member of two organisations', () => {
  it('works in the active one only, with the role held there', async () => {
    const runtime = await startTestRuntime();
    const demo = await seedDemo(runtime.deps);
    if (!demo) throw new Error('demo not seeded');
    const other = await seedOrg(runtime, {
      teams: { sales: fiveReps },
      flow: poolFlow('blind'),
      sources: [],
    });
    const [owner] = await runtime.database.db
      .select()
      .from(users)
      .where(eq(users.email, demo.owner.email));
    await runtime.database.write((tx) =>
      tx.insert(members).values({
        id: 'mem_second',
        organizationId: other.orgId,
        userId: owner?.id ?? '',
        role: 'viewer',
        createdAt: new Date(),
      }),
    );
    const browser = sessionClient(runtime.url);
    await browser.signIn(demo.owner.email, demo.owner.password);
    expect((await browser.query('account.me')).body.result.data).toMatchObject({
      role: 'owner',
      organization: { id: demo.orgId },
    });
    expect(
      (await browser.post('/api/auth/organization/set-active', { organizationId: other.orgId }))
        .status,
    ).toBe(200);
    expect((await browser.query('account.me')).body.result.data).toMatchObject({
      role: 'viewer',
      organization: { id: other.orgId },
    });
    const flows = await browser.query('flow.list');
    expect(flows.body.result.data.map((f: { id: string }) => f.id)).toEqual([other.flowId]);
    const theirs = await browser.query('flow.byId', { id: demo.flowId });
    expect(theirs.body.error.data.appCode).toBe('flow_not_found');
    const publish = await browser.mutate('flow.publish', { id: other.flowId, note: '' });
    expect(publish.body.error.data.appCode).toBe('not_allowed');
    // An organisation the user does not belong to cannot be made active.
    const stranger = await seedOrg(runtime, {
      teams: { sales: [{ id: 'x1' }] },
      flow: poolFlow('blind'),
      sources: [],
    });
    expect(
      (await browser.post('/api/auth/organization/set-active', { organizationId: stranger.orgId }))
        .status,
    ).toBe(403);
    // (better-auth clears the active organisation then; the caller falls back to their first.)
    const after = (await browser.query('account.me')).body.result.data;
    expect(after.organization.id).not.toBe(stranger.orgId);
    expect([demo.orgId, other.orgId]).toContain(after.organization.id);
  });
});
