import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { onTestFinished } from 'vitest';
import { launchChromium } from './chromium';

const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** A fresh Chromium page, closed with its browser when the test finishes. */
export async function openPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
  const browser = await launchChromium();
  onTestFinished(() => browser.close());
  const context = await browser.newContext({ viewport });
  return context.newPage();
}

/** Saves a screenshot under `e2e/artifacts/` (kept by CI as a test artifact). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: `${artifacts}${name}.png`, fullPage: true });
}
