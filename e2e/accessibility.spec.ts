import { describe, expect, it } from 'vitest';
import { seriousViolations, sidewaysOverflow } from './support/accessibility';
import { callTrpc, demoSession, postLead, publishScreenFromTwenty } from './support/api-session';
import { openPage } from './support/browser';
import { startRuntimeProcess } from './support/runtime-process';
import { signInAsOwner } from './support/sign-in-page';

// Every main screen at the narrowest width we support (1280 px): no serious or critical
// WCAG 2 A/AA violation (labels, names, roles, contrast) and nothing scrolling sideways.
describe('the studio for keyboard and screen-reader users', () => {
  it('has labelled, readable main screens that fit 1280 px', async () => {
    const runtime = await startRuntimeProcess({ demo: true });
    const source = runtime.sources[0];
    if (!source) throw new Error('The demo printed no source.');
    const routed = await postLead(source, {
      email: 'ana.ruiz@acme.example',
      company: 'Acme',
      employees: 1500,
      country: 'US',
    });
    // A running experiment, so its page shows a card with arms, verdict and actions.
    const { cookie, demo } = await demoSession(runtime);
    await publishScreenFromTwenty(runtime, cookie, demo.id);
    const versions = await callTrpc<Array<{ id: string }>>(runtime, cookie, {
      path: 'flow.versions',
      input: { id: demo.id },
    });
    await callTrpc(runtime, cookie, {
      path: 'experiment.start',
      input: {
        flowId: demo.id,
        arms: versions.map((v) => ({ versionId: v.id, weight: 50 })),
      },
      mutation: true,
    });
    const page = await openPage({ width: 1280, height: 800 });
    await signInAsOwner(page, runtime);

    const screens: Array<{ path: string; ready: () => Promise<unknown> }> = [
      { path: '/flows', ready: () => page.getByRole('table').waitFor() },
      { path: '/leads', ready: () => page.getByRole('table').waitFor() },
      {
        path: `/leads/${routed.leadId}`,
        ready: () => page.getByRole('list', { name: 'Trace' }).waitFor(),
      },
      { path: '/inbox', ready: () => page.getByRole('heading', { level: 1 }).waitFor() },
      { path: '/pools', ready: () => page.getByRole('heading', { level: 1 }).waitFor() },
      { path: '/templates', ready: () => page.getByRole('heading', { level: 1 }).waitFor() },
      { path: '/team', ready: () => page.getByRole('heading', { level: 1 }).waitFor() },
      { path: '/sources', ready: () => page.getByRole('heading', { level: 1 }).waitFor() },
      { path: '/reports', ready: () => page.getByTestId('verdict').waitFor() },
      {
        path: `/flows/${demo.id}/experiments`,
        ready: () => page.getByTestId('experiment-verdict').waitFor(),
      },
    ];
    const findings: Record<string, unknown> = {};
    for (const screen of screens) {
      await page.goto(`${runtime.url}${screen.path}`);
      await screen.ready();
      const violations = await seriousViolations(page);
      const overflow = await sidewaysOverflow(page);
      if (violations.length > 0 || overflow > 0) findings[screen.path] = { violations, overflow };
    }
    // The editor of the demo flow, opened from the list.
    await page.goto(`${runtime.url}/flows`);
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('application').or(page.locator('.react-flow')).first().waitFor();
    await page.locator('.react-flow__node').first().waitFor();
    const editor = {
      violations: await seriousViolations(page),
      overflow: await sidewaysOverflow(page),
    };
    if (editor.violations.length > 0 || editor.overflow > 0) findings.editor = editor;

    expect(findings).toEqual({});
  });
});
