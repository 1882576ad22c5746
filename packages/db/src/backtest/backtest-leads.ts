import { type EnrichedLead, openStatuses } from '@switchyard/engine';
import { capturedSources } from '@switchyard/flow';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { DistributionReads } from '../routing/distribution-context';
import { loadVersion, type PublishedFlow } from '../routing/published-flow';
import { placeLead } from '../routing/route-leads';
import { enrichLead } from '../routing/simulate-lead';
import { flows, flowVersions, leads } from '../schema';
import type { Queryable } from '../types';
import {
  type BacktestCase,
  type BacktestResult,
  type BacktestTerminal,
  type ReplayOptions,
  replayCases,
} from './replay';

const dayMs = 86_400_000;
const stillOpen: ReadonlySet<string> = new Set(openStatuses);

/**
 * Which leads to replay: the organisation's stored leads of the last `days` days (of the sources
 * the draft's capture step names), or mapped inputs.
 */
export type BacktestSource =
  | { days: number }
  /** Flat canonical paths → values (an uploaded CSV); `live` decides them too, to compare. */
  | { inputs: ReadonlyArray<Record<string, unknown>>; live: PublishedFlow | null };

/**
 * Where leads would have gone under a draft (`draft`: `preparePublishedFlow` of the document),
 * compared with where they went; nothing is written. Stored leads are decided on their stored
 * enriched `fields`, not re-normalised from `input`: that is the lead the live flow decided on,
 * with its match results as they were then (re-matching today would find the lead itself and
 * every later one), and it skips normalising 100,000 leads again.
 */
export async function backtestLeads(
  db: Queryable,
  options: ReplayOptions & { source: BacktestSource; now: Date },
): Promise<BacktestResult> {
  const { source } = options;
  const cases =
    'days' in source
      ? await storedCases(db, options.draft, new Date(options.now.getTime() - source.days * dayMs))
      : await inputCases(db, options.draft, source, options.now);
  return replayCases(db, cases, options);
}

/** One stored lead as a replay reads it: `[id, receivedAt, email, terminal, rep, status, version, rowid, flow, fields]`. */
type StoredLead = [
  string,
  number,
  string | null,
  string,
  string | null,
  string,
  string,
  number,
  string,
  EnrichedLead,
];

const pageSize = 5_000;

/**
 * The organisation's leads since `since`, oldest first, only the columns a replay reads: those
 * of the sources the draft's capture step names, or every lead when it names none — a new
 * flow is tried on the history it would have received, not only on leads its own earlier
 * versions routed (issue 20). Each page comes back as one JSON array of arrays built by SQLite,
 * with each stored `fields` text spliced in as it is (always written by `JSON.stringify`), so it
 * is parsed once, with the page, and SQLite does not parse it either: libsql's client builds a
 * row object per row and column, which cost more than the whole replay at 100,000 leads. Keyset
 * pages bound memory; they follow `leads_org_received`'s own order (received_at, then rowid —
 * arrival order for ties), so SQLite sorts nothing.
 */
async function storedCases(
  db: Queryable,
  draft: PublishedFlow,
  since: Date,
): Promise<BacktestCase[]> {
  const sources = capturedSources(draft.flow);
  const fromSources =
    sources.length > 0
      ? sql`and source_id in (${sql.join(
          sources.map((id) => sql`${id}`),
          sql`, `,
        )})`
      : sql``;
  const stored: StoredLead[] = [];
  let after: [number, number] = [since.getTime() - 1, 0];
  for (;;) {
    const [page] = await db.all<{ rows: string | null }>(sql`
      select '[' || group_concat(rtrim(json_array(id, received_at, email, terminal_node_id,
        owner_rep_id, status, flow_version_id, rowid, flow_id), ']') || ',' || fields || ']', ',')
        || ']' as rows
      from (select rowid, * from ${leads}
        where org_id = ${draft.orgId} ${fromSources} and erased_at is null
          and received_at >= ${after[0]} and (received_at, rowid) > (${after[0]}, ${after[1]})
        order by received_at, rowid limit ${pageSize})`);
    const rows = JSON.parse(page?.rows ?? '[]') as StoredLead[];
    for (const row of rows) stored.push(row);
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) break;
    after = [last[1], last[7]];
  }
  const labels = await liveLabels(db, draft, new Set(stored.map((row) => row[6])));
  return stored.map(([id, receivedAt, email, terminalId, repId, status, , , flowId, fields]) => {
    // Another flow's step is not this draft's step of the same id: its own id and a label that
    // names the flow, so it counts as moved and reads as where it really went.
    const key = flowId === draft.flowId ? terminalId : `${flowId}/${terminalId}`;
    return {
      leadId: id,
      at: new Date(receivedAt),
      email,
      lead: fields,
      live: { terminal: { id: key, label: labels.get(key) ?? terminalId }, repId },
      open: stillOpen.has(status),
    };
  });
}

