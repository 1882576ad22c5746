import { and, eq, inArray } from 'drizzle-orm';
import { experiments, flowVersions } from '../schema';
import type { Queryable } from '../types';
import { loadVersion, type PublishedFlow } from './published-flow';

/** An arm as routing uses it: its key, its share of buckets and its compiled version. */
export type ExperimentArmRouting = { key: string; weight: number; flow: PublishedFlow };

/**
 * A flow's running experiment, ready to route: the arms in order. Part of the source's cached
 * configuration (and of its fingerprint), so routing a lead costs no query of its own.
 */
export type ExperimentRouting = { id: string; arms: readonly ExperimentArmRouting[] };

/** The flow's running experiment with its arms' versions compiled (cached), or null. */
export async function loadRunningExperiment(
  db: Queryable,
  flowId: string,
): Promise<ExperimentRouting | null> {
  const [experiment] = await db
    .select({ id: experiments.id, orgId: experiments.orgId, arms: experiments.arms })
    .from(experiments)
    .where(and(eq(experiments.flowId, flowId), eq(experiments.status, 'running')));
  if (!experiment) return null;
  const versionIds = experiment.arms.map((arm) => arm.versionId);
  const versions = new Map(
    (
      await db
        .select({ id: flowVersions.id, version: flowVersions.version })
        .from(flowVersions)
        .where(and(eq(flowVersions.flowId, flowId), inArray(flowVersions.id, versionIds)))
    ).map((row) => [row.id, row.version]),
  );
  const arms: ExperimentArmRouting[] = [];
  for (const arm of experiment.arms) {
    const version = versions.get(arm.versionId);
    if (version === undefined)
      throw new Error(
        `Experiment ${experiment.id} names version ${arm.versionId}, not of its flow.`,
      );
    const key = { orgId: experiment.orgId, flowId, versionId: arm.versionId, version };
    arms.push({ key: arm.key, weight: arm.weight, flow: await loadVersion(db, key) });
  }
  return { id: experiment.id, arms };
}

/** The id of the running experiment of each flow that has one. */
export async function runningExperimentIds(
  db: Queryable,
  flowIds: readonly string[],
): Promise<Map<string, string>> {
  if (flowIds.length === 0) return new Map();
  const rows = await db
    .select({ id: experiments.id, flowId: experiments.flowId })
    .from(experiments)
    .where(and(inArray(experiments.flowId, [...flowIds]), eq(experiments.status, 'running')));
  return new Map(rows.map((row) => [row.flowId, row.id]));
}
