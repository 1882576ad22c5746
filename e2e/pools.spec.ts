import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callTrpc, postLead, signInOverHttp } from './support/api-session';
import { openPage, screenshot } from './support/browser';
import { joinAsMember } from './support/members';
import { startRuntimeProcess } from './support/runtime-process';
import { openSignedIn } from './support/sign-in-page';

type Members = { members: Array<{ id: string; email: string }> };

const blindPoolTemplate: unknown = JSON.parse(
  readFileSync(new URL('../templates/blind-pool.flow.json', import.meta.url), 'utf8'),
);

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

  it('a rep pulls the next lead of a blind pool as themselves; a second claim is refused', async () => {
    const runtime = await startRuntimeProcess({ demo: true });
    if (!runtime.owner) throw new Error('The demo owner was not printed.');
    const ownerCookie = await signInOverHttp(runtime, runtime.owner);
    const owner = <T>(path: string, input?: unknown, mutation = false) =>
      callTrpc<T>(runtime, ownerCookie, { path, input, mutation });
    // The blind-pool template on the demo's small-business team, published, with a JSON form.
    const teams = await owner<Array<{ id: string; name: string }>>('team.list');
    const smb = teams.find((team) => team.name === 'Small-business reps');
    const { id: flowId } = await owner<{ id: string }>(
      'template.import',
      { document: blindPoolTemplate, teamMap: { sdr: smb?.id } },
      true,
    );
    await owner('flow.publish', { id: flowId, note: 'SDR queue' }, true);
    const form = await owner<{ id: string; credentials: { apiKey: string } }>(
      'source.create',
      { name: 'SDR sign-ups', type: 'json', flowId },
      true,
    );
    const source = {
      name: 'SDR sign-ups',
      type: 'json',
      id: form.id,
      url: `${runtime.url}/v1/sources/${form.id}/leads`,
      apiKey: form.credentials.apiKey,
    };
    // Business e-mail, not a hand-raiser: both wait in "Claim within a day", oldest first.
    const first = await postLead(source, { email: 'fay@firstco.example', company: 'First' });
    const second = await postLead(source, { email: 'gus@secondco.example', company: 'Second' });
    expect([first.status, second.status]).toEqual(['pooled', 'pooled']);

    // Ava, a small-business rep, signs in with her own account linked to her rep.
    const ava = {
      name: 'Ava Johnson',
      email: 'ava@northwind.example',
      password: 'ava has a long password',
      role: 'rep',
    };
    const avaCookie = await joinAsMember(runtime, ownerCookie, ava);
    const { members } = await owner<Members>('member.list');
    const avaMember = members.find((member) => member.email === ava.email);
    await owner('member.update', { id: avaMember?.id, repId: 'rep_smb_1' }, true);

    const page = await openPage();
    await openSignedIn(page, runtime, { path: '/pools', ...ava });
    expect(await page.getByTestId('who').textContent()).toBe('ava@northwind.example · rep');
    expect(await page.getByLabel('Claim for', { exact: true }).count()).toBe(0);
    const pools = page.getByRole('region', { name: 'Pools of Blind pool with a claim deadline' });
    const queue = pools.getByRole('article', { name: 'Claim within a day' });
    await queue.getByText('2 waiting').waitFor();
    await screenshot(page, 'pools-rep');
    const pull = queue.getByRole('button', { name: 'Get next lead from Claim within a day' });
    await pull.click();
    await page.getByText('Claimed: the lead is in your inbox.').waitFor();
    await queue.getByText('1 waiting').waitFor();
    const mine = await callTrpc<{ items: Array<{ id: string; ownerRepId: string }> }>(
      runtime,
      avaCookie,
      { path: 'lead.list', input: { status: 'assigned' } },
    );
    expect(mine.items.map((lead) => lead.id)).toEqual([first.leadId]);

    // A manager claims the same lead for Noah: refused with a code, Ava keeps it.
    const again = await fetch(`${runtime.url}/trpc/pool.claim`, {
      method: 'POST',
      headers: { cookie: ownerCookie, origin: runtime.url, 'content-type': 'application/json' },
      body: JSON.stringify({ leadId: first.leadId, repId: 'rep_smb_2' }),
    });
    expect(again.status).toBe(409);
    const refused = (await again.json()) as { error: { data: { appCode: string } } };
    expect(refused.error.data.appCode).toBe('already_claimed');

    // Noah takes the last lead while Ava's page still shows it waiting: her pull loses gently.
    await owner('pool.claim', { leadId: second.leadId, repId: 'rep_smb_2' }, true);
    await pull.click();
    await page.getByText('Someone else was quicker: the pool is empty now.').waitFor();
    await queue.getByText('0 waiting').waitFor();
    await screenshot(page, 'pools-rep-lost-race');
    expect(await pull.isDisabled()).toBe(true);
  });
});
