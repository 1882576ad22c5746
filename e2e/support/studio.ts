import type { Page } from 'playwright-core';
import type { StartedRuntime } from './runtime-process';

/** Signs the demo owner in through the sign-in page and waits for the studio. */
export async function signInAsOwner(page: Page, runtime: StartedRuntime): Promise<void> {
  if (!runtime.owner) throw new Error('The demo owner was not printed.');
  await page.goto(`${runtime.url}/flows`);
  const form = page.locator('#sign-in');
  await form.getByLabel('E-mail').fill(runtime.owner.email);
  await form.getByLabel('Password').fill(runtime.owner.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('who').waitFor();
}

/** Calls a tRPC mutation as the signed-in page's user (its cookies, our origin). */
export async function callApi<T>(
  page: Page,
  runtime: StartedRuntime,
  path: string,
  input: unknown,
): Promise<T> {
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const response = await fetch(`${runtime.url}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: runtime.url, cookie },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { result?: { data: T }; error?: unknown };
  if (!body.result) throw new Error(`${path} failed: ${JSON.stringify(body.error)}`);
  return body.result.data;
}
