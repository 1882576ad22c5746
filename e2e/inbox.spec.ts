import { describe, expect, it } from 'vitest';
import { callTrpc, postLead, signInOverHttp } from './support/api-session';
import { openPage, screenshot } from './support/browser';
import { startRuntimeProcess } from './support/runtime-process';
import { openSignedIn } from './support/sign-in-page';

type Me = { repId: string | null };
type Members = { members: Array<{ id: string; email: string }> };

describe('the inbox in the browser', () => {
  it('lets the rep accept, contact and convert their lead, and asks for a readable value', async () => {
    const runtime = await startRuntimeProcess({ demo: true });
    const source = runtime.sources[0];
    if (!runtime.owner || !source) throw new Error('The demo owner or source was not printed.');
    const routed = await postLead(source, {
      email: 'ana@acme.example',
      employees: 1200,
      country: 'Germany',
      title: 'VP Sales',
    });
    const repId = (routed.assignee as { repId?: string } | null)?.repId;
    if (!repId) throw new Error(`The lead was not assigned: ${JSON.stringify(routed)}`);
    // The demo owner is no rep; linking them to the assignee makes the lead theirs to work.
    const cookie = await signInOverHttp(runtime, runtime.owner);
    const { members } = await callTrpc<Members>(runtime, cookie, { path: 'member.list' });
    const owner = members.find((m) => m.email === runtime.owner?.email);
    await callTrpc(runtime, cookie, {
      path: 'member.update',
      input: { id: owner?.id, repId },
      mutation: true,
    });
    expect((await callTrpc<Me>(runtime, cookie, { path: 'account.me' })).repId).toBe(repId);

    const page = await openPage();
    await openSignedIn(page, runtime, { path: '/inbox', ...runtime.owner });
    const table = page.getByRole('table', { name: 'My leads' });
    await table.waitFor();
    const row = table.locator('tbody tr', { hasText: 'ana@acme.example' });
    await row.getByRole('button', { name: /^Accept/ }).click();
    await row.getByText('accepted', { exact: true }).waitFor();
    expect(await row.getByRole('button', { name: /^Accept/ }).isDisabled()).toBe(true);
    await row.getByRole('button', { name: /^Contacted/ }).click();
    // Exact: the status badge, not the "Contacted" button's label, which stays in the row.
    await row.getByText('contacted', { exact: true }).waitFor();
    await screenshot(page, 'inbox');

    await row.getByRole('button', { name: /^Converted/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Deal value').fill('lots');
    await dialog.getByRole('button', { name: 'Mark converted' }).click();
    await dialog.getByText('Enter the deal value as a number of 0 or more.').waitFor();
    await dialog.getByLabel('Deal value').fill('12,500');
    await dialog.getByRole('button', { name: 'Mark converted' }).click();
    // A converted lead needs no more work: it leaves the inbox.
    await row.waitFor({ state: 'detached' });
    await page.getByText('Nothing to do').waitFor();

    await page.goto(`${runtime.url}/leads`);
    await page.getByRole('link', { name: 'ana@acme.example' }).click();
    const events = page.getByLabel('Events');
    await events.getByText('converted').waitFor();
    expect(await events.textContent()).toContain('Value 12500');
  });
});
