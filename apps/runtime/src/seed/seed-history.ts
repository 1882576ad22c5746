import {
  applyLeadAction,
  claimLead,
  eq,
  experiments,
  flows,
  inArray,
  type LeadAction,
  leads,
  loadVersion,
  type PublishedFlow,
  publishFlow,
  recordAudit,
  routeLeads,
  runTimer,
  type Tx,
  timers,
} from '@switchyard/db';
import { AppError } from '@switchyard/engine';
import TinyQueue from 'tinyqueue';
import type { AppDeps } from '../deps';
import {
  arrivalsOn,
  demoLeadInput,
  type Random,
  seededRandom,
  waitMs,
  weighted,
} from './demo-leads';
import { demoReps } from './demo-org';

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;
// Leads of one slice are routed together, then the reps' actions until its end are played: caps
// and open-lead counts see the history at most this late.
const sliceMs = 4 * hourMs;
const seedActor = { type: 'system', id: null, label: 'Demo history' } as const;

/** How much history the demo organisation starts with. */
export type DemoHistoryOptions = { days: number; leadsPerDay: number; seed: number };

export const defaultDemoHistory: DemoHistoryOptions = {
  days: 90,
  leadsPerDay: 222,
  seed: 20_261_123,
};

type Document = { nodes: Array<{ id: string; config: Record<string, unknown> }> };

/**
 * The demo flow's three versions — what a sales team tries over a quarter — with each one's true
 * conversion lift, which the replayed reps' outcomes follow, so the reports have a real
 * difference to find. The third is the template itself, so the draft ends where a new user
 * expects it.
 */
function demoVersions(template: Document) {
  const withStrategies = (strategies: Record<string, unknown>) => ({
    ...template,
    nodes: template.nodes.map((node) =>
      node.id in strategies
        ? { ...node, config: { ...node.config, strategy: strategies[node.id] } }
        : node,
    ),
  });
  const roundRobin = { type: 'round_robin', onUnavailable: 'skip' };
  return [
    {
      note: 'Launch: every team takes leads in turn.',
      document: withStrategies({ mid_market: roundRobin, smb: roundRobin }),
      lift: 1,
    },
    {
      note: 'Mid-market leads go to the best converter of the last 30 days.',
      document: withStrategies({ smb: roundRobin }),
      lift: 1.2,
    },
    {
      note: 'Small-business leads balanced by open leads.',
      document: template,
      lift: 1.7,
    },
  ];
}

/** Midnight UTC `days` before `now`: when the demo history begins. */
export const historyStart = (now: Date, options: Pick<DemoHistoryOptions, 'days'>) =>
  new Date(Math.floor(now.getTime() / dayMs) * dayMs - options.days * dayMs);

/** What `publishDemoHistory` made, for `replayDemoHistory`. */
export type DemoHistoryPlan = {
  orgId: string;
  flowId: string;
  sourceIds: readonly string[];
  start: Date;
  end: Date;
  versions: Array<{ versionId: string; version: number; publishedAt: Date; lift: number }>;
  experiment: { id: string; startedAt: Date; stoppedAt: Date };
  options: DemoHistoryOptions;
};

/**
 * Publishes the demo flow's versions back in time — version 1 when the history starts, 2 a
 * third of the way in, 3 with an experiment "version 2 against 3" at five ninths, which version 3
 * wins and is promoted at seven ninths (for 90 days: 90, 60, 40 and 20 days ago) — inside the
 * demo's seeding transaction. The flow's draft ends as the template.
 */
export async function publishDemoHistory(
  tx: Tx,
  input: { orgId: string; flowId: string; sourceIds: readonly string[]; template: Document },
  tools: { ids: AppDeps['ids']; now: Date },
  options: DemoHistoryOptions,
): Promise<DemoHistoryPlan> {
  const end = tools.now;
  const start = historyStart(end, options);
  const at = (share: number) =>
    new Date(start.getTime() + Math.round(options.days * share) * dayMs);
  const publishedAt = [start, at(1 / 3), at(5 / 9)];
  const versions: DemoHistoryPlan['versions'] = [];
  for (const [index, step] of demoVersions(input.template).entries()) {
    const when = publishedAt[index] as Date;
    await tx.update(flows).set({ draft: step.document }).where(eq(flows.id, input.flowId));
    const published = await publishFlow(
      tx,
      { orgId: input.orgId, flowId: input.flowId, note: step.note },
      { ids: tools.ids, now: when },
    );
    versions.push({ ...published, publishedAt: when, lift: step.lift });
  }
  const [, challenged, winner] = versions as [unknown, (typeof versions)[0], (typeof versions)[0]];
  const experiment = {
    id: tools.ids.id('exp'),
    startedAt: winner.publishedAt,
    stoppedAt: at(7 / 9),
  };
  const arms = [
    { key: 'a', versionId: challenged.versionId, weight: 50 },
    { key: 'b', versionId: winner.versionId, weight: 50 },
  ];
  await tx.insert(experiments).values({
    ...experiment,
    orgId: input.orgId,
    flowId: input.flowId,
    name: `Version ${challenged.version} vs ${winner.version}: balanced small-business leads`,
    arms,
    status: 'promoted',
    promotedVersionId: winner.versionId,
    createdBy: seedActor.label,
  });
  const audit = (action: string, now: Date, after: unknown) =>
    recordAudit(
      tx,
      {
        orgId: input.orgId,
        actor: seedActor,
        action,
        target: { type: 'experiment', id: experiment.id },
        after,
      },
      { now, newId: tools.ids.id },
    );
  await audit('experiment.started', experiment.startedAt, { flowId: input.flowId, arms });
  await audit('experiment.promoted', experiment.stoppedAt, {
    status: 'promoted',
    liveVersionId: winner.versionId,
    version: winner.version,
  });
  return {
    orgId: input.orgId,
    flowId: input.flowId,
    sourceIds: input.sourceIds,
    start,
    end,
    versions,
    experiment,
    options,
  };
}

