import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callTrpc, postLead, signInOverHttp } from './support/api-session';
import { openPage } from './support/browser';
import { connect } from './support/canvas';
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

type Draft = Flow['draft'] & { edges: Array<{ id: string; source: string; target: string }> };

/** The demo flow open in the editor, and its draft as the server holds it once saved. */
async function demoEditor() {
  const runtime = await startRuntimeProcess({ demo: true });
  if (!runtime.owner) throw new Error('The demo owner was not printed.');
  const cookie = await signInOverHttp(runtime, runtime.owner);
  const [demo] = await callTrpc<Flow[]>(runtime, cookie, { path: 'flow.list', input: {} });
  if (!demo) throw new Error('No demo flow.');
  const page = await openPage();
  await signInAsOwner(page, runtime);
  await page.goto(`${runtime.url}/flows/${demo.id}`);
  await page.getByTestId('node-start').waitFor();
  const read = () =>
    callTrpc<Flow & { draft: Draft }>(runtime, cookie, {
      path: 'flow.byId',
      input: { id: demo.id },
    });
  /** The draft once the editor has saved whatever it holds now. */
  const saved = async () => {
    await page
      .getByTestId('save-state')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    return (await read()).draft;
  };
  /** Publishes a flow once the editor has saved it. */
  const publish = async (id: string, note: string) => {
    await page
      .getByTestId('save-state')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    await callTrpc(runtime, cookie, { path: 'flow.publish', input: { id, note }, mutation: true });
  };
  return { runtime, cookie, page, demo, read, saved, publish };
}

describe('issue 20: undo and redo restore the whole flow', () => {
  it('after delete, paste, connect, tidy-up and an inspector edit', async () => {
    const { page, saved } = await demoEditor();
    const node = (id: string) => page.getByTestId(`node-${id}`);
    const undoAndRedo = async (what: string, act: () => Promise<void>) => {
      const before = await saved();
      await act();
      await expect.poll(saved, { timeout: 10_000 }).not.toEqual(before);
      const after = await saved();
      await page.keyboard.press('Control+z');
      await expect.poll(saved, { timeout: 10_000, message: `undo ${what}` }).toEqual(before);
      await page.keyboard.press('Control+Shift+z');
      await expect.poll(saved, { timeout: 10_000, message: `redo ${what}` }).toEqual(after);
      await page.keyboard.press('Control+z');
      await expect.poll(saved, { timeout: 10_000 }).toEqual(before);
    };

    await undoAndRedo('delete', async () => {
      await node('drop').click();
      await page.keyboard.press('Delete');
    });
    // The deleted step came back with its incoming connection: no new problem.
    expect((await saved()).edges.some((e) => e.target === 'drop')).toBe(true);

    await undoAndRedo('paste', async () => {
      await node('drop').click();
      await page.keyboard.press('Control+c');
      await page.keyboard.press('Control+v');
    });

    await undoAndRedo('tidy-up', async () => {
      await page.getByRole('button', { name: 'Tidy up' }).click();
    });

    await undoAndRedo('an inspector edit', async () => {
      await node('drop').click();
      await page.getByRole('tab', { name: 'Step', exact: true }).click();
      await page.getByRole('textbox', { name: 'Step name' }).fill('Screened out');
      await node('drop').click();
    });

    // Connecting: take the "fail" connection away, then draw it again; undo takes the new one.
    await node('drop').click();
    const incoming = (await saved()).edges.find((e) => e.target === 'drop');
    await page
      .getByTestId(`rf__edge-${incoming?.id}`)
      .locator('path')
      .first()
      .click({ force: true });
    await page.keyboard.press('Delete');
    await expect
      .poll(async () => (await saved()).edges.some((e) => e.target === 'drop'))
      .toBe(false);
    await undoAndRedo('connect', async () => {
      await connect(
        page,
        node(incoming?.source ?? '').locator('.react-flow__handle.source[data-handleid="fail"]'),
        node('drop').locator('.react-flow__handle.target'),
      );
    });
  }, 240_000);
});

