import { describe, expect, it } from 'vitest';
import { postLead } from './support/api-session';
import { openPage, screenshot } from './support/browser';
import { startRuntimeProcess } from './support/runtime-process';
import { openSignedIn } from './support/sign-in-page';

const leads = [
  { email: 'ana@acme.example', employees: 1200, country: 'Germany', title: 'VP Sales' },
  { email: 'bo@tiny.example', employees: 4, country: 'France', title: 'Founder' },
  { email: 'cy@globex.example', employees: 300, country: 'United States', title: 'Head of Ops' },
];

describe('leads in the browser', () => {
  it('lists leads posted to a demo source and shows why one went where it went', async () => {
    const runtime = await startRuntimeProcess({ demo: true });
    const source = runtime.sources[0];
    if (!runtime.owner || !source) throw new Error('The demo owner or source was not printed.');
    for (const lead of leads) await postLead(source, lead);

    const page = await openPage();
    await openSignedIn(page, runtime, { path: '/leads', ...runtime.owner });

    const table = page.getByRole('table', { name: 'Leads' });
    await table.waitFor();
    for (const lead of leads) await table.getByRole('link', { name: lead.email }).waitFor();
    // Routed: every lead has left the flow with a status, none is still waiting for a decision.
    expect(await table.locator('tbody tr').count()).toBe(3);
    await screenshot(page, 'leads');

    await page.getByLabel('Search').fill('globex');
    await page.getByRole('link', { name: 'ana@acme.example' }).waitFor({ state: 'detached' });
    expect(await table.locator('tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();

    await table.getByRole('link', { name: 'ana@acme.example' }).click();
    await page.waitForURL(/\/leads\/[^/]+$/);
    const trace = page.getByRole('list', { name: 'Trace' });
    await trace.waitFor();
    const steps = await trace.locator(':scope > li').count();
    expect(steps).toBeGreaterThan(1);
    // In the flow's words (issue 20): outputs by their names, each condition of the qualify step
    // as its card reads, fields by their labels; no field keys, case ids or raw JSON.
    const traceText = (await trace.textContent()) ?? '';
    expect(traceText).toContain('ends here');
    expect(traceText).toContain('→ Passes');
    expect(traceText).toContain('Employees ≥ 10');
    expect(traceText).toContain('Employees = 1200');
    expect(traceText).not.toMatch(/isFreeEmail|left by|Rule|\{\}/);
    expect(await page.getByTestId('terminal').textContent()).not.toBe('');
    const fields = (await page.getByRole('table', { name: 'Lead fields' }).textContent()) ?? '';
    expect(fields).toContain('ana@acme.example');
    expect(fields).toContain('Free e-mail');
    expect(fields).not.toMatch(/isFreeEmail|\{\}/);
    await screenshot(page, 'lead-trace');
  });
});