/** Something that happens later in the history: a rep's action, a claim, an SLA timer. */
type Pending = { at: number; seq: number; run: (tx: Tx, now: Date) => Promise<void> };

/** A routed lead as the replayed reps see it. */
type DemoLead = { leadId: string; grade: string | null; terminalId: string; lift: number };

const lostReasons = [
  'No budget',
  'Chose a competitor',
  'No reply after three attempts',
  'Bad timing',
];
// Chance that a worked lead converts, before the version's lift.
const conversionByGrade: Record<string, number> = { hot: 0.32, warm: 0.18, cold: 0.08 };

/** A deal's size: enterprise deals are bigger. */
function dealValue(random: Random, terminalId: string) {
  const [low, high] = terminalId.startsWith('enterprise')
    ? [24_000, 120_000]
    : terminalId === 'mid_market'
      ? [6_000, 30_000]
      : [1_200, 8_000];
  return Math.round((low * (high / low) ** random()) / 100) * 100;
}

/**
 * Plays the plan's history through the real runtime: every lead is routed by `routeLeads` at its
 * own time (by the version live then, or the experiment's arm), and the reps' accepts, contacts,
 * wins, losses and pool claims, and the SLA timers, run through the same functions as the API
 * and the workers, each at its own time. Seeded: the same options give the same history.
 */
