import { describe, expect, it } from 'vitest';
import { demoSession, postLead, publishScreenFromTwenty } from './support/api-session';
import { openPage, screenshot } from './support/browser';
import { startRuntimeProcess } from './support/runtime-process';
import { signInAsOwner } from './support/sign-in-page';

describe('version history in the browser', () => {
  it('compares two versions, rolls back, and draws a lead’s path on its version', async () => {
    const runtime = await startRuntimeProcess({ demo: true });
    const { cookie, demo, source } = await demoSession(runtime);
    await publishScreenFromTwenty(runtime, cookie, demo.id);

    const page = await openPage();
    await signInAsOwner(page, runtime);
    await page.getByRole('link', { name: `History of ${demo.name}` }).click();
    await page.waitForURL(/\/flows\/[^/]+\/versions/);
    const list = page.getByRole('table', { name: 'Published versions' });
    await list.waitFor();
    expect(await list.locator('tbody tr').count()).toBe(2);
    expect(await page.getByTestId('version-2').textContent()).toContain('Live');
    expect(await page.getByTestId('version-2').textContent()).toContain('Screen from 20 staff');

    await page.getByRole('button', { name: 'Compare version 2 with version 1' }).click();
    const changed = page.locator('.react-flow__node[data-id="screen"]');
    await page.locator('.react-flow__node[data-id="screen"][data-status="changed"]').waitFor();
    expect(await changed.getAttribute('data-status')).toBe('changed');
    // The rest of the flow is the same: no other step is marked.
    expect(await page.locator('.react-flow__node[data-status]').count()).toBe(1);
    const changes = page.getByRole('list', { name: 'Changes' });
    // Old → new in words (issue 20), not only "rule changed".
    expect(await changes.textContent()).toContain(
      "Qualify 'Business e-mail, 10+ staff, not a competitor': condition “Free e-mail is not set and Employees ≥ 10",
    );
    expect(await changes.textContent()).toContain('→ “Employees ≥ 20”');
    await screenshot(page, 'versions-diff');

    await page.getByRole('button', { name: 'Make version 1 live again' }).click();
    await page.getByRole('button', { name: 'Make version 1 live', exact: true }).click();
    const third = page.getByTestId('version-3');
    await third.waitFor();
    expect(await third.textContent()).toContain('Rollback to version 1');
    expect(await third.textContent()).toContain('Live');
    expect(await page.getByTestId('version-2').textContent()).not.toContain('Live');
    await screenshot(page, 'versions-rollback');

    // A lead routed by version 3 (version 1's document): its path lit on that version.
    const lead = await postLead(source, {
      email: 'ana@acme.example',
      employees: 1200,
      country: 'DE',
      title: 'VP Sales',
    });
    await page.goto(`${runtime.url}/leads/${String(lead.leadId)}`);
    await page.getByText('Path through flow version 3').waitFor();
    await page.locator('.react-flow__node[data-id="screen"][data-status="lit"]').waitFor();
    expect(await page.locator('.react-flow__node[data-status="lit"]').count()).toBeGreaterThan(2);
    expect(
      await page.locator('.react-flow__node[data-id="drop"]').getAttribute('data-status'),
    ).toBe('dim');
    await screenshot(page, 'versions-lead-path');
  });
});
