import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callTrpc, signInOverHttp } from './support/api-session';
import { openPage, screenshot } from './support/browser';
import { joinAsMember } from './support/members';
import { startRuntimeProcess } from './support/runtime-process';
import { openSignedIn } from './support/sign-in-page';

type Team = { id: string; name: string };
type Flow = { name: string; teamMap: Record<string, string>; draft: { nodes: unknown[] } };

// The skills-match template's team placeholders and the demo team each is mapped to.
const mapping = [
  ['Enterprise AEs', 'Enterprise AEs, Americas and APAC'],
  ['Mid-market AEs', 'Mid-market AEs'],
  ['Small-business reps', 'Small-business reps'],
] as const;

describe('templates in the browser', () => {
  it('a consultant imports a template onto real teams, lands in the editor, and exports it', async () => {
    const runtime = await startRuntimeProcess({ demo: true });
    if (!runtime.owner) throw new Error('The demo owner was not printed.');
    // A consultant with a password, joined by invitation over HTTP as a person would.
    const ownerCookie = await signInOverHttp(runtime, runtime.owner);
    const consultant = {
      name: 'Cora Consultant',
      email: 'cora@partners.example',
      password: 'cora has a long password',
      role: 'consultant',
    };
    await joinAsMember(runtime, ownerCookie, consultant);

    const page = await openPage();
    await openSignedIn(page, runtime, { path: '/templates', ...consultant });
    expect(await page.getByTestId('who').textContent()).toBe('cora@partners.example · consultant');
    const card = page.getByRole('article', {
      name: 'Skills match by language, industry and product',
    });
    await card.getByText('8 steps').waitFor();
    expect(await card.textContent()).toContain(
      'Teams to map: Enterprise AEs, Mid-market AEs, Small-business reps',
    );
    await screenshot(page, 'templates');

    await card.getByRole('button', { name: /^Use the template/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Flow name').fill('Skills routing for Northwind');
    for (const [placeholder, team] of mapping) {
      await dialog.getByLabel(placeholder).click();
      await page.getByRole('option', { name: team, exact: true }).click();
    }
    await screenshot(page, 'template-mapping');
    await dialog.getByRole('button', { name: 'Import and open' }).click();

    await page.waitForURL(/\/flows\/[^/]+$/);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(8);
    await page.getByTestId('node-start').waitFor();
    await screenshot(page, 'template-imported');
    const flowId = new URL(page.url()).pathname.split('/').at(-1);
    const cookie = await signInOverHttp(runtime, consultant);
    const flow = await callTrpc<Flow>(runtime, cookie, {
      path: 'flow.byId',
      input: { id: flowId },
    });
    const teams = await callTrpc<Team[]>(runtime, cookie, { path: 'team.list' });
    const idOf = (name: string) => teams.find((team) => team.name === name)?.id;
    expect(flow.name).toBe('Skills routing for Northwind');
    expect(flow.teamMap).toEqual({
      enterprise: idOf('Enterprise AEs, Americas and APAC'),
      mid_market: idOf('Mid-market AEs'),
      smb: idOf('Small-business reps'),
    });

    // Export from the flows list: a template file with the placeholders, not the team ids.
    await page.goto(`${runtime.url}/flows`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export Skills routing for Northwind' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Skills routing for Northwind.flow.json');
    const path = await file.path();
    const exported = JSON.parse(readFileSync(path, 'utf8'));
    expect(exported.teams.map((team: { key: string }) => team.key)).toEqual([
      'enterprise',
      'mid_market',
      'smb',
    ]);
    expect(JSON.stringify(exported)).not.toContain(idOf('Mid-market AEs'));

    // Import from a file: a broken one is refused in words, the exported one opens the dialog.
    await page.goto(`${runtime.url}/templates`);
    const upload = page.locator('input[type="file"]');
    await upload.setInputFiles({
      name: 'broken.flow.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ "format": '),
    });
    await page.getByText(/broken\.flow\.json: This file is not valid JSON/).waitFor();
    await upload.setInputFiles(path);
    await page.getByRole('dialog').getByLabel('Flow name').waitFor();
    expect(await page.getByRole('dialog').getByLabel('Flow name').inputValue()).toBe(
      'Skills routing for Northwind',
    );
  });
});