export async function replayDemoHistory(
  deps: Pick<AppDeps, 'database' | 'ids'>,
  plan: DemoHistoryPlan,
): Promise<{ leads: number }> {
  const { db } = deps.database;
  const random = seededRandom(plan.options.seed);
  const newId = (prefix: string) => deps.ids.id(prefix);
  const compiled = new Map<string, PublishedFlow>();
  for (const version of plan.versions) {
    compiled.set(
      version.versionId,
      await loadVersion(db, { orgId: plan.orgId, flowId: plan.flowId, ...version }),
    );
  }
  const flowOf = (versionId: string) => compiled.get(versionId) as PublishedFlow;
  const [v1, v2, v3] = plan.versions as [
    DemoHistoryPlan['versions'][0],
    DemoHistoryPlan['versions'][0],
    DemoHistoryPlan['versions'][0],
  ];
  const experiment = {
    id: plan.experiment.id,
    arms: [
      { key: 'a', weight: 50, flow: flowOf(v2.versionId) },
      { key: 'b', weight: 50, flow: flowOf(v3.versionId) },
    ],
  };
  const lifts = new Map(plan.versions.map((v) => [v.versionId, v.lift]));
  const routingAt = (at: number) => {
    if (at < v2.publishedAt.getTime()) return { flow: flowOf(v1.versionId), experiment: null };
    if (at < plan.experiment.startedAt.getTime())
      return { flow: flowOf(v2.versionId), experiment: null };
    if (at < plan.experiment.stoppedAt.getTime()) return { flow: flowOf(v3.versionId), experiment };
    return { flow: flowOf(v3.versionId), experiment: null };
  };

  let seq = 0;
  const queue = new TinyQueue<Pending>([], (a, b) => a.at - b.at || a.seq - b.seq);
  const later = (at: number, run: Pending['run']) => queue.push({ at, seq: seq++, run });
  const act =
    (
      lead: DemoLead,
      repId: string,
      action: LeadAction,
      extra: { value?: number; reason?: string } = {},
    ) =>
    (tx: Tx, now: Date) =>
      applyLeadAction(tx, {
        orgId: plan.orgId,
        leadId: lead.leadId,
        action,
        repId,
        actor: 'rep',
        now,
        newId,
        ...extra,
      }).then(() => undefined);

  /** The owner accepts, calls, and wins or loses the lead — or lets it sit. */
  const work = (lead: DemoLead, repId: string, from: number) => {
    if (random() < 0.07) return;
    // Many reps call straight away instead of accepting first.
    const acceptedAt = from + waitMs(random, 40 * minuteMs);
    if (random() < 0.6) later(acceptedAt, act(lead, repId, 'accepted'));
    if (random() < 0.1) return;
    const contactedAt = acceptedAt + waitMs(random, 3 * hourMs);
    later(contactedAt, act(lead, repId, 'contacted'));
    const chance = (conversionByGrade[lead.grade ?? 'cold'] ?? 0.08) * lead.lift;
    if (random() < chance) {
      const value = dealValue(random, lead.terminalId);
      later(
        contactedAt + dayMs + waitMs(random, 2 * dayMs),
        act(lead, repId, 'converted', { value }),
      );
    } else if (random() < 0.75) {
      const reason = lostReasons[Math.floor(random() * lostReasons.length)] as string;
      later(contactedAt + dayMs + waitMs(random, 3 * dayMs), act(lead, repId, 'lost', { reason }));
    }
  };

  const smbReps = demoReps.filter((rep) => rep.team === 'smb').map((rep) => rep.id);
  const everyRep = demoReps.map((rep) => rep.id);
  /** Overflow leads are usually grabbed within the half-hour SLA; nurture leads slowly, or never. */
  const claimLater = (lead: DemoLead, poolNodeId: string, from: number) => {
    const overflow = poolNodeId === 'overflow';
    if (random() > (overflow ? 0.9 : 0.55)) return;
    const candidates = overflow ? everyRep : smbReps;
    const repId = candidates[Math.floor(random() * candidates.length)] as string;
    later(from + waitMs(random, overflow ? 20 * minuteMs : 8 * hourMs), async (tx, now) => {
      await claimLead(tx, { orgId: plan.orgId, leadId: lead.leadId, repId, now, newId });
      work(lead, repId, now.getTime());
    });
  };

  const owner = 'demo-history';
  const fireTimer = (timer: typeof timers.$inferSelect) => async (tx: Tx, now: Date) => {
    const leaseUntil = new Date(now.getTime() + minuteMs);
    await tx.update(timers).set({ leaseOwner: owner, leaseUntil }).where(eq(timers.id, timer.id));
    await runTimer(tx, { ...timer, leaseOwner: owner, leaseUntil }, { owner, now, newId });
  };

  const route = async (arrivals: readonly Date[]) => {
    const routed = await Promise.all(
      arrivals.map((now) =>
        deps.database.writeBatched(routeLeads, {
          leadId: newId('lead'),
          sourceId: weighted(random, [
            [plan.sourceIds[0] as string, 7],
            [plan.sourceIds.at(-1) as string, 3],
          ]),
          ...routingAt(now.getTime()),
          input: demoLeadInput(random),
          idempotencyKey: null,
          now,
          newId,
        }),
      ),
    );
    if (routed.length === 0) return;
    const ids = routed.map((lead) => lead.leadId);
    const versionOf = new Map(
      (
        await db
          .select({ id: leads.id, versionId: leads.flowVersionId })
          .from(leads)
          .where(inArray(leads.id, ids))
      ).map((row) => [row.id, row.versionId]),
    );
    for (const [index, result] of routed.entries()) {
      const lead: DemoLead = {
        leadId: result.leadId,
        grade: result.grade,
        terminalId: result.terminal.id,
        lift: lifts.get(versionOf.get(result.leadId) ?? '') ?? 1,
      };
      const at = (arrivals[index] as Date).getTime();
      if (result.assignee) work(lead, result.assignee.repId, at);
      else if (result.pool) claimLater(lead, result.pool.nodeId, at);
    }
    for (const timer of await db.select().from(timers).where(inArray(timers.leadId, ids))) {
      later(timer.dueAt.getTime(), fireTimer(timer));
    }
  };

  // Runs what falls before `until`, in time order; an action the lead has moved past (claimed by
  // someone else, reassigned by a timer) is skipped as the API would refuse it.
  const playUntil = async (until: number) => {
    if ((queue.peek()?.at ?? until) >= until) return;
    await deps.database.write(async (tx) => {
      for (let next = queue.peek(); next && next.at < until; next = queue.peek()) {
        queue.pop();
        try {
          await next.run(tx, new Date(next.at));
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
        }
      }
    });
  };

  const end = plan.end.getTime();
  let total = 0;
  for (let day = plan.start.getTime(); day < end; day += dayMs) {
    const arrivals = arrivalsOn(random, new Date(day), plan.options.leadsPerDay).filter(
      (at) => at.getTime() < end,
    );
    total += arrivals.length;
    for (let slice = day; slice < Math.min(day + dayMs, end); slice += sliceMs) {
      const sliceEnd = Math.min(slice + sliceMs, end);
      await route(arrivals.filter((at) => at.getTime() >= slice && at.getTime() < sliceEnd));
      await playUntil(sliceEnd);
    }
  }
  return { leads: total };
}
