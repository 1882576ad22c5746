import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callTrpc, signInOverHttp } from './support/api-session';
import { openPage, screenshot } from './support/browser';
import { startRuntimeProcess } from './support/runtime-process';
import { signInAsOwner } from './support/sign-in-page';

/** How far each of `inner` reaches past the right edge of `outer`, in px (0: inside). */
async function overflowPast(outer: Locator, inner: Locator): Promise<number[]> {
  const box = await outer.boundingBox();
  if (!box) throw new Error('The inspector is not on screen.');
  const right = box.x + box.width;
  const boxes = await inner.evaluateAll((elements) =>
    elements.map((element) => element.getBoundingClientRect().right),
  );
  return boxes.map((edge) => Math.max(0, Math.round(edge - right)));
}

async function openQualifyConditions(page: Page) {
  await page.getByTestId('node-screen').click();
  await page.getByRole('tab', { name: 'Step', exact: true }).click();
  await page.getByRole('tab', { name: 'Conditions', exact: true }).first().click();
  return page.getByRole('tabpanel', { name: 'Step' });
}

describe('issue 20: condition rows fit the inspector', () => {
  for (const width of [1440, 1280]) {
    it(`shows every part of each condition inside the inspector at ${width} px, also while typing`, async () => {
      const runtime = await startRuntimeProcess({ demo: true });
      if (!runtime.owner) throw new Error('The demo owner was not printed.');
      const cookie = await signInOverHttp(runtime, runtime.owner);
      const [demo] = await callTrpc<Array<{ id: string }>>(runtime, cookie, {
        path: 'flow.list',
        input: {},
      });
      const page = await openPage({ width, height: 900 });
      await signInAsOwner(page, runtime);
      await page.goto(`${runtime.url}/flows/${demo?.id}`);
      await page.getByTestId('node-start').waitFor();
      const inspector = await openQualifyConditions(page);
      const rows = inspector.locator('.condition-builder .rule');
      await rows.first().waitFor();
      expect(await rows.count()).toBeGreaterThan(1);

      // Mantine's inputs, as on every other form of the studio.
      const values = inspector.locator('.condition-builder .rule-value');
      const selectors = inspector.locator('.rule-fields, .rule-operators');
      expect(
        await selectors.evaluateAll((elements) =>
          elements.map((e) => e.matches('.mantine-Select-root, :has(.mantine-Select-root)')),
        ),
      ).toEqual(Array(2 * (await rows.count())).fill(true));
      const parts = inspector.locator(
        '.condition-builder .rule-fields, .condition-builder .rule-operators, .condition-builder .rule-value, .condition-builder .rule-remove',
      );
      expect(await overflowPast(inspector, parts)).toEqual(Array(await parts.count()).fill(0));
      // Every value field is wide enough to read what it holds.
      for (const edge of await values.evaluateAll((elements) =>
        elements.map((element) => element.getBoundingClientRect().width),
      ))
        expect(edge).toBeGreaterThanOrEqual(100);

      // Typing a long value does not scroll the panel sideways.
      const text = inspector.locator('.condition-builder .rule-value input:not([type=hidden])');
      // The demo's competitor domains are a text value: type into it.
      expect(await text.count()).toBeGreaterThan(0);
      await text.last().click();
      await page.keyboard.type(' and a much longer value than the field can show at once');
      const scrolled = await inspector.evaluate((element) => {
        let widest = 0;
        for (let at: Element | null = element; at; at = at.parentElement)
          widest = Math.max(widest, at.scrollLeft);
        return widest;
      });
      expect(scrolled).toBe(0);
      await screenshot(page, `condition-rows-${width}`);
    });
  }
});
