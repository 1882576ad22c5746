import { describe, expect, it } from 'vitest';
import { openPage, screenshot } from './support/browser';
import { startRuntimeProcess } from './support/runtime-process';

describe('signing in in the browser', () => {
  it('signs the demo owner in with the printed credentials, and out again', async () => {
    const runtime = await startRuntimeProcess({ demo: true });
    if (!runtime.owner) throw new Error('The demo owner was not printed.');
    const page = await openPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${runtime.url}/flows`);
    await page.waitForURL(/\/sign-in\?next=%2Fflows/);
    const form = page.locator('#sign-in');
    await form.waitFor({ state: 'visible' });
    await screenshot(page, 'sign-in');

    await form.getByLabel('E-mail').fill(runtime.owner.email);
    await form.getByLabel('Password').fill('not the password');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await page
      .locator('#status')
      .filter({ hasText: /invalid/i })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');

    await form.getByLabel('Password').fill(runtime.owner.password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    // Back in the studio, on the page that sent the visitor to sign in.
    await page.waitForURL(/\/flows$/);
    await page.getByTestId('who').waitFor();
    expect(await page.getByTestId('who').textContent()).toBe('owner@northwind.example · owner');
    expect(await page.getByRole('banner').textContent()).toContain('Northwind (demo)');
    await screenshot(page, 'signed-in');
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'switchyard.session_token')).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
    });

    await page.reload();
    await page.getByTestId('who').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    await form.waitFor({ state: 'visible' });
    expect(errors.filter((e) => !/401|Unauthorized/i.test(e))).toEqual([]);
  });

  it('asks a fresh install without the demo for its first owner', async () => {
    const runtime = await startRuntimeProcess({ demo: false });
    expect(runtime.owner).toBeNull();
    const page = await openPage();
    await page.goto(`${runtime.url}/sign-in`);
    const form = page.locator('#first-owner');
    await form.waitFor({ state: 'visible' });
    await screenshot(page, 'first-owner');
    await form.getByLabel('Your name').fill('Ada Lovelace');
    await form.getByLabel('Organisation').fill('Analytical Engines');
    await form.getByLabel('E-mail').fill('ada@engines.example');
    await form.getByLabel('Password').fill('a long enough password');
    await form.getByRole('button', { name: 'Create owner' }).click();
    await page.getByTestId('who').waitFor();
    expect(await page.getByTestId('who').textContent()).toBe('ada@engines.example · owner');
    expect(await page.getByRole('banner').textContent()).toContain('Analytical Engines');
  });
});

describe('joining by invitation in the browser', () => {
  it('an invitee opens the link, creates an account and lands in the organisation with the role', async () => {
    const runtime = await startRuntimeProcess({ demo: true });
    if (!runtime.owner) throw new Error('The demo owner was not printed.');
    // The owner invites over HTTP, as the studio would.
    const json = { 'content-type': 'application/json', origin: runtime.url };
    const signIn = await fetch(`${runtime.url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify(runtime.owner),
    });
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const me = await fetch(`${runtime.url}/trpc/account.me`, { headers: { cookie } });
    const orgId: string = (
      (await me.json()) as { result: { data: { organization: { id: string } } } }
    ).result.data.organization.id;
    const invited = await fetch(`${runtime.url}/api/auth/organization/invite-member`, {
      method: 'POST',
      headers: { ...json, cookie },
      body: JSON.stringify({
        email: 'vic@northwind.example',
        role: 'viewer',
        organizationId: orgId,
      }),
    });
    expect(invited.status).toBe(200);
    // The invitee's link (with the token that proves the mailbox), given once to the owner.
    const { inviteUrl } = (await invited.json()) as { inviteUrl: string };

    const page = await openPage();
    await page.goto(inviteUrl);
    const form = page.locator('#sign-up');
    await form.waitFor({ state: 'visible' });
    await form.getByLabel('Your name').fill('Vic');
    await form.getByLabel('E-mail').fill('vic@northwind.example');
    await form.getByLabel('Password').fill('vic has a long password');
    await form.getByRole('button', { name: 'Create account' }).click();
    await page.getByTestId('who').waitFor();
    expect(await page.getByTestId('who').textContent()).toBe('vic@northwind.example · viewer');
    expect(await page.getByRole('banner').textContent()).toContain('Northwind (demo)');
    await screenshot(page, 'joined-by-invitation');
  });
});
