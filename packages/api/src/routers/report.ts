import {
  and,
  asc,
  desc,
  eq,
  experiments,
  flowVersions,
  loadReportCells,
  reps,
  sql,
} from '@switchyard/db';
import { failure } from '@switchyard/engine';
import {
  compareProportions,
  groupBy,
  type LeadCell,
  type LeadSummary,
  summarizeCells,
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

/** Two groups' conversions compared, A against B, in numbers and in words. */
function compareGroups(
  a: { name: string; summary: LeadSummary },
  b: { name: string; summary: LeadSummary },
  targetLiftPoints: number,
) {
  const result = compareProportions(
    { successes: a.summary.converted, trials: a.summary.leads },
    { successes: b.summary.converted, trials: b.summary.leads },
  );
  return {
    ...result,
    verdict: verdict(result, { nameA: a.name, nameB: b.name, targetLiftPoints }),
  };
}

type ExperimentRow = typeof experiments.$inferSelect;

/** One summary per group of cells (version, arm), in order of first appearance. */
function summarizeGroups(cells: readonly LeadCell[], key: 'versionId' | 'arm') {
  return groupBy(cells, key).map((group) => ({
    key: group.key,
    summary: summarizeCells(group.rows),
  }));
}

/** An experiment's arms summarised from the leads it routed (`leads.experiment_id`). */
function experimentReport(
  experiment: ExperimentRow,
  cells: readonly LeadCell[],
  versionNumbers: ReadonlyMap<string, number>,
  targetLiftPoints: number,
) {
  const inIt = cells.filter((cell) => cell.experimentId === experiment.id);
  const summaries = new Map(summarizeGroups(inIt, 'arm').map(({ key, summary }) => [key, summary]));
  const arms = experiment.arms.map((arm) => ({
    key: arm.key,
    versionId: arm.versionId,
    version: versionNumbers.get(arm.versionId) ?? null,
    weight: arm.weight,
    summary: summaries.get(arm.key) ?? summarizeCells([]),
  }));
  const name = (arm: (typeof arms)[number]) =>
    `Arm ${arm.key.toUpperCase()}${arm.version === null ? '' : ` (version ${arm.version})`}`;
  const [first, second] = arms;
  return {
    id: experiment.id,
    name: experiment.name,
    status: experiment.status,
    startedAt: iso(experiment.startedAt),
    stoppedAt: experiment.stoppedAt ? iso(experiment.stoppedAt) : null,
    promotedVersionId: experiment.promotedVersionId,
    arms,
    // The second arm is the challenger of the first: it is the comparison's `a` and the first arm
    // (the reference) its `b`, so `verdict.kind` 'a_better' means arm B converts better. Show
    // the sentence, which names the arm and version either way, never the kind as "A".
    comparison:
      first && second
        ? compareGroups(
            { name: name(second), summary: second.summary },
            { name: name(first), summary: first.summary },
            targetLiftPoints,
          )
        : null,
  };
}

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
    const [cells, versions, repRows, experimentRows] = await Promise.all([
      // The database counts the leads into cells; a million leads are a few hundred rows.
      loadReportCells(db, { orgId: ctx.orgId, flowId: flow.id, from, to }, ctx.database.reads),
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
      // Experiments that ran during the period, newest first.
      db
        .select()
        .from(experiments)
        .where(
          and(
            eq(experiments.flowId, flow.id),
            sql`${experiments.startedAt} < ${to.getTime()}`,
            sql`(${experiments.stoppedAt} is null or ${experiments.stoppedAt} > ${from.getTime()})`,
          ),
        )
        .orderBy(desc(experiments.startedAt)),
    ]);
    const known = new Map(versions.map((v) => [v.id, v]));
    const byVersion: VersionReport[] = summarizeGroups(cells, 'versionId').flatMap(
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
        ? {
            ...compareGroups(
              { name: `Version ${a.version}`, summary: a.summary },
              { name: `Version ${b.version}`, summary: b.summary },
              input.targetLiftPoints,
            ),
            versionA: a.versionId,
            versionB: b.versionId,
          }
        : null;
    const versionNumbers = new Map(versions.map((v) => [v.id, v.version]));
    return {
      flow: { id: flow.id, name: flow.name },
      from: iso(from),
      to: iso(to),
      overall: summarizeCells(cells),
      versions: byVersion,
      comparison,
      experiments: experimentRows.map((experiment) =>
        experimentReport(experiment, cells, versionNumbers, input.targetLiftPoints),
      ),
      repNames: Object.fromEntries(repRows.map((rep) => [rep.id, rep.name])),
    };
  }),
});