describe('issue 20: quick edits are kept', () => {
  it('saves a rename made just before leaving for Leads, and asks before closing with unsaved edits', async () => {
    const { page, read } = await demoEditor();
    await page.getByTestId('node-drop').click();
    await page.getByRole('tab', { name: 'Step', exact: true }).click();
    await page.getByRole('textbox', { name: 'Step name' }).fill('Not for us');
    await page.getByRole('link', { name: 'Leads', exact: true }).click();
    await page.waitForURL(/\/leads$/);
    await expect
      .poll(async () => (await read()).draft.nodes.find((n) => n.id === 'drop'), {
        timeout: 10_000,
      })
      .toMatchObject({ label: 'Not for us' });

    await page.goBack();
    await page.getByTestId('node-drop').click();
    await page.getByRole('tab', { name: 'Step', exact: true }).click();
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      }),
    );
    await page.getByRole('textbox', { name: 'Step name' }).fill('Not for us, again');
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
  }, 120_000);
});

describe('issue 20: after a rollback the editor says the draft differs from live', () => {
  it('shows "Draft differs from live" with a link to the comparison', async () => {
    const { runtime, cookie, page, demo, publish } = await demoEditor();
    type Version = { id: string; version: number; live: boolean };
    let versions = await callTrpc<Version[]>(runtime, cookie, {
      path: 'flow.versions',
      input: { id: demo.id },
    });
    await page
      .getByTestId('live-difference')
      .filter({ hasText: /^Same as live/ })
      .waitFor();
    if (versions.length < 2) {
      await callTrpc(runtime, cookie, {
        path: 'flow.publish',
        input: { id: demo.id, note: 'again' },
        mutation: true,
      });
      versions = await callTrpc<Version[]>(runtime, cookie, {
        path: 'flow.versions',
        input: { id: demo.id },
      });
    }
    // Change the draft, publish it, then roll back to the version before.
    await page.getByTestId('node-drop').click();
    await page.getByRole('tab', { name: 'Step', exact: true }).click();
    await page.getByRole('textbox', { name: 'Step name' }).fill('Rolled back away');
    await publish(demo.id, 'renamed');
    const previous = versions.find((v) => v.live) ?? versions[0];
    await callTrpc(runtime, cookie, {
      path: 'flow.rollback',
      input: { id: demo.id, versionId: previous?.id },
      mutation: true,
    });
    await page.reload();
    const badge = page.getByTestId('live-difference');
    await badge.filter({ hasText: /^Draft differs from live \(v\d+\)$/ }).waitFor();
    await badge.click();
    await page.waitForURL(/\/versions\?tab=compare&from=[^&]+&to=draft/);
    await page
      .getByText(/Rolled back away/)
      .first()
      .waitFor();
  }, 120_000);
});

describe('issue 20: a new flow is tried on real history', () => {
  it('counts the organisation’s leads on a new flow’s edges and backtests it on them', async () => {
    const { runtime, cookie, page } = await demoEditor();
    // History the demo flow routed: leads from a real source, as a form sends them.
    const [source] = runtime.sources;
    if (!source) throw new Error('The demo printed no source.');
    for (const [index, company] of ['Northwind', 'Globex', 'Initech', 'Umbrella'].entries())
      await postLead(source, {
        email: `buyer${index}@${company.toLowerCase()}.example`,
        company,
        employees: 50 * (index + 1),
      });
    const teams = await callTrpc<Team[]>(runtime, cookie, { path: 'team.list' });
    const document = templates.find((t) => t.file === 'round-robin.flow.json')?.document;
    const teamMap = Object.fromEntries(
      (document?.teams ?? []).map((team) => [team.key, teams[0]?.id]),
    );
    const fresh = await callTrpc<{ id: string }>(runtime, cookie, {
      path: 'template.import',
      input: { document, teamMap, name: 'A brand new flow' },
      mutation: true,
    });
    await page.goto(`${runtime.url}/flows/${fresh.id}`);
    const note = page.locator('.impact-bar [role="status"]');
    await note.filter({ hasText: /\d[\d,]* leads?$/ }).waitFor();
    expect(await note.textContent()).not.toMatch(/No leads/);
    // Edges carry counts of those leads.
    await page.locator('.react-flow__edge-text').first().waitFor();

    await page.getByRole('tab', { name: 'Backtest' }).click();
    await page.getByText('90 days').click();
    await page.getByRole('button', { name: 'Run backtest' }).click();
    const headline = page.getByTestId('backtest-headline');
    await headline.waitFor({ timeout: 60_000 });
    expect(await headline.textContent()).not.toMatch(/No leads/);
    expect(await headline.textContent()).toMatch(/\d/);
  }, 180_000);
});

