import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium: Playwright cannot download its own browser builds here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium as specs and benchmarks run it: no sandbox (root in CI), no GPU, no background calls. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
