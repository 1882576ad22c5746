import type { Page } from 'playwright-core';
import type { StartedRuntime } from './runtime-process';

type Credentials = { email: string; password: string };

async function submitSignIn(page: Page, credentials: Credentials): Promise<void> {
  const form = page.locator('#sign-in');
  await form.getByLabel('E-mail').fill(credentials.email);
  await form.getByLabel('Password').fill(credentials.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

/** Opens a studio page as a signed-out visitor and signs in on the form it is sent to. */
export async function openSignedIn(
  page: Page,
  runtime: StartedRuntime,
  options: { path: string } & Credentials,
): Promise<void> {
  await page.goto(`${runtime.url}${options.path}`);
  await page.waitForURL(/\/sign-in/);
  await submitSignIn(page, options);
  await page.waitForURL((url) => url.pathname === options.path);
}

/** Signs the demo owner in through the sign-in page and waits for the studio. */
export async function signInAsOwner(page: Page, runtime: StartedRuntime): Promise<void> {
  if (!runtime.owner) throw new Error('The demo owner was not printed.');
  await page.goto(`${runtime.url}/flows`);
  await submitSignIn(page, runtime.owner);
  await page.getByTestId('who').waitFor();
}
