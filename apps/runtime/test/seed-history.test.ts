import {
  and,
  auditLog,
  eq,
  experiments,
  flows,
  flowVersions,
  isNull,
  leadStatuses,
  leads,
  loadReportCells,
  loadReportLeads,
  lt,
  sql,
  timers,
} from '@switchyard/db';
import { summarizeCells, summarizeLeads } from '@switchyard/reporting';
import { describe, expect, it } from 'vitest';
import inboundSaas from '../../../templates/inbound-saas.flow.json' with { type: 'json' };
import { seedDemo } from '../src/seed/seed-demo';
import { defaultDemoHistory, replayDemoHistory } from '../src/seed/seed-history';
import type { AnyJson } from './http';
import { manualClock, startTestRuntime } from './test-runtime';

const dayMs = 86_400_000;
// The full default history (about a minute): what a new user sees is what is tested.
const history = defaultDemoHistory;

describe('the demo history', () => {
  it('publishes three versions back in time, runs and promotes an experiment, and replays worked leads', async () => {
    const clock = manualClock('2026-11-20T15:00:00Z');
    const now = clock.now();
    const runtime = await startTestRuntime({ clock: clock.now });
    const demo = await seedDemo(runtime.deps, { history });
    if (!demo?.history) throw new Error('seedDemo made no history plan');
    const { leads: replayed } = await replayDemoHistory(runtime.deps, demo.history);
    const { db } = runtime.database;

    // Versions 1–3 published 90, 60 and 40 days ago (midnight UTC); the third is live.
    const start = Date.UTC(2026, 7, 22);
    const versions = await db
      .select()
      .from(flowVersions)
      .where(eq(flowVersions.flowId, demo.flowId))
      .orderBy(flowVersions.version);
    expect(versions.map((v) => [v.version, v.publishedAt.getTime()])).toEqual([
      [1, start],
      [2, start + 30 * dayMs],
      [3, start + 50 * dayMs],
    ]);
    const [flow] = await db.select().from(flows).where(eq(flows.id, demo.flowId));
    expect(flow?.liveVersionId).toBe(versions[2]?.id);
    expect(flow?.draft).toEqual(inboundSaas);

    // The experiment ran version 2 against 3 from day 50 to day 70 and promoted 3, audited.
    const [experiment] = await db.select().from(experiments);
    expect(experiment).toMatchObject({
      status: 'promoted',
      promotedVersionId: versions[2]?.id,
      startedAt: new Date(start + 50 * dayMs),
      stoppedAt: new Date(start + 70 * dayMs),
    });
    const audits = await db
      .select({ action: auditLog.action, at: auditLog.at })
      .from(auditLog)
      .where(eq(auditLog.targetId, experiment?.id ?? ''));
    expect(audits.map((a) => a.action).sort()).toEqual([
      'experiment.promoted',
      'experiment.started',
    ]);

    // Every replayed lead is stored, routed by the version live at its time or its arm.
    const rows = await db
      .select({
        receivedAt: leads.receivedAt,
        versionId: leads.flowVersionId,
        experimentId: leads.experimentId,
        arm: leads.arm,
        status: leads.status,
      })
      .from(leads);
    expect(rows).toHaveLength(replayed);
    expect(replayed).toBeGreaterThan(history.days * history.leadsPerDay * 0.8);
    const phaseOf = (at: number) =>
      at < start + 30 * dayMs
        ? 'v1'
        : at < start + 50 * dayMs
          ? 'v2'
          : at < start + 70 * dayMs
            ? 'experiment'
            : 'v3';
    const arms = new Set<string>();
    for (const row of rows) {
      const at = row.receivedAt.getTime();
      expect(at).toBeGreaterThanOrEqual(start);
      expect(at).toBeLessThan(now.getTime());
      const phase = phaseOf(at);
      if (phase === 'experiment') {
        expect(row.experimentId).toBe(experiment?.id);
        expect(row.versionId).toBe(row.arm === 'a' ? versions[1]?.id : versions[2]?.id);
        arms.add(row.arm ?? '');
      } else {
        expect(row.experimentId).toBeNull();
        expect(row.versionId).toBe(versions[phase === 'v1' ? 0 : phase === 'v2' ? 1 : 2]?.id);
      }
    }
    expect([...arms].sort()).toEqual(['a', 'b']);

    // Reps worked them: every status a live system has, pool claims included.
    const statuses = new Map<string, number>();
    for (const row of rows) statuses.set(row.status, (statuses.get(row.status) ?? 0) + 1);
    for (const status of leadStatuses) {
      expect(statuses.get(status), status).toBeGreaterThan(0);
    }
    // No SLA timer of the past is left for the workers to fire at today's time.
    const overdue = await db
      .select({ count: sql<number>`count(*)` })
      .from(timers)
      .where(and(isNull(timers.doneAt), lt(timers.dueAt, now)));
    expect(overdue[0]?.count).toBe(0);

    // Replayed through recordLead, every lead has the columns reports group by (leads.path,
    // leads.fallback): the report's SQL cells give the row-by-row reference's numbers exactly.
    const unpathed = await db
      .select({ count: sql<number>`count(*)` })
      .from(leads)
      .where(isNull(leads.path));
    expect(unpathed[0]?.count).toBe(0);
    const scope = { orgId: demo.orgId, flowId: demo.flowId, from: new Date(start), to: now };
    const cells = summarizeCells(await loadReportCells(db, scope));
    expect(cells.fallenBack).toBeGreaterThan(0);
    expect(cells).toEqual(summarizeLeads(await loadReportLeads(db, scope)));

    // The reports see the versions' different true conversion rates.
    const input = {
      flowId: demo.flowId,
      from: new Date(start).toISOString(),
      to: now.toISOString(),
    };
    const response = await fetch(
      `${runtime.url}/trpc/report.flow?input=${encodeURIComponent(JSON.stringify(input))}`,
      { headers: { authorization: `Bearer ${demo.adminApiKey}` } },
    );
    expect(response.status).toBe(200);
    const report = ((await response.json()) as AnyJson).result.data;
    const rates = new Map<number, number>(
      report.versions.map((v: AnyJson) => [v.version, v.summary.conversion.rate]),
    );
    expect(rates.get(1)).toBeLessThan(rates.get(2) as number);
    expect(rates.get(2)).toBeLessThan(rates.get(3) as number);
    // The finished experiment has a verdict: version 3 (arm B) wins, and it is no chance.
    const [finished] = report.experiments;
    expect(finished.status).toBe('promoted');
    expect(finished.comparison.pValue).toBeLessThan(0.05);
    expect(finished.comparison.verdict.sentence).toMatch(
      /^Arm B \(version 3\) converts [\d.]+ points better; with [\d,]+ and [\d,]+ leads this is unlikely to be chance/,
    );
  }, 600_000);
});
