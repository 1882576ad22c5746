import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callTrpc, postLead, signInOverHttp } from './support/api-session';
import { openPage, screenshot } from './support/browser';
import { connect } from './support/canvas';
import { startRuntimeProcess } from './support/runtime-process';
import { signInAsOwner } from './support/sign-in-page';

type Flow = {
  id: string;
  draft: {
    nodes: Array<{ id: string; kind: string; position: { x: number; y: number } }>;
    edges: Array<{ source: string; sourceHandle?: string; target: string }>;
  };
};

/** The demo flow open in the editor at `width` px, and its draft as the server holds it. */
async function demoAt(width: number) {
  const runtime = await startRuntimeProcess({ demo: true });
  if (!runtime.owner) throw new Error('The demo owner was not printed.');
  const cookie = await signInOverHttp(runtime, runtime.owner);
  const [demo] = await callTrpc<Flow[]>(runtime, cookie, { path: 'flow.list', input: {} });
  if (!demo) throw new Error('No demo flow.');
  // Some history, so connections carry lead counts.
  for (const source of runtime.sources.slice(0, 1))
    for (const [index, company] of ['Northwind', 'Globex', 'Initech'].entries())
      await postLead(source, { email: `buyer${index}@${company.toLowerCase()}.example`, company });
  const page = await openPage({ width, height: 900 });
  await signInAsOwner(page, runtime);
  await page.goto(`${runtime.url}/flows/${demo.id}`);
  await page.getByTestId('node-start').waitFor();
  const saved = async () => {
    await page
      .getByTestId('save-state')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    return (await callTrpc<Flow>(runtime, cookie, { path: 'flow.byId', input: { id: demo.id } }))
      .draft;
  };
  return { page, saved };
}

/** The canvas's zoom, read from React Flow's viewport transform. */
async function zoomOf(page: Page): Promise<number> {
  return page
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
}

const canvasWidth = (page: Page) =>
  page.locator('.react-flow').evaluate((el) => el.getBoundingClientRect().width);

describe('issue 20: a readable canvas', () => {
  for (const width of [1440, 1280]) {
    it(`opens the demo flow at a readable zoom on capture, with room to widen, at ${width} px`, async () => {
      const { page } = await demoAt(width);
      await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(0.7);
      const canvas = await page.locator('.react-flow').boundingBox();
      const capture = await page.getByTestId('node-start').boundingBox();
      if (!canvas || !capture) throw new Error('The canvas is not on screen.');
      expect(capture.x).toBeGreaterThanOrEqual(canvas.x);
      expect(capture.x + capture.width).toBeLessThanOrEqual(canvas.x + canvas.width);
      expect(capture.y).toBeGreaterThanOrEqual(canvas.y);
      expect(capture.y + capture.height).toBeLessThanOrEqual(canvas.y + canvas.height);
      // Lead counts on connections are at least 10 px tall on screen.
      const label = page.locator('.react-flow__edge-text').first();
      await label.waitFor();
      const labelSize = await label.evaluate((el) =>
        Number.parseFloat(getComputedStyle(el).fontSize),
      );
      expect(labelSize * (await zoomOf(page))).toBeGreaterThanOrEqual(10);
      await screenshot(page, `editor-opening-${width}`);

      const narrow = await canvasWidth(page);
      await page.getByRole('button', { name: 'Hide the steps palette' }).click();
      await page.getByRole('button', { name: 'Hide the side panel' }).click();
      expect(await canvasWidth(page)).toBeGreaterThan(narrow + 450);
      await page.getByRole('button', { name: 'Show the side panel' }).click();
      await page.getByRole('button', { name: 'Show the steps palette' }).click();
      await expect.poll(() => canvasWidth(page)).toBeCloseTo(narrow, 0);
    }, 120_000);
  }
});

describe('issue 20: the canvas by keyboard, and refusals that say why', () => {
  it('says why a connection into capture or into the step itself is refused', async () => {
    const { page } = await demoAt(1440);
    await page.getByRole('button', { name: 'Hide the steps palette' }).click();
    await page.getByRole('button', { name: 'Hide the side panel' }).click();
    await page.locator('.react-flow').hover();
    await page.keyboard.press('Shift+F');
    await page.waitForTimeout(500);
    const output = page.getByTestId('node-screen').locator('.react-flow__handle.source').first();
    await connect(page, output, page.getByTestId('node-start'));
    const refused = page.getByTestId('connection-refused');
    await refused.getByText(/Nothing can lead into the capture step/).waitFor();
    await connect(page, output, page.getByTestId('node-screen'));
    await refused.getByText('A step cannot lead back to itself.').waitFor();
  }, 120_000);

  it('opens a step with Enter after a reload, shows a focus ring, moves it with arrows and connects it from the keyboard', async () => {
    const { page, saved } = await demoAt(1440);
    await page.reload();
    await page.getByTestId('node-start').waitFor();
    const before = await saved();
    const step = page.locator('.react-flow__node[data-id="drop"]');
    await step.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Step', exact: true, selected: true }).waitFor();
    await page.getByRole('textbox', { name: 'Step name' }).waitFor();
    const ring = await step
      .locator('.flow-node')
      .evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(ring).toBe('solid');

    await step.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => (await saved()).nodes.find((n) => n.id === 'drop')?.position.x)
      .toBeGreaterThan(before.nodes.find((n) => n.id === 'drop')?.position.x ?? 0);

    // A click on another step after the reload opens its settings too.
    await page.getByRole('tab', { name: /Problems/ }).click();
    await page.getByTestId('node-screen').click();
    await page.getByRole('tab', { name: 'Step', exact: true, selected: true }).waitFor();
    // Connect its "fail" output from the keyboard: the inspector's next-step picker.
    const next = page.getByRole('group', { name: 'Where leads go next' }).getByRole('combobox');
    const fail = next.last();
    await fail.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => {
        const edge = (await saved()).edges.find(
          (e) => e.source === 'screen' && e.sourceHandle === 'fail',
        );
        return edge?.target;
      })
      .not.toBe(
        before.edges.find((e) => e.source === 'screen' && e.sourceHandle === 'fail')?.target,
      );
  }, 120_000);
});
