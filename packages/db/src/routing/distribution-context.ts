import type { InStatement, InValue } from '@libsql/client';
import {
  type DistributionInput,
  type EnrichedLead,
  openStatuses,
  type RepLoad,
  type RepProfile,
  type StrategyState,
  strategyNeeds,
} from '@switchyard/engine';
import type { Strategy } from '@switchyard/flow';
import { and, eq, gte, inArray, or, sql } from 'drizzle-orm';
import { distributionState, leads, repDayCounts } from '../schema';
import type { Queryable } from '../types';
import { ConfigCache, type Member } from './config-cache';
import { dayKey } from './record-assignment';

export type ContextRequest = {
  orgId: string;
  flowId: string;
  nodeId: string;
  teamId: string | null;
  strategy: Strategy;
  /** Reps named outside the team (fallback rep, territory rules, named rep, matched owner). */
  namedRepIds: readonly string[];
  /** The node's caps; a load is only counted when some cap or the strategy needs it. */
  caps: { dailyCap?: number | undefined; openCap?: number | undefined };
  now: Date;
};

export type DistributionContext = Omit<DistributionInput, 'nodeId' | 'config' | 'lead' | 'now'>;

type Performance = { leads: number; converted: number };
type RepDay = { repId: string; day: string; key: string };
type Team = {
  members: readonly Member[];
  repIds: string[];
  profiles: RepProfile[];
  reps: Record<string, RepProfile>;
};

/** Reads, inside the write transaction, everything a strategy decides from (one lead). */
export function loadDistributionContext(
  tx: Queryable,
  request: ContextRequest,
): Promise<DistributionContext> {
  return new DistributionReads(tx).context(request);
}

/**
 * What strategies decide from, read once per write batch and kept current in memory while the
 * batch assigns leads: routing 64 leads costs a few queries instead of 64 × 6. Valid for one
 * write transaction only (no other writer can change these rows meanwhile). Assignments made in
 * the batch are held as pending deltas until `flush`, so a count read later in the batch is the
 * database's plus the batch's own. Members and rep profiles come from `config`, which may outlive
 * the batch (see `ConfigCache`); counts, loads and strategy state are read fresh each batch.
 */
export class DistributionReads {
  readonly #tx: Queryable;
  readonly #config: ConfigCache;
  /** Timezone of each rep profile seen in this batch, for its local day. */
  readonly #timeZones = new Map<string, string>();
  /** Keyed by `dayCountKey`: the stored count, and what this batch added. */
  readonly #dayCounts = new Map<string, number>();
  readonly #pendingDayCounts = new Map<string, number>();
  readonly #openLeads = new Map<string, number>();
  readonly #states = new Map<string, StrategyState | null>();
  readonly #changedStates = new Map<string, { flowId: string; nodeId: string; at: Date }>();
  readonly #fieldSums = new Map<string, Map<string, number>>();
  readonly #performance = new Map<string, Performance>();
  readonly #pendingAssignments: Array<{ repId: string; lead: EnrichedLead }> = [];
  readonly #replay: boolean;
  /** By organisation, then team id ('' for none); nodes naming reps are not cached. */
  readonly #teams = new Map<string, Map<string, Team>>();
  #lastStateKey: { flowId: string; nodeId: string; key: string } | null = null;
  readonly #repDays = new Map<string, RepDay>();
  readonly #days = new Map<string, { key: string; start: number; end: number }>();

  /**
   * `replay: true` (backtests) starts counts, loads and strategy state from nothing instead of
   * the stored ones: the stored counts of a past day already hold the live flow's assignments,
   * so a replay of that day on top of them would count every lead twice.
   */
  constructor(
    tx: Queryable,
    config: ConfigCache = new ConfigCache(),
    options: { replay?: boolean } = {},
  ) {
    this.#tx = tx;
    this.#config = config;
    this.#replay = options.replay ?? false;
  }

