import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi } from './support/api-session';
import { openPage, screenshot } from './support/browser';
import { connect } from './support/canvas';
import { startRuntimeProcess } from './support/runtime-process';
import { signInAsOwner } from './support/sign-in-page';

/** Drags a kind from the palette and drops it at (x, y) inside the canvas. */
async function dropKind(page: Page, kind: string, x: number, y: number) {
  await page.getByTestId(`palette-${kind}`).dragTo(page.locator('.react-flow__pane'), {
    targetPosition: { x, y },
  });
}

const node = (page: Page, id: string) => page.getByTestId(`node-${id}`);
const output = (page: Page, id: string, handle?: string) =>
  node(page, id).locator(
    handle ? `.react-flow__handle.source[data-handleid="${handle}"]` : '.react-flow__handle.source',
  );
const input = (page: Page, id: string) => node(page, id).locator('.react-flow__handle.target');

describe('building a flow on the canvas', () => {
  it('a manager draws a flow by drag and drop, fixes what the canvas points at, publishes, and leads follow it', async () => {
    const runtime = await startRuntimeProcess({ demo: true });
    const page = await openPage({ width: 1600, height: 1000 });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signInAsOwner(page, runtime);

    await page.getByRole('button', { name: 'New flow' }).click();
    await page.getByLabel('Name').fill('Inbound from scratch');
    await page.getByRole('button', { name: 'Create flow' }).click();
    await node(page, 'start').waitFor();
    await screenshot(page, 'editor-empty');

    // The capture step goes to the top left; every other step comes from the palette.
    const pane = await page.locator('.react-flow__pane').boundingBox();
    if (!pane) throw new Error('No canvas.');
    const label = node(page, 'start').locator('.label');
    const box = await label.boundingBox();
    if (!box) throw new Error('No capture step.');
    await page.mouse.move(box.x + 10, box.y + 5);
    await page.mouse.down();
    await page.mouse.move(pane.x + 40, pane.y + 40, { steps: 10 });
    await page.mouse.up();

    await dropKind(page, 'qualify', 20, 260);
    await dropKind(page, 'disqualify', 20, 560);
    await dropKind(page, 'score', 300, 20);
    await dropKind(page, 'branch', 300, 300);
    await dropKind(page, 'pool', 600, 600);
    await dropKind(page, 'assign', 600, 20);
    await dropKind(page, 'assign', 600, 300);
    for (const id of [
      'qualify-1',
      'disqualify-1',
      'score-1',
      'branch-1',
      'pool-1',
      'assign-1',
      'assign-2',
    ]) {
      await node(page, id).waitFor();
    }

    await connect(page, output(page, 'start'), input(page, 'qualify-1'));
    await connect(page, output(page, 'qualify-1', 'pass'), input(page, 'score-1'));
    await connect(page, output(page, 'qualify-1', 'fail'), input(page, 'disqualify-1'));
    await connect(page, output(page, 'score-1'), input(page, 'branch-1'));
    await connect(page, output(page, 'branch-1', 'large'), input(page, 'assign-1'));
    await connect(page, output(page, 'branch-1', 'else'), input(page, 'assign-2'));
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(6);

    // A second connection from one output is refused, and the canvas says why.
    await connect(page, output(page, 'qualify-1', 'pass'), input(page, 'branch-1'));
    await page
      .getByTestId('connection-refused')
      .filter({ hasText: 'already leads to a step' })
      .waitFor();
    expect(await page.locator('.react-flow__edge').count()).toBe(6);

    // The assign steps have no team yet: the canvas marks them and the problem list says so.
    await page.getByRole('tab', { name: /Problems/ }).click();
    const teamProblem = page.getByTestId('problem').filter({ hasText: /team/i }).first();
    await teamProblem.waitFor();
    expect(await node(page, 'assign-1').getAttribute('class')).toContain('has-error');
    await screenshot(page, 'editor-problems');
    expect(await page.getByRole('button', { name: 'Publish' }).isDisabled()).toBe(true);

    // Clicking a problem selects its step; the inspector fixes it.
    for (const id of ['assign-1', 'assign-2']) {
      await page.getByRole('tab', { name: /Problems/ }).click();
      await page.getByTestId('problem').filter({ hasText: /team/i }).first().click();
      await expect
        .poll(() =>
          node(page, id).evaluate((n) =>
            n.closest('.react-flow__node')?.classList.contains('selected'),
          ),
        )
        .toBe(true);
      await page.getByRole('combobox', { name: 'Team' }).click();
      await page.getByRole('option').first().click();
    }
    await page.getByRole('tab', { name: /Problems/ }).click();
    await page.getByText('No problems').waitFor();
    await page
      .getByTestId('save-state')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    await screenshot(page, 'editor-valid');

    // Try a lead before publishing: its path lights up and each condition says what it saw.
    await page.getByRole('tab', { name: 'Try a lead' }).click();
    const tryForm = page.getByRole('form', { name: 'Lead to try' });
    await tryForm.getByLabel('E-mail').fill('cto@bigcorp.example');
    if (!(await tryForm.getByLabel('Employees').isVisible())) {
      await tryForm.getByRole('button', { name: /other fields/ }).click();
    }
    await tryForm.getByLabel('Employees').fill('5000');
    await tryForm.getByRole('button', { name: 'Try this lead' }).click();
    await page.getByTestId('simulation-outcome').waitFor();
    const lit = (id: string) =>
      node(page, id).evaluate((n) => (n.classList.contains('on-path') ? 'lit' : 'dim'));
    await expect.poll(() => lit('assign-1')).toBe('lit');
    expect(await lit('branch-1')).toBe('lit');
    expect(await lit('disqualify-1')).toBe('dim');
    expect(await lit('assign-2')).toBe('dim');
    expect(await page.locator('.react-flow__edge.on-path').count()).toBe(4);
    const trace = page.getByTestId('simulation-result').getByRole('list', { name: 'Trace' });
    expect(await trace.getByText('Held:').count()).toBeGreaterThan(0);
    await screenshot(page, 'editor-simulated');

    // No leads yet: the edges can count a template's sample leads instead.
    await page.getByRole('combobox', { name: 'Count which leads' }).click();
    await page.getByRole('option', { name: /^Samples: Inbound SaaS/ }).click();
    await expect.poll(() => page.locator('.react-flow__edge-text').count()).toBe(6);
    await page.getByRole('combobox', { name: 'Count which leads' }).click();
    await page.getByRole('option', { name: 'Last 30 days’ leads' }).click();
    await expect.poll(() => page.locator('.react-flow__edge-text').count()).toBe(0);

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByLabel('What changed').fill('First version, drawn in the studio');
    await page.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Version 1 is live').waitFor();

    // A lead sent to a form connected to this flow is routed by what was drawn.
    const flowId = new URL(page.url()).pathname.split('/').pop() as string;
    const source = await callApi<{ id: string; credentials: { apiKey: string } }>(
      page,
      runtime,
      'source.create',
      {
        name: 'Scratch form',
        type: 'json',
        flowId,
      },
    );
    const send = (lead: Record<string, unknown>) =>
      fetch(`${runtime.url}/v1/sources/${source.id}/leads`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${source.credentials.apiKey}`,
        },
        body: JSON.stringify(lead),
      }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as { terminal?: { id: string } },
      }));
    const big = await send({ email: 'cto@bigcorp.example', employees: 5000, title: 'CTO' });
    const small = await send({ email: 'owner@tiny.example', employees: 12 });
    const free = await send({ email: 'someone@gmail.com', employees: 5000 });
    expect([big.status, small.status, free.status]).toEqual([201, 201, 201]);
    expect(big.body.terminal?.id).toBe('assign-1');
    expect(small.body.terminal?.id).toBe('assign-2');
    expect(free.body.terminal?.id).toBe('disqualify-1');

    // The Leads page lists them routed, and a lead's page draws its path on the version.
    await page.goto(`${runtime.url}/leads`);
    const table = page.getByRole('table', { name: 'Leads' });
    await table.getByRole('link', { name: 'cto@bigcorp.example' }).click();
    await page.getByRole('list', { name: 'Trace' }).waitFor();
    await page.locator('.react-flow__node[data-id="assign-1"][data-status="lit"]').waitFor();
    expect(
      await page.locator('.react-flow__node[data-id="disqualify-1"]').getAttribute('data-status'),
    ).toBe('dim');
    await screenshot(page, 'lead-on-drawn-flow');

    // Opened again, the canvas counts those leads on each edge and at each end.
    await page.goto(`${runtime.url}/flows/${flowId}`);
    await page.getByTestId('impact-assign-1').filter({ hasText: '1 lead in 30 days' }).waitFor();
    expect(await page.getByTestId('impact-disqualify-1').textContent()).toBe('1 lead in 30 days');
    expect(await page.getByTestId('impact-changes').textContent()).toContain('no change');
    expect(await page.locator('.react-flow__edge-text').allTextContents()).toContain('3');
    await screenshot(page, 'editor-counts');
    // The same edges can show the paths those leads really took.
    await page.getByRole('combobox', { name: 'Count which leads' }).click();
    await page.getByRole('option', { name: 'Last 30 days, real paths' }).click();
    await expect.poll(() => page.getByTestId('impact-changes').count()).toBe(0);
    expect(await page.getByTestId('impact-assign-1').textContent()).toBe('1 lead in 30 days');
    expect(await page.locator('.react-flow__edge-text').allTextContents()).toContain('3');
    expect(errors).toEqual([]);
  });
});
