import {
  compileFlow,
  createDecider,
  createTracer,
  type Decision,
  type Flow,
  type FlowNode,
  type FlowTrace,
  parseFlow,
} from '@switchyard/flow';
import { eq } from 'drizzle-orm';
import { flows, flowVersions } from '../schema';
import type { Queryable } from '../types';

/** A published flow version, ready to decide: parsed once, compiled once, cached by version id. */
export type PublishedFlow = {
  orgId: string;
  flowId: string;
  versionId: string;
  version: number;
  flow: Flow;
  nodes: ReadonlyMap<string, FlowNode>;
  teamMap: Record<string, string>;
  decide(lead: unknown): Decision;
  trace(lead: unknown): FlowTrace;
};

/** The name of the pool step an assign step falls back to, for explanations; none for a rep. */
export function fallbackPoolName(
  flow: Pick<PublishedFlow, 'nodes'>,
  fallback: { pool: string } | { rep: string },
): string | undefined {
  return 'pool' in fallback ? flow.nodes.get(fallback.pool)?.label : undefined;
}

// Versions are immutable, so a cache keyed by version id never goes stale. Bounded, FIFO.
const cache = new Map<string, PublishedFlow>();
const cacheLimit = 200;

/** Builds the decider and tracer of a version document (validated when it was published). */
export function preparePublishedFlow(row: {
  orgId: string;
  flowId: string;
  versionId: string;
  version: number;
  document: unknown;
  teamMap: Record<string, string>;
}): PublishedFlow {
  const parsed = parseFlow(row.document);
  if (!parsed.ok) {
    throw new Error(`Published version ${row.versionId} no longer parses: ${parsed.error.message}`);
  }
  const flow = parsed.value;
  return {
    orgId: row.orgId,
    flowId: row.flowId,
    versionId: row.versionId,
    version: row.version,
    flow,
    nodes: new Map(flow.nodes.map((node) => [node.id, node])),
    teamMap: row.teamMap,
    decide: createDecider(compileFlow(flow)),
    trace: createTracer(flow),
  };
}

/** The live version of a flow, or null when the flow has none published. */
export async function loadLiveFlow(db: Queryable, flowId: string): Promise<PublishedFlow | null> {
  const [row] = await db
    .select({
      orgId: flows.orgId,
      flowId: flows.id,
      versionId: flowVersions.id,
      version: flowVersions.version,
    })
    .from(flows)
    .innerJoin(flowVersions, eq(flowVersions.id, flows.liveVersionId))
    .where(eq(flows.id, flowId));
  if (!row) return null;
  return loadVersion(db, row);
}

/** A version by id (cached); used to explain old leads on the version they went through. */
export async function loadVersion(
  db: Queryable,
  key: { orgId: string; flowId: string; versionId: string; version: number },
): Promise<PublishedFlow> {
  const cached = cache.get(key.versionId);
  if (cached) return cached;
  const [version] = await db
    .select({ document: flowVersions.document, teamMap: flowVersions.teamMap })
    .from(flowVersions)
    .where(eq(flowVersions.id, key.versionId));
  if (!version) throw new Error(`Flow version ${key.versionId} vanished.`);
  const prepared = preparePublishedFlow({ ...key, ...version });
  if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value as string);
  cache.set(key.versionId, prepared);
  return prepared;
}
