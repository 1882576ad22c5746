import type { EnrichedLead } from '@switchyard/engine';
import type { FlowTrace } from '@switchyard/flow';
import { and, eq, inArray } from 'drizzle-orm';
import { DistributionReads } from '../routing/distribution-context';
import type { PublishedFlow } from '../routing/published-flow';
import { placeLead } from '../routing/route-leads';
import { reps } from '../schema';
import type { Queryable } from '../types';

/** A terminal node as the manager knows it. */
export type BacktestTerminal = { id: string; label: string };

/** One lead to replay: what the draft decides on, and where the live flow sent it. */
export type BacktestCase = {
  leadId: string;
  /** When the lead arrived: the draft's distribution runs at that moment (hours, days). */
  at: Date;
  email: string | null;
  lead: EnrichedLead;
  /** Null when there is nothing to compare with (a CSV row and no live version). */
  live: { terminal: BacktestTerminal; repId: string | null } | null;
  /** False for a lead its rep has closed since (converted, lost): it stops counting as open. */
  open: boolean;
};

/** A lead the draft sends to another terminal than the live flow did. */
export type BacktestChange = {
  leadId: string;
  receivedAt: Date;
  email: string | null;
  from: BacktestTerminal;
  to: BacktestTerminal;
  fromRepId: string | null;
  toRepId: string | null;
  /** The draft's trace: every node visited and every condition's value. */
  trace: FlowTrace;
};

export type BacktestResult = {
  total: number;
  /** Leads with a live terminal to compare with. */
  compared: number;
  /** Leads whose terminal changes; `changes` lists the first `changeLimit` of them. */
  changed: number;
  matrix: Array<{ from: BacktestTerminal | null; to: BacktestTerminal; count: number }>;
  /** Leads per rep as the live flow assigned them and as the draft would have. */
  reps: Array<{ repId: string; name: string; live: number; draft: number; change: number }>;
  changes: BacktestChange[];
};

export type ReplayOptions = {
  orgId: string;
  draft: PublishedFlow;
  /** How many changed leads to list (with traces); the count covers them all. Default 500. */
  changeLimit?: number;
  /** Rewrites a listed change before it is returned (the API masks personal data here). */
  present?: (change: BacktestChange, lead: EnrichedLead) => BacktestChange;
  /**
   * Rewrites each lead before the draft decides on it (the API masks personal fields for members
   * without PII access, so no condition computes anything from them).
   */
  redact?: (lead: EnrichedLead) => EnrichedLead;
};

/**
 * Decides and distributes `cases` (oldest first) with the draft, in memory: the distribution is
 * the runtime's own (`placeLead`) over a `DistributionReads` in replay mode that is never
 * flushed, so caps, cursors and loads build up lead after lead as they would have live, and
 * nothing is written. Traces are built only for the leads listed as changed: a trace costs
 * several times a decision.
 */
export async function replayCases(
  db: Queryable,
  cases: Iterable<BacktestCase>,
  options: ReplayOptions,
): Promise<BacktestResult> {
  const { draft } = options;
  const changeLimit = options.changeLimit ?? 500;
  const reads = new DistributionReads(db, undefined, { replay: true });
  // By live terminal id ('' for none), then draft terminal id: no key string built per lead.
  const cells = new Map<string, Map<string, BacktestResult['matrix'][number]>>();
  const liveLoad = new Map<string, number>();
  const draftLoad = new Map<string, number>();
  const changes: BacktestChange[] = [];
  let total = 0;
  let compared = 0;
  let changed = 0;
  for (const original of cases) {
    const item = options.redact ? { ...original, lead: options.redact(original.lead) } : original;
    total += 1;
    const terminal = draft.nodes.get(draft.decide(item.lead).terminal);
    if (!terminal) throw new Error('The draft decided on a node it does not have.');
    const { placement } = await placeLead(reads, {
      flow: draft,
      terminal,
      lead: item.lead,
      now: item.at,
    });
    const toRepId = placement.status === 'assigned' ? placement.repId : null;
    if (toRepId !== null) {
      bump(draftLoad, toRepId);
      if (!item.open) reads.closed(toRepId);
    }
    if (item.live?.repId) bump(liveLoad, item.live.repId);
    const from = item.live?.terminal ?? null;
    const row = cells.get(from?.id ?? '') ?? new Map();
    cells.set(from?.id ?? '', row);
    let cell = row.get(terminal.id);
    if (!cell) {
      cell = { from, to: { id: terminal.id, label: terminal.label ?? terminal.id }, count: 0 };
      row.set(terminal.id, cell);
    }
    cell.count += 1;
    const { to } = cell;
    if (from === null) continue;
    compared += 1;
    if (from.id === to.id) continue;
    changed += 1;
    if (changes.length >= changeLimit) continue;
    const change: BacktestChange = {
      leadId: item.leadId,
      receivedAt: item.at,
      email: item.email,
      from,
      to,
      fromRepId: item.live?.repId ?? null,
      toRepId,
      trace: draft.trace(item.lead),
    };
    changes.push(options.present ? options.present(change, item.lead) : change);
  }
  return {
    total,
    compared,
    changed,
    matrix: [...cells.values()]
      .flatMap((row) => [...row.values()])
      .sort((a, b) => b.count - a.count),
    reps: await repLoadChanges(db, options.orgId, liveLoad, draftLoad),
    changes,
  };
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Every rep either version gave a lead, with their name, largest change first. */
async function repLoadChanges(
  db: Queryable,
  orgId: string,
  liveLoad: ReadonlyMap<string, number>,
  draftLoad: ReadonlyMap<string, number>,
): Promise<BacktestResult['reps']> {
  const ids = [...new Set([...liveLoad.keys(), ...draftLoad.keys()])];
  if (ids.length === 0) return [];
  const named = await db
    .select({ id: reps.id, name: reps.name })
    .from(reps)
    .where(and(eq(reps.orgId, orgId), inArray(reps.id, ids)));
  const names = new Map(named.map((rep) => [rep.id, rep.name]));
  return ids
    .map((repId) => {
      const live = liveLoad.get(repId) ?? 0;
      const draft = draftLoad.get(repId) ?? 0;
      return { repId, name: names.get(repId) ?? repId, live, draft, change: draft - live };
    })
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.name.localeCompare(b.name));
}
