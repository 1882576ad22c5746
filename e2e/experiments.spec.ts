import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/accessibility';
import { callTrpc, demoSession, postLead, publishScreenFromTwenty } from './support/api-session';
import { openPage, screenshot } from './support/browser';
import { startRuntimeProcess } from './support/runtime-process';
import { signInAsOwner } from './support/sign-in-page';

const lead = (i: number, employees: number) => ({
  email: `buyer${i}@company${i}.example`,
  company: `Company ${i}`,
  employees,
  country: 'US',
});

/** How many leads an arm's row counts. */
async function armLeads(page: Page, key: string): Promise<number> {
  const cells = page.getByTestId(`arm-${key}`).locator('td');
  return Number((await cells.nth(3).textContent())?.replace(/\D/g, ''));
}

describe('experiments and backtests in the browser', () => {
  it('starts a 50/50 experiment, counts its leads per arm, stops it and promotes arm B', async () => {
    const runtime = await startRuntimeProcess({ demo: true });
    const { cookie, demo, source } = await demoSession(runtime);
    await publishScreenFromTwenty(runtime, cookie, demo.id);

    const page = await openPage({ width: 1280, height: 900 });
    await signInAsOwner(page, runtime);
    await page.goto(`${runtime.url}/flows/${demo.id}/versions`);
    await page.getByRole('link', { name: 'Experiments' }).click();
    await page.waitForURL(/\/flows\/[^/]+\/experiments$/);
    await page.getByText('No experiments yet').waitFor();

    // Version 2 (live) against version 1, half the leads each.
    await page.getByRole('button', { name: 'Start experiment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start an experiment' });
    await dialog.getByLabel('Name').fill('Screening at 20 staff');
    await dialog.getByLabel('Version A’s share (%)', { exact: true }).fill('50');
    expect(await dialog.getByTestId('split').textContent()).toBe('A 50% · B 50%');
    expect(await dialog.getByLabel('Version A', { exact: true }).inputValue()).toMatch(
      /^Version 2 \(live\)/,
    );
    expect(await dialog.getByLabel('Version B', { exact: true }).inputValue()).toMatch(
      /^Version 1/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Start experiment' }).click();
    await page.getByTestId('experiment-status').filter({ hasText: 'running' }).waitFor();

    // A second one is refused in the server's words while the first runs.
    await page.getByRole('button', { name: 'Start experiment' }).first().click();
    await dialog.getByRole('button', { name: 'Start experiment' }).click();
    expect(await dialog.getByRole('alert').textContent()).toContain(
      'is already running the experiment "Screening at 20 staff"; stop it first.',
    );
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    for (let i = 0; i < 12; i++) await postLead(source, lead(i, 300));
    await page.reload();
    await page.getByTestId('arm-a').waitFor();
    const [a, b] = [await armLeads(page, 'a'), await armLeads(page, 'b')];
    expect(a + b).toBe(12);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(await page.getByTestId('arm-b').textContent()).toContain('Version 1');
    expect(await page.getByTestId('experiment-verdict').textContent()).toMatch(/\w/);
    await screenshot(page, 'experiments-running');

    await page.getByRole('button', { name: 'Stop Screening at 20 staff' }).click();
    await page.getByRole('button', { name: 'Stop the experiment' }).click();
    await page.getByTestId('experiment-status').filter({ hasText: 'stopped' }).waitFor();

    await page.getByRole('button', { name: 'Promote the winner of Screening at 20 staff' }).click();
    await page.getByRole('radio', { name: 'Arm B: version 1' }).check();
    await page.getByRole('button', { name: 'Make version 1 live' }).click();
    await page.getByTestId('experiment-status').filter({ hasText: 'promoted' }).waitFor();
    expect(await page.getByTestId('arm-b').textContent()).toContain('Promoted');
    await screenshot(page, 'experiments-promoted');

    // Version 1 routes again: the history's Live badge moved, and the API agrees.
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByTestId('version-1').waitFor();
    expect(await page.getByTestId('version-1').textContent()).toContain('Live');
    expect(await page.getByTestId('version-2').textContent()).not.toContain('Live');
    const versions = await callTrpc<Array<{ version: number; live: boolean }>>(runtime, cookie, {
      path: 'flow.versions',
      input: { id: demo.id },
    });
    expect(versions.find((v) => v.live)?.version).toBe(1);
  });

  it('backtests the editor’s draft on the last 30 days of leads', async () => {
    const runtime = await startRuntimeProcess({ demo: true });
    const { cookie, demo, source } = await demoSession(runtime);
    // Three small companies (15 staff) pass today's screening; three mid-sized ones (300).
    for (let i = 0; i < 3; i++) await postLead(source, lead(i, 15));
    for (let i = 3; i < 6; i++) await postLead(source, lead(i, 300));
    // The draft screens from 20 staff: the small ones would be turned away.
    const flow = await callTrpc<{
      draft: { nodes: Array<{ id: string; config: Record<string, unknown> }> };
      draftRevision: number;
    }>(runtime, cookie, { path: 'flow.byId', input: { id: demo.id } });
    const screen = flow.draft.nodes.find((node) => node.id === 'screen');
    if (!screen) throw new Error('The demo flow lost its screening step.');
    screen.config.rule = { '>=': [{ var: 'employees' }, 20] };
    await callTrpc(runtime, cookie, {
      path: 'flow.saveDraft',
      input: { id: demo.id, draft: flow.draft, baseRevision: flow.draftRevision },
      mutation: true,
    });

    const page = await openPage({ width: 1280, height: 900 });
    await signInAsOwner(page, runtime);
    await page.goto(`${runtime.url}/flows/${demo.id}`);
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('tab', { name: 'Backtest' }).click();
    await page.locator('label', { hasText: '30 days' }).click();
    await page.getByRole('button', { name: 'Run backtest' }).click();
    const headline = page.getByTestId('backtest-headline');
    await headline.waitFor();
    expect(await headline.textContent()).toBe(
      '6 leads replayed: 3 leads would change destination.',
    );
    const matrix = page.getByRole('table', { name: 'Live × draft' });
    const columns = await matrix.locator('thead th').allTextContents();
    expect(columns).toContain('Not a fit');
    const notAFit = columns.indexOf('Not a fit');
    const moved = await matrix
      .locator('tbody tr')
      .evaluateAll(
        (rows, column) =>
          rows.map((row) => Number(row.children[column]?.textContent?.replace(/\D/g, '') ?? 0)),
        notAFit,
      );
    expect(moved.reduce((sum, n) => sum + n, 0)).toBe(3);
    const changed = page.getByRole('region', { name: 'Leads that change' }).getByRole('listitem');
    expect(await changed.count()).toBe(3);
    expect(await changed.first().textContent()).toContain('→ Not a fit');

    // Its draft path lights up on the canvas.
    await changed
      .first()
      .getByRole('button', { name: /^Show the path of / })
      .click();
    const lit = (id: string) =>
      page
        .getByTestId(`node-${id}`)
        .evaluate((n) => (n.classList.contains('on-path') ? 'lit' : 'dim'));
    await expect.poll(() => lit('drop')).toBe('lit');
    expect(await lit('screen')).toBe('lit');
    expect(await lit('fit')).toBe('dim');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'backtest');

    // An uploaded CSV: a header without lead fields is refused in the server's words; a good
    // one is replayed, its extra column a warning.
    // SegmentedControl's radios are visually hidden: their labels take the click.
    await page.locator('label', { hasText: 'CSV file' }).click();
    const upload = (text: string) =>
      page.locator('input[type="file"]').setInputFiles({
        name: 'leads.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(text),
      });
    await upload('who,size\nana,15\n');
    await page.getByRole('button', { name: 'Run backtest' }).click();
    const refused = page.getByRole('alert').filter({ hasText: 'The backtest did not run' });
    await refused.waitFor();
    expect(await refused.textContent()).toContain('The first row must name lead fields');
    await upload(
      'email,employees,country,note\nana@acme.example,15,US,x\nbo@big.example,5000,US,y\n',
    );
    await page.getByRole('button', { name: 'Run backtest' }).click();
    await headline.filter({ hasText: '2 leads replayed' }).waitFor();
    expect(await headline.textContent()).toBe('2 leads replayed: 1 lead would change destination.');
    expect(await page.getByText('Column "note" is not a lead field').count()).toBe(1);

    // The toolbar leads on to the flow's experiments.
    await page.getByRole('link', { name: 'Experiments' }).click();
    await page.waitForURL(/\/flows\/[^/]+\/experiments$/);
    await page.getByText('No experiments yet').waitFor();
  });
});
