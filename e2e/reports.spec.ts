import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoSession, postLead, publishScreenFromTwenty } from './support/api-session';
import { openPage, screenshot } from './support/browser';
import { startRuntimeProcess } from './support/runtime-process';
import { signInAsOwner } from './support/sign-in-page';

describe('reports in the browser', () => {
  it('compares two versions in words and exports the table as CSV', async () => {
    const runtime = await startRuntimeProcess({ demo: true });
    const { cookie, demo, source } = await demoSession(runtime);
    const lead = (i: number) => ({
      email: `buyer${i}@company${i}.example`,
      company: `Company ${i}`,
      employees: 300,
      country: 'US',
    });
    for (let i = 0; i < 4; i++) await postLead(source, lead(i));
    await publishScreenFromTwenty(runtime, cookie, demo.id);
    for (let i = 4; i < 10; i++) await postLead(source, lead(i));

    const page = await openPage({ width: 1280, height: 900 });
    await signInAsOwner(page, runtime);
    await page.getByRole('link', { name: 'Reports' }).click();
    const verdict = page.getByTestId('verdict');
    await verdict.getByText(/Not enough data yet/).waitFor();
    expect(await verdict.textContent()).toMatch(/leads per arm to detect a 2-point lift/);
    const versions = page.getByRole('table', { name: 'Conversion by version' });
    await versions.waitFor();
    expect(await versions.locator('tbody tr').count()).toBe(2);
    // One row per time-to-first-touch bin, from "Under 5 min" to "1 day or more".
    const touches = page.getByRole('table', { name: 'Time-to-touch distribution' });
    expect(await touches.locator('tbody tr').count()).toBe(9);
    expect(await touches.locator('tbody tr').first().textContent()).toMatch(/^Under 5 min/);
    await screenshot(page, 'reports');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Conversion by version as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('conversion-by-version.csv');
    const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
    expect(csv[0]).toBe(
      'Version,Publish note,Leads,Converted,Conversion %,95% low %,95% high %,Revenue per lead',
    );
    expect(csv.slice(1).map((line) => line.split(',').slice(0, 4))).toEqual([
      ['2', 'Screen from 20 staff', '6', '0'],
      ['1', expect.any(String), '4', '0'],
    ]);
  });
});
