import { describe, expect, it } from 'vitest';
import { callTrpc, postLead, signInOverHttp } from './support/api-session';
import { openPage, screenshot } from './support/browser';
import { startRuntimeProcess } from './support/runtime-process';
import { openSignedIn } from './support/sign-in-page';

// Small, business e-mail, not engaged: the demo flow sends these to its cherry-pick Nurture pool.
const nurture = (email: string) => ({ email, employees: 20, country: 'US', title: 'Analyst' });

describe('pools in the browser', () => {
  it('claims a lead for a rep, and takes losing a claim race gently', async () => {
    const runtime = await startRuntimeProcess({ demo: true });
    const source = runtime.sources[0];
    if (!runtime.owner || !source) throw new Error('The demo owner or source was not printed.');
    const dee = await postLead(source, nurture('dee@smallco.example'));
    const eli = await postLead(source, nurture('eli@shop.example'));
    expect([dee.status, eli.status]).toEqual(['pooled', 'pooled']);

    const page = await openPage();
    await openSignedIn(page, runtime, { path: '/pools', ...runtime.owner });
    await page.getByLabel('Claim for', { exact: true }).first().click();
    await page.getByRole('option', { name: 'Ava Johnson' }).click();
    const table = page.getByRole('table', { name: 'Leads in Nurture pool' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(2);
    await screenshot(page, 'pools');

    // Another rep claims Eli while the page still shows him.
    const cookie = await signInOverHttp(runtime, runtime.owner);
    await callTrpc(runtime, cookie, {
      path: 'pool.claim',
      input: { leadId: eli.leadId, repId: 'rep_smb_2' },
      mutation: true,
    });
    await table.getByRole('button', { name: 'Claim eli@shop.example' }).click();
    await page.getByText('Someone else claimed it first.').waitFor();
    await table
      .getByRole('button', { name: 'Claim eli@shop.example' })
      .waitFor({ state: 'detached' });

    await table.getByRole('button', { name: 'Claim dee@smallco.example' }).click();
    await page.getByText('Claimed: the lead is in your inbox.').waitFor();
    await page.getByText('No leads waiting.').first().waitFor();
    const { items } = await callTrpc<{ items: Array<{ email: string; ownerName: string }> }>(
      runtime,
      cookie,
      { path: 'lead.list', input: { status: 'assigned' } },
    );
    expect(items.map((lead) => [lead.email, lead.ownerName]).sort()).toEqual([
      ['dee@smallco.example', 'Ava Johnson'],
      ['eli@shop.example', 'Noah Smith'],
    ]);
  });
});
