import {
  type Database,
  type ExperimentRouting,
  eq,
  loadLiveFlow,
  loadRunningExperiment,
  type PublishedFlow,
  sourceFingerprint,
  sources,
} from '@switchyard/db';
import { compileMapping, type MapLead } from './mapping';
import { providers } from './providers';

export type SourceRow = typeof sources.$inferSelect;

/**
 * A source as an ingest request sees it: the row, the flow version it feeds, a fingerprint, and
 * its field mapping (over the provider's default) compiled once.
 */
export type CheckedSource = {
  row: SourceRow;
  flow: PublishedFlow | null;
  /** The flow's running experiment: its arms route the leads instead of the live version. */
  experiment: ExperimentRouting | null;
  fingerprint: string;
  mapLead: MapLead;
};

export type SourceCache = {
  /** The source, from memory unless `fresh`; null when there is no such source. */
  get(sourceId: string, options: { fresh: boolean }): Promise<CheckedSource | null>;
};

/**
 * Sources with their live flow versions and running experiments, kept in memory between requests: reading them cost two
 * queries per lead (a third of the ingest path). Staleness is safe by construction: a lead is
 * only stored if its fingerprint still matches inside the write transaction
 * (`SourceChangedError` otherwise), and a request refused on cached data is checked again
 * against fresh rows before the refusal is sent. Bounded; oldest entries leave first.
 */
export function createSourceCache(database: Database, limit = 1000): SourceCache {
  const cache = new Map<string, CheckedSource>();
  return {
    async get(sourceId, { fresh }) {
      const cached = fresh ? undefined : cache.get(sourceId);
      if (cached) return cached;
      const [row] = await database.db.select().from(sources).where(eq(sources.id, sourceId));
      if (!row) {
        cache.delete(sourceId);
        return null;
      }
      const flow = row.flowId ? await loadLiveFlow(database.db, row.flowId) : null;
      const experiment = row.flowId ? await loadRunningExperiment(database.db, row.flowId) : null;
      const provider = providers[row.type as keyof typeof providers];
      const checked = {
        row,
        flow,
        experiment,
        fingerprint: sourceFingerprint(row, flow?.versionId ?? null, experiment?.id ?? null),
        mapLead: compileMapping({ ...provider?.defaultMapping, ...row.mapping }),
      };
      cache.delete(sourceId);
      if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
      cache.set(sourceId, checked);
      return checked;
    },
  };
}
