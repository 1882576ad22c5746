import { describe, expect, it } from 'vitest';
import { callTrpc, postLead, signInOverHttp } from './support/api-session';
import { openPage, screenshot } from './support/browser';
import { startRuntimeProcess } from './support/runtime-process';
import { signInAsOwner } from './support/sign-in-page';

type Flow = { id: string; draft: { nodes: Array<{ id: string; label?: string }> } };

describe('issue 20: the small things that read as unfinished', () => {
  it('sends a signed-out visitor at the bare address to sign in', async () => {
    const runtime = await startRuntimeProcess({ demo: true });
    const page = await openPage();
    await page.goto(`${runtime.url}/`);
    await page.waitForURL(/\/sign-in/);
    expect(await page.locator('#sign-in').count()).toBe(1);
  });

  it('pastes a copy below the original with its own name and counts every problem', async () => {
    const runtime = await startRuntimeProcess({ demo: true });
    if (!runtime.owner) throw new Error('The demo owner was not printed.');
    const cookie = await signInOverHttp(runtime, runtime.owner);
    const [demo] = await callTrpc<Flow[]>(runtime, cookie, { path: 'flow.list', input: {} });
    if (!demo) throw new Error('No demo flow.');
    const page = await openPage({ width: 1280, height: 900 });
    await signInAsOwner(page, runtime);
    await page.goto(`${runtime.url}/flows/${demo.id}`);
    const drop = page.getByTestId('node-drop');
    await drop.waitFor();

    await drop.click();
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    const copy = page.locator('.react-flow__node.selected');
    await copy.waitFor();
    expect(await copy.textContent()).toContain('Not a fit (copy)');
    const original = await drop.boundingBox();
    const pasted = await copy.boundingBox();
    if (!original || !pasted) throw new Error('The steps are not on screen.');
    // Below the original, not on top of it.
    expect(pasted.y).toBeGreaterThanOrEqual(original.y + original.height);

    // Ten more unconnected copies: the Problems badge shows the whole count, not "1.".
    for (let i = 0; i < 10; i++) await page.keyboard.press('Control+v');
    const badge = page.getByRole('tab', { name: /Problems/ }).locator('.mantine-Badge-root');
    await expect.poll(async () => Number(await badge.textContent())).toBeGreaterThanOrEqual(10);
    const label = badge.locator('.mantine-Badge-label');
    expect(await label.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);

    await screenshot(page, 'editor-details');
  });

  it('fits the counts bar at 1280 px: the basis readable, the biggest change whole', async () => {
    const runtime = await startRuntimeProcess({ demo: true });
    const source = runtime.sources[0];
    if (!runtime.owner || !source) throw new Error('The demo owner or source was not printed.');
    const cookie = await signInOverHttp(runtime, runtime.owner);
    const [demo] = await callTrpc<Flow[]>(runtime, cookie, { path: 'flow.list', input: {} });
    if (!demo) throw new Error('No demo flow.');
    for (let i = 0; i < 12; i++)
      await postLead(source, {
        email: `buyer${i}@company${i}.example`,
        company: `Company ${i}`,
        employees: [5, 50, 1500][i % 3],
        country: ['US', 'DE', 'FR'][i % 3],
      });
    const page = await openPage({ width: 1280, height: 900 });
    await signInAsOwner(page, runtime);
    await page.goto(`${runtime.url}/flows/${demo.id}`);
    await page.getByTestId('node-screen').click();
    await page.getByRole('tab', { name: 'Advanced (JSON Logic)' }).first().click();
    await page
      .getByRole('textbox', { name: /as JSON Logic/ })
      .fill('{">=": [{"var": "employees"}, 100]}');
    const changes = page.getByTestId('impact-changes');
    await changes.locator('.mantine-Badge-root').first().waitFor();
    const header = await page.locator('.canvas-header').boundingBox();
    const basis = await page
      .locator('input[aria-label="Count which leads"]:not([type=hidden])')
      .boundingBox();
    const chips = await changes.boundingBox();
    if (!header || !basis || !chips) throw new Error('The counts bar is not on screen.');
    // Wide enough to read "Last 30 days’ leads" (it was squeezed to "Last").
    expect(basis.width).toBeGreaterThanOrEqual(140);
    expect(chips.x + chips.width).toBeLessThanOrEqual(header.x + header.width);
    const label = changes.locator('.mantine-Badge-label').first();
    expect(await label.textContent()).toMatch(/^[+−]\d+ to /);
    expect(await label.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    await screenshot(page, 'counts-bar-1280');
  });
});
