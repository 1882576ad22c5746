import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callTrpc, signInOverHttp } from './support/api-session';
import { openPage } from './support/browser';
import { startRuntimeProcess } from './support/runtime-process';
import { signInAsOwner } from './support/sign-in-page';

type Flow = {
  id: string;
  name: string;
  draft: { nodes: Array<{ id: string }> };
  draftRevision: number;
};
type Team = { id: string; name: string };

const templatesDir = new URL('../templates/', import.meta.url);
const templates = readdirSync(templatesDir)
  .filter((file) => file.endsWith('.flow.json'))
  .map((file) => ({
    file,
    document: JSON.parse(readFileSync(new URL(file, templatesDir), 'utf8')) as {
      teams?: Array<{ key: string }>;
    },
  }));

/** Opens each step, and on each condition both of its tabs, there and back. */
async function openEveryStep(page: Page, flow: Flow) {
  await page.goto(`${page.url().split('/flows')[0]}/flows/${flow.id}`);
  for (const step of flow.draft.nodes) {
    await page.getByTestId(`node-${step.id}`).click();
    await page.getByRole('tab', { name: 'Step', exact: true }).click();
    const conditionTabs = page.getByRole('tab', { name: 'Conditions', exact: true });
    const count = await conditionTabs.count();
    for (let index = 0; index < count; index++) {
      await conditionTabs.nth(index).click();
      await page.getByRole('tab', { name: 'Advanced (JSON Logic)' }).nth(index).click();
      await conditionTabs.nth(index).click();
    }
  }
  // Longer than the autosave's wait: anything the visit changed would be saved by now.
  await page.waitForTimeout(2_000);
  await page.getByTestId('save-state').waitFor();
}

describe('issue 20: nothing changes unless the manager changed it', () => {
  it('opens every step of every template and of the demo flow, and finds each draft unchanged', async () => {
    const runtime = await startRuntimeProcess({ demo: true });
    if (!runtime.owner) throw new Error('The demo owner was not printed.');
    const cookie = await signInOverHttp(runtime, runtime.owner);
    const teams = await callTrpc<Team[]>(runtime, cookie, { path: 'team.list' });
    const flowIds: string[] = (
      await callTrpc<Flow[]>(runtime, cookie, { path: 'flow.list', input: {} })
    ).map((flow) => flow.id);
    for (const { file, document } of templates) {
      const teamMap = Object.fromEntries(
        (document.teams ?? []).map((team, index) => [team.key, teams[index % teams.length]?.id]),
      );
      const imported = await callTrpc<{ id: string }>(runtime, cookie, {
        path: 'template.import',
        input: { document, teamMap, name: `Opened: ${file}` },
        mutation: true,
      });
      flowIds.push(imported.id);
    }
    expect(flowIds.length).toBe(templates.length + 1);

    const page = await openPage();
    await signInAsOwner(page, runtime);
    for (const id of flowIds) {
      const before = await callTrpc<Flow>(runtime, cookie, { path: 'flow.byId', input: { id } });
      await openEveryStep(page, before);
      const after = await callTrpc<Flow>(runtime, cookie, { path: 'flow.byId', input: { id } });
      expect(after.draft, before.name).toEqual(before.draft);
      expect(after.draftRevision, before.name).toBe(before.draftRevision);
    }
  }, 300_000);
});