describe('issue 20: a source’s flow can be changed from the source and from the capture step', () => {
  it('warns on a capture step naming another flow’s source, moves it with the consequence said, and moves it back', async () => {
    const { runtime, cookie, page, demo, publish } = await demoEditor();
    type Source = { id: string; name: string; flowId: string; flowName: string };
    const sourcesNow = () => callTrpc<Source[]>(runtime, cookie, { path: 'source.list' });
    const [source] = await sourcesNow();
    if (!source) throw new Error('The demo has no source.');
    const teams = await callTrpc<Team[]>(runtime, cookie, { path: 'team.list' });
    const document = templates.find((t) => t.file === 'round-robin.flow.json')?.document;
    const fresh = await callTrpc<{ id: string }>(runtime, cookie, {
      path: 'template.import',
      input: {
        document,
        name: 'Second flow',
        teamMap: Object.fromEntries((document?.teams ?? []).map((t) => [t.key, teams[0]?.id])),
      },
      mutation: true,
    });

    // From the capture step: the source is named with the flow it feeds.
    await page.goto(`${runtime.url}/flows/${fresh.id}`);
    await page.getByTestId('node-start').click();
    await page.getByRole('tab', { name: 'Step', exact: true }).click();
    await page.getByRole('combobox', { name: 'Sources' }).click();
    await page.getByRole('option', { name: `${source.name} (feeds ${demo.name})` }).click();
    await page.keyboard.press('Escape');
    const warning = page.getByTestId('source-elsewhere');
    await warning.getByText(`sends its leads to “${demo.name}”`, { exact: false }).waitFor();
    await warning.getByRole('button', { name: 'Send its leads to this flow…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('“Second flow” is not live yet').waitFor();
    expect(await dialog.getByRole('button', { name: `Move ${source.name}` }).isDisabled()).toBe(
      true,
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await publish(fresh.id, 'live');
    await page.reload();
    await page.getByTestId('node-start').click();
    await page.getByRole('tab', { name: 'Step', exact: true }).click();
    await page.getByRole('button', { name: 'Send its leads to this flow…' }).click();
    await dialog.getByText(`instead of “${demo.name}”`, { exact: false }).waitFor();
    await dialog.getByRole('button', { name: `Move ${source.name}` }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(async () => (await sourcesNow()).find((s) => s.id === source.id)?.flowId)
      .toBe(fresh.id);
    await page.getByTestId('source-elsewhere').waitFor({ state: 'detached' });

    // From the source's page: back to the demo flow.
    await page.goto(`${runtime.url}/sources`);
    await page.getByRole('button', { name: source.name, exact: true }).click();
    await page.getByRole('combobox', { name: 'Feeds the flow' }).click();
    await page.getByRole('option', { name: demo.name, exact: true }).click();
    await dialog.getByText(`instead of “Second flow”`, { exact: false }).waitFor();
    await dialog.getByRole('button', { name: `Move ${source.name}` }).click();
    await expect
      .poll(async () => (await sourcesNow()).find((s) => s.id === source.id)?.flowId)
      .toBe(demo.id);
    const row = page.getByRole('table', { name: 'Sources' }).getByRole('row').filter({
      hasText: source.name,
    });
    await row.getByText(demo.name).waitFor();
  }, 180_000);
});

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