  async context(request: ContextRequest): Promise<DistributionContext> {
    // Cached parts are read without an await: two fewer microtask turns per lead.
    const { members, repIds, profiles, reps } =
      this.#knownTeam(request) ?? (await this.#loadTeam(request));
    const needs = strategyNeeds(request.strategy, request.now);
    const counting = {
      daily: request.caps.dailyCap !== undefined || profiles.some((p) => p.dailyCap !== null),
      open:
        request.caps.openCap !== undefined ||
        profiles.some((p) => p.openCap !== null) ||
        needs?.metric === 'open_leads',
    };
    const loads: Record<string, RepLoad> = {};
    // A local day costs a time-zone lookup per rep: only worked out when a daily cap is in play.
    const days = counting.daily
      ? profiles.map((p) => this.#repDay(p.id, p.timeZone, request.now))
      : [];
    // Known counts need no query: skipping the call saves an await per lead in long batches.
    const unknownDays = days.filter((d) => !this.#dayCounts.has(d.key));
    if (unknownDays.length > 0) await this.#loadDayCounts(unknownDays);
    if (counting.open) await this.#loadOpenLeads(profiles.map((p) => p.id));
    for (const [i, p] of profiles.entries()) {
      const key = days[i]?.key;
      loads[p.id] = {
        assignedToday: key
          ? (this.#dayCounts.get(key) ?? 0) + (this.#pendingDayCounts.get(key) ?? 0)
          : 0,
        openLeads: counting.open ? (this.#openLeads.get(p.id) ?? 0) : 0,
      };
    }
    const stateKey = this.#stateKeyOf(request.flowId, request.nodeId);
    const state = this.#states.has(stateKey)
      ? (this.#states.get(stateKey) ?? null)
      : await this.#stateOf(request.flowId, request.nodeId);
    // One object shape for every strategy (no properties added later): `distribute` reads it
    // for every lead, and a shape per strategy made those reads polymorphic.
    return {
      members,
      reps,
      loads,
      state,
      metrics:
        needs?.metric === 'open_leads'
          ? Object.fromEntries(profiles.map((p) => [p.id, loads[p.id]?.openLeads ?? 0]))
          : needs?.metric === 'field_sum'
            ? await this.#fieldSumsOf(repIds, needs.field, needs.since)
            : undefined,
      performance:
        needs?.metric === 'performance'
          ? await this.#performanceOf(repIds, needs.since)
          : undefined,
    };
  }

  /**
   * The node's members and rep profiles, worked out once per team and named reps for the life of
   * this object (configuration does not change within one write transaction): a long batch or a
   * backtest asks for the same node's again for every lead.
   */
  #knownTeam(request: ContextRequest): Team | undefined {
    // Keyed by the ids' own strings: a key built per lead would be hashed again per lead.
    if (request.namedRepIds.length > 0) return undefined;
    return this.#teams.get(request.orgId)?.get(request.teamId ?? '');
  }

  async #loadTeam(request: ContextRequest): Promise<Team> {
    const members = request.teamId ? await this.#config.members(this.#tx, request.teamId) : [];
    const repIds = [...new Set([...members.map((m) => m.repId), ...request.namedRepIds])];
    const profiles = await this.profiles(request.orgId, repIds);
    const team = {
      members,
      repIds,
      profiles,
      reps: Object.fromEntries(profiles.map((p) => [p.id, p])),
    };
    if (request.namedRepIds.length === 0) {
      const ofOrg = this.#teams.get(request.orgId) ?? new Map<string, Team>();
      ofOrg.set(request.teamId ?? '', team);
      this.#teams.set(request.orgId, ofOrg);
    }
    return team;
  }

  /** The reps of `repIds` that exist in the organisation. */
  async profiles(orgId: string, repIds: readonly string[]): Promise<RepProfile[]> {
    const profiles = await this.#config.profiles(this.#tx, orgId, repIds);
    for (const p of profiles) this.#timeZones.set(p.id, p.timeZone);
    return profiles;
  }

  /** Records an assignment in memory, so later leads of the batch see the rep's new load. */
  assigned(repId: string, lead: EnrichedLead, now: Date): void {
    const { key } = this.#repDay(repId, this.#timeZones.get(repId) ?? 'UTC', now);
    this.#pendingDayCounts.set(key, (this.#pendingDayCounts.get(key) ?? 0) + 1);
    if (this.#openLeads.has(repId))
      this.#openLeads.set(repId, (this.#openLeads.get(repId) ?? 0) + 1);
    const record = this.#performance.get(repId);
    if (record) record.leads += 1;
    this.#pendingAssignments.push({ repId, lead });
    for (const [field, sums] of this.#fieldSums) {
      if (sums.has(repId)) sums.set(repId, (sums.get(repId) ?? 0) + numeric(readPath(lead, field)));
    }
  }

  /** A replayed lead its rep has since closed: it no longer counts against their open leads. */
  closed(repId: string): void {
    const open = this.#openLeads.get(repId);
    if (open !== undefined && open > 0) this.#openLeads.set(repId, open - 1);
  }

  setState(flowId: string, nodeId: string, state: StrategyState, at: Date): void {
    const key = this.#stateKeyOf(flowId, nodeId);
    this.#states.set(key, state);
    this.#changedStates.set(key, { flowId, nodeId, at });
  }

  /**
   * The batch's strategy states and daily counts: one upsert each, built by hand like
   * `insertStatements` (drizzle's builder cost 2 % of the ingest path for these two statements).
   */
  flushStatements(): InStatement[] {
    const statements: InStatement[] = [];
    const states: InValue[] = [];
    for (const [key, { flowId, nodeId, at }] of this.#changedStates) {
      states.push(flowId, nodeId, JSON.stringify(this.#states.get(key)), at.getTime());
    }
    if (states.length > 0) {
      statements.push({
        sql: `insert into distribution_state (flow_id, node_id, state, updated_at) values ${tuples(states.length / 4, 4)} on conflict (flow_id, node_id) do update set state = excluded.state, updated_at = excluded.updated_at`,
        args: states,
      });
    }
    const counts: InValue[] = [];
    for (const [key, count] of this.#pendingDayCounts) {
      const [repId, day] = key.split('\n') as [string, string];
      counts.push(repId, day, count);
    }
    if (counts.length > 0) {
      statements.push({
        sql: `insert into rep_day_counts (rep_id, day, count) values ${tuples(counts.length / 3, 3)} on conflict (rep_id, day) do update set count = rep_day_counts.count + excluded.count`,
        args: counts,
      });
    }
    return statements;
  }

  // Daily caps reset at each rep's own midnight: read each rep's count for their local date.
  async #loadDayCounts(missing: RepDay[]) {
    for (const d of missing) this.#dayCounts.set(d.key, 0);
    if (this.#replay) return;
    const rows = await this.#tx
      .select({ repId: repDayCounts.repId, day: repDayCounts.day, n: repDayCounts.count })
      .from(repDayCounts)
      .where(
        or(
          ...missing.map((d) => and(eq(repDayCounts.repId, d.repId), eq(repDayCounts.day, d.day))),
        ),
      );
    for (const row of rows) this.#dayCounts.set(dayCountKey(row), Number(row.n));
  }

  async #loadOpenLeads(repIds: string[]): Promise<void> {
    const missing = repIds.filter((id) => !this.#openLeads.has(id));
    if (missing.length === 0) return;
    const rows = this.#replay
      ? []
      : await this.#tx
          .select({ repId: leads.ownerRepId, n: sql<number>`count(*)` })
          .from(leads)
          .where(and(inArray(leads.ownerRepId, missing), inArray(leads.status, [...openStatuses])))
          .groupBy(leads.ownerRepId);
    const counts = new Map(missing.map((id) => [id, this.#pendingFor(id).length]));
    for (const row of rows) {
      if (row.repId) counts.set(row.repId, (counts.get(row.repId) ?? 0) + Number(row.n));
    }
    for (const [id, n] of counts) this.#openLeads.set(id, n);
  }

  /** `stateKey`, reusing the last one built (consecutive leads mostly reach the same node). */
  #stateKeyOf(flowId: string, nodeId: string): string {
    const last = this.#lastStateKey;
    if (last && last.flowId === flowId && last.nodeId === nodeId) return last.key;
    const key = stateKey(flowId, nodeId);
    this.#lastStateKey = { flowId, nodeId, key };
    return key;
  }

  async #stateOf(flowId: string, nodeId: string): Promise<StrategyState | null> {
    const key = this.#stateKeyOf(flowId, nodeId);
    if (!this.#states.has(key) && this.#replay) this.#states.set(key, null);
    if (!this.#states.has(key)) {
      const [row] = await this.#tx
        .select({ state: distributionState.state })
        .from(distributionState)
        .where(and(eq(distributionState.flowId, flowId), eq(distributionState.nodeId, nodeId)));
      this.#states.set(key, row?.state ?? null);
    }
    return this.#states.get(key) ?? null;
  }

  async #fieldSumsOf(repIds: string[], field: string, since: Date) {
    let sums = this.#fieldSums.get(field);
    if (!sums) {
      sums = new Map();
      this.#fieldSums.set(field, sums);
    }
    const missing = repIds.filter((id) => !sums.has(id));
    if (missing.length > 0) {
      const rows = this.#replay
        ? []
        : await this.#tx
            .select({
              repId: leads.ownerRepId,
              total: sql<number>`coalesce(sum(json_extract(${leads.fields}, ${`$.${field}`})), 0)`,
            })
            .from(leads)
            .where(and(inArray(leads.ownerRepId, missing), gte(leads.assignedAt, since)))
            .groupBy(leads.ownerRepId);
      for (const id of missing) {
        const pending = this.#pendingFor(id).reduce(
          (sum, p) => sum + numeric(readPath(p.lead, field)),
          0,
        );
        sums.set(id, pending);
      }
      for (const row of rows) {
        if (row.repId) sums.set(row.repId, (sums.get(row.repId) ?? 0) + Number(row.total));
      }
    }
    return Object.fromEntries(repIds.map((id) => [id, sums.get(id) ?? 0]));
  }

  async #performanceOf(repIds: string[], since: Date) {
    const missing = repIds.filter((id) => !this.#performance.has(id));
    if (missing.length > 0) {
      const rows = await this.#tx
        .select({
          repId: leads.ownerRepId,
          leads: sql<number>`count(*)`,
          converted: sql<number>`sum(case when ${leads.status} = 'converted' then 1 else 0 end)`,
        })
        .from(leads)
        .where(and(inArray(leads.ownerRepId, missing), gte(leads.assignedAt, since)))
        .groupBy(leads.ownerRepId);
      for (const id of missing) {
        this.#performance.set(id, { leads: this.#pendingFor(id).length, converted: 0 });
      }
      for (const row of rows) {
        const record = row.repId ? this.#performance.get(row.repId) : undefined;
        if (record) {
          record.leads += Number(row.leads);
          record.converted += Number(row.converted);
        }
      }
    }
    return Object.fromEntries(
      repIds.map((id) => [id, { ...(this.#performance.get(id) ?? { leads: 0, converted: 0 }) }]),
    );
  }

  /**
   * `dayKey`, remembering each time zone's current day: a time-zone lookup per rep per lead was
   * a large part of a 100,000-lead backtest. A day is 23 to 25 hours, so the next day starts
   * before `start + 36 h` and ends after it.
   */
  #localDay(at: Date, timeZone: string): string {
    const known = this.#days.get(timeZone);
    const t = at.getTime();
    if (known && t >= known.start && t < known.end) return known.key;
    const key = dayKey(at, timeZone);
    const start = Number(key);
    const end = Number(dayKey(new Date(start + 36 * 3_600_000), timeZone));
    this.#days.set(timeZone, { key, start, end });
    return key;
  }

  /**
   * A rep's local day and its count key, the same object while the day lasts: building the key
   * string anew made every map lookup hash it again, per rep per lead.
   */
  #repDay(repId: string, timeZone: string, at: Date): RepDay {
    const day = this.#localDay(at, timeZone);
    const known = this.#repDays.get(repId);
    if (known?.day === day) return known;
    const fresh = { repId, day, key: dayCountKey({ repId, day }) };
    this.#repDays.set(repId, fresh);
    return fresh;
  }

  #pendingFor(repId: string) {
    return this.#pendingAssignments.filter((p) => p.repId === repId);
  }
}

/** `(?, ?), (?, ?)` for `rows` rows of `width` values. */
function tuples(rows: number, width: number): string {
  const tuple = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  return Array.from({ length: rows }, () => tuple).join(', ');
}

function dayCountKey(d: { repId: string; day: string }): string {
  return `${d.repId}\n${d.day}`;
}

function stateKey(flowId: string, nodeId: string): string {
  return `${flowId}\n${nodeId}`;
}

// Same reading as the SQL's `json_extract(fields, '$.<field>')`: dotted paths go into objects.
function readPath(lead: EnrichedLead, path: string): unknown {
  let value: unknown = lead;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function numeric(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : 0;
}
