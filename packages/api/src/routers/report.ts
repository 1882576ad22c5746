import { asc, eq, flowVersions, loadReportLeads, reps } from '@switchyard/db';
import { failure } from '@switchyard/engine';
import {
  compareProportions,
  type LeadSummary,
  summarizeBy,
  summarizeLeads,
  verdict,
} from '@switchyard/reporting';
import { z } from 'zod';
import { fail } from '../errors';
import { findFlow } from '../owned';
import { idSchema, instantSchema, iso } from '../time';
import { orgProcedure, router } from '../trpc';

const dayMs = 86_400_000;
const maxRangeDays = 400;

const flowReportInput = z.object({
  flowId: idSchema,
  /** [from, to); the last 30 days when left out. */
  from: instantSchema.optional(),
  to: instantSchema.optional(),
  /** The two versions to compare (A against B); the two newest with leads when left out. */
  compare: z.object({ a: idSchema, b: idSchema }).optional(),
  /** The smallest lift worth acting on, in points: sizes the "not enough data" answer. */
  targetLiftPoints: z.number().gt(0).max(50).default(2),
});

type VersionReport = {
  versionId: string;
  version: number;
  note: string;
  publishedAt: string;
  summary: LeadSummary;
};

/** Reports: conversion by version, funnels, time to touch, fairness and a verdict. */
export const reportRouter = router({
  /**
   * One flow's leads in a date range, summarised per version that routed them (conversion is
   * the routing version's, never the version live when a lead converted), with the overall
   * summary and a comparison of two versions in plain words.
   */
  flow: orgProcedure.input(flowReportInput).query(async ({ ctx, input }) => {
    const { db } = ctx.database;
    const flow = await findFlow(db, ctx.orgId, input.flowId);
    const to = input.to ? new Date(input.to) : ctx.clock();
    const from = input.from ? new Date(input.from) : new Date(to.getTime() - 30 * dayMs);
    if (from >= to) fail(failure('invalid_input', 'The period must end after it starts.'));
    if (to.getTime() - from.getTime() > maxRangeDays * dayMs) {
      fail(failure('invalid_input', `A report covers at most ${maxRangeDays} days.`));
    }
    const [rows, versions, repRows] = await Promise.all([
      loadReportLeads(db, { orgId: ctx.orgId, flowId: flow.id, from, to }),
      db
        .select({
          id: flowVersions.id,
          version: flowVersions.version,
          note: flowVersions.note,
          publishedAt: flowVersions.publishedAt,
        })
        .from(flowVersions)
        .where(eq(flowVersions.flowId, flow.id))
        .orderBy(asc(flowVersions.version)),
      db.select({ id: reps.id, name: reps.name }).from(reps).where(eq(reps.orgId, ctx.orgId)),
    ]);
    const known = new Map(versions.map((v) => [v.id, v]));
    const byVersion: VersionReport[] = summarizeBy(rows, 'versionId').flatMap(
      ({ key, summary }) => {
        const version = known.get(key);
        return version
          ? [
              {
                versionId: key,
                version: version.version,
                note: version.note,
                publishedAt: iso(version.publishedAt),
                summary,
              },
            ]
          : [];
      },
    );
    byVersion.sort((x, y) => y.version - x.version);
    const pick = (id: string) => byVersion.find((v) => v.versionId === id);
    const [a, b] = input.compare
      ? [pick(input.compare.a), pick(input.compare.b)]
      : [byVersion[0], byVersion[1]];
    if (input.compare && (!a || !b)) {
      fail(
        failure('version_not_found', 'Both versions to compare must have leads in this period.'),
      );
    }
    const comparison =
      a && b && a !== b
        ? (() => {
            const result = compareProportions(
              { successes: a.summary.converted, trials: a.summary.leads },
              { successes: b.summary.converted, trials: b.summary.leads },
            );
            return {
              ...result,
              versionA: a.versionId,
              versionB: b.versionId,
              verdict: verdict(result, {
                nameA: `Version ${a.version}`,
                nameB: `Version ${b.version}`,
                targetLiftPoints: input.targetLiftPoints,
              }),
            };
          })()
        : null;
    return {
      flow: { id: flow.id, name: flow.name },
      from: iso(from),
      to: iso(to),
      overall: summarizeLeads(rows),
      versions: byVersion,
      comparison,
      repNames: Object.fromEntries(repRows.map((rep) => [rep.id, rep.name])),
    };
  }),
});
