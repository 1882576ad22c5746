import { inArray } from 'drizzle-orm';
import { flows, sources } from '../schema';
import type { Queryable } from '../types';
import { runningExperimentIds } from './flow-experiment';

type SourceRow = typeof sources.$inferSelect;

/**
 * Raised for a lead whose request was checked against a source or flow version that has changed
 * since (key rotated, source switched off, new version published): nothing of it was written,
 * and the caller checks the request again against fresh rows.
 */
export class SourceChangedError extends Error {
  readonly sourceId: string;
  constructor(sourceId: string) {
    super(`The source ${sourceId} or its flow changed while the lead was being checked.`);
    this.name = 'SourceChangedError';
    this.sourceId = sourceId;
  }
}

/**
 * Everything an ingest request relies on before routing — how it was authenticated and mapped,
 * and which flow version or running experiment routes it — in one comparable string.
 */
export function sourceFingerprint(
  source: SourceRow,
  liveVersionId: string | null,
  experimentId: string | null = null,
): string {
  return JSON.stringify([
    source.type,
    source.keyHash,
    source.sealedSecret,
    source.mapping,
    source.settings,
    source.ratePerMinute,
    source.enabled,
    source.flowId,
    liveVersionId,
    // Arms never change while an experiment runs: its id stands for the whole split.
    experimentId,
  ]);
}

/** The current fingerprints of some sources, read inside the write transaction. */
export async function currentFingerprints(
  tx: Queryable,
  sourceIds: readonly string[],
): Promise<Map<string, string>> {
  if (sourceIds.length === 0) return new Map();
  const rows = await tx
    .select()
    .from(sources)
    .where(inArray(sources.id, [...sourceIds]));
  const flowIds = rows.flatMap((row) => (row.flowId ? [row.flowId] : []));
  const live = new Map(
    flowIds.length === 0
      ? []
      : (
          await tx
            .select({ id: flows.id, liveVersionId: flows.liveVersionId })
            .from(flows)
            .where(inArray(flows.id, flowIds))
        ).map((flow) => [flow.id, flow.liveVersionId]),
  );
  const running = await runningExperimentIds(tx, flowIds);
  return new Map(
    rows.map((row) => [
      row.id,
      row.flowId
        ? sourceFingerprint(row, live.get(row.flowId) ?? null, running.get(row.flowId) ?? null)
        : sourceFingerprint(row, null),
    ]),
  );
}