/**
 * Node labels of the versions the leads went through, by terminal key (see storedCases); a
 * newer version's label wins. Another flow's steps are labelled "step · flow name".
 */
async function liveLabels(
  db: Queryable,
  draft: PublishedFlow,
  versionIds: ReadonlySet<string>,
): Promise<Map<string, string>> {
  if (versionIds.size === 0) return new Map();
  const versions = await db
    .select({
      id: flowVersions.id,
      flowId: flowVersions.flowId,
      version: flowVersions.version,
      flowName: flows.name,
    })
    .from(flowVersions)
    .innerJoin(flows, eq(flows.id, flowVersions.flowId))
    .where(and(eq(flows.orgId, draft.orgId), inArray(flowVersions.id, [...versionIds])))
    .orderBy(asc(flowVersions.version));
  const labels = new Map<string, string>();
  for (const version of versions) {
    const own = version.flowId === draft.flowId;
    const prepared = await loadVersion(db, {
      orgId: draft.orgId,
      flowId: version.flowId,
      versionId: version.id,
      version: version.version,
    });
    for (const node of prepared.flow.nodes) {
      const label = node.label ?? node.id;
      if (own) labels.set(node.id, label);
      else labels.set(`${version.flowId}/${node.id}`, `${label} · ${version.flowName}`);
    }
  }
  return labels;
}

/**
 * Mapped inputs, each normalised and matched as a lead arriving `now` would be, and decided by
 * the live version too (with its own distribution, in memory) when there is one to compare.
 */
async function inputCases(
  db: Queryable,
  draft: PublishedFlow,
  source: Extract<BacktestSource, { inputs: unknown }>,
  now: Date,
): Promise<BacktestCase[]> {
  const liveReads = new DistributionReads(db, undefined, { replay: true });
  const cases: BacktestCase[] = [];
  for (const [index, input] of source.inputs.entries()) {
    const leadId = `row_${index + 1}`;
    const { lead } = await enrichLead(db, { flow: draft, input, leadId, now });
    const live = source.live
      ? await liveOutcome(db, { flow: source.live, reads: liveReads, input, leadId, now })
      : null;
    const email = typeof lead.email === 'string' ? lead.email : null;
    cases.push({ leadId, at: now, email, lead, live, open: true });
  }
  return cases;
}

async function liveOutcome(
  db: Queryable,
  request: {
    flow: PublishedFlow;
    reads: DistributionReads;
    input: Record<string, unknown>;
    leadId: string;
    now: Date;
  },
): Promise<{ terminal: BacktestTerminal; repId: string | null }> {
  const { flow, now } = request;
  const { lead } = await enrichLead(db, request);
  const terminal = flow.nodes.get(flow.decide(lead).terminal);
  if (!terminal) throw new Error('The live version decided on a node it does not have.');
  const { placement } = await placeLead(request.reads, { flow, terminal, lead, now });
  return {
    terminal: { id: terminal.id, label: terminal.label ?? terminal.id },
    repId: placement.status === 'assigned' ? placement.repId : null,
  };
}
