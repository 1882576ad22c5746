import { describe, expect, it } from 'vitest';
import { openPage, screenshot } from './support/browser';
import { startRuntimeProcess } from './support/runtime-process';
import { openSignedIn } from './support/sign-in-page';

describe('teams, reps and sources in the browser', () => {
  it('marks a rep away, creates and tries a source, then posts a lead with its key', async () => {
    const runtime = await startRuntimeProcess({ demo: true });
    if (!runtime.owner) throw new Error('The demo owner was not printed.');
    const page = await openPage();
    await openSignedIn(page, runtime, { path: '/team', ...runtime.owner });

    // Ava works without set hours and has taken nothing today: the distributor sees her.
    const ava = page.getByTestId('rep-rep_smb_1');
    const avaState = ava.getByTestId('rep-state');
    await avaState.getByText('Eligible now').waitFor();
    await ava.getByRole('button', { name: 'Edit Ava Johnson' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit Ava Johnson' });
    await editor.getByRole('button', { name: 'Add absence' }).click();
    await editor.getByRole('button', { name: 'Save rep' }).click();
    await editor.waitFor({ state: 'detached' });
    await avaState.getByText(/^Away \(out of office until \d{1,2} \w{3}\)$/).waitFor();
    // Switched off, Noah is unavailable whatever his hours and caps say.
    const noah = page.getByTestId('rep-rep_smb_2');
    await noah.getByRole('switch', { name: 'Noah Smith takes new leads' }).click({ force: true });
    await noah.getByTestId('rep-state').getByText('Unavailable', { exact: true }).waitFor();
    await screenshot(page, 'teams-and-reps');

    await page.getByRole('link', { name: 'Sources' }).click();
    await page.getByRole('table', { name: 'Sources' }).waitFor();
    await page.getByRole('button', { name: 'New source' }).click();
    const create = page.getByRole('dialog', { name: 'New source' });
    await create.getByLabel('Name').fill('Partner API');
    await create.getByLabel('Flow').first().click();
    await page.getByRole('option').first().click();
    await create.getByRole('button', { name: 'Create source' }).click();

    const shown = page.getByRole('dialog', { name: 'Connect Partner API' });
    await shown.getByText('it will not be shown again').waitFor();
    const url = (await shown.getByLabel('Webhook URL').textContent()) ?? '';
    const apiKey = (await shown.getByLabel('API key').textContent()) ?? '';
    expect(url).toMatch(new RegExp(`^${runtime.url}/v1/sources/[^/]+/leads$`));
    expect(apiKey).toMatch(/^sk_/);
    await shown.getByRole('button', { name: 'I have stored it' }).click();
    await shown.waitFor({ state: 'detached' });
    expect(await page.getByText(apiKey).count()).toBe(0);
    expect(await page.getByTestId('webhook-url').textContent()).toBe(url);

    // The server refuses a path into a reserved name, in its own words; then a good row.
    await page.getByRole('button', { name: 'Add field' }).click();
    await page.getByLabel('Provider field of row 1').fill('constructor');
    await page.getByLabel('Lead field of row 1').first().click();
    await page.getByRole('option', { name: 'Job title (title)' }).click();
    await page.getByRole('button', { name: 'Save mapping' }).click();
    await page.getByRole('alert').getByText('"constructor" reads a reserved name.').waitFor();
    await page.getByLabel('Provider field of row 1').fill('jobTitle|title');
    await page.getByRole('button', { name: 'Save mapping' }).click();
    await page.getByText('The mapping is saved.').waitFor();
    await page.getByText('"constructor" reads a reserved name.').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Send test payload' }).click();
    const terminal = page.getByTestId('preview-terminal');
    await terminal.waitFor();
    expect((await terminal.textContent())?.trim()).not.toBe('');
    await page.getByText(/^Decided by version 1 of the flow/).waitFor();
    await screenshot(page, 'sources');

    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({ email: 'kim@partner.example', company: 'Partner Co', employees: 40 }),
    });
    expect(response.status).toBeGreaterThanOrEqual(200);
    expect(response.status).toBeLessThan(300);
    const refused = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk_wrong' },
      body: JSON.stringify({ email: 'eve@partner.example' }),
    });
    expect(refused.status).toBe(401);
  });
});
