import {
  and,
  asc,
  eq,
  experiments,
  flowVersions,
  inArray,
  leads,
  type Queryable,
  sql,
} from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { fail } from '../errors';
import { iso, isoOrNull } from '../time';

type ExperimentRow = typeof experiments.$inferSelect;

/** The experiment of this organisation, or `experiment_not_found`. */
export async function findExperiment(db: Queryable, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(experiments)
    .where(and(eq(experiments.id, id), eq(experiments.orgId, orgId)));
  if (!row) fail(failure('experiment_not_found', `There is no experiment "${id}".`));
  return row;
}

/**
 * Experiments as the studio shows them: each arm with its version number and the leads it routed
 * (and how many of those converted), counted by the leads' own experiment and arm columns —
 * never by the version live when they converted.
 */
export async function experimentViews(db: Queryable, rows: readonly ExperimentRow[]) {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const counts = await db
    .select({
      experimentId: leads.experimentId,
      arm: leads.arm,
      leads: sql<number>`count(*)`,
      converted: sql<number>`coalesce(sum(${leads.status} = 'converted'), 0)`,
    })
    .from(leads)
    .where(inArray(leads.experimentId, ids))
    .groupBy(leads.experimentId, leads.arm);
  const versionIds = [...new Set(rows.flatMap((row) => row.arms.map((arm) => arm.versionId)))];
  const numbers = new Map(
    (
      await db
        .select({ id: flowVersions.id, version: flowVersions.version })
        .from(flowVersions)
        .where(inArray(flowVersions.id, versionIds))
        .orderBy(asc(flowVersions.version))
    ).map((version) => [version.id, version.version]),
  );
  return rows.map((row) => ({
    id: row.id,
    flowId: row.flowId,
    name: row.name,
    status: row.status,
    startedAt: iso(row.startedAt),
    stoppedAt: isoOrNull(row.stoppedAt),
    promotedVersionId: row.promotedVersionId,
    createdBy: row.createdBy,
    arms: row.arms.map((arm) => {
      const count = counts.find((c) => c.experimentId === row.id && c.arm === arm.key);
      return {
        key: arm.key,
        versionId: arm.versionId,
        version: numbers.get(arm.versionId) ?? null,
        weight: arm.weight,
        leads: Number(count?.leads ?? 0),
        converted: Number(count?.converted ?? 0),
      };
    }),
  }));
}

/** One experiment as `experimentViews` shows it. */
export async function experimentView(db: Queryable, row: ExperimentRow) {
  const [view] = await experimentViews(db, [row]);
  if (!view) throw new Error(`experimentViews dropped experiment ${row.id}.`);
  return view;
}
