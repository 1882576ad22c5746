import type { Page } from 'playwright-core';
import type { StartedRuntime } from './runtime-process';

/** Opens a studio page as a signed-out visitor and signs in on the form it is sent to. */
export async function openSignedIn(
  page: Page,
  runtime: StartedRuntime,
  options: { path: string; email: string; password: string },
): Promise<void> {
  await page.goto(`${runtime.url}${options.path}`);
  await page.waitForURL(/\/sign-in/);
  const form = page.locator('#sign-in');
  await form.getByLabel('E-mail').fill(options.email);
  await form.getByLabel('Password').fill(options.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === options.path);
}
