import { createFlow, publishFlow } from '../src/admin/flows';
import type { Database } from '../src/open-database';
import { loadLiveFlow } from '../src/routing/published-flow';
import { type LeadSubmission, routeLeads } from '../src/routing/route-leads';
import { organizations, reps, sources, teamMembers, teams } from '../src/schema';
import { createIdSource } from '../src/security/ids';

export const fixtureNow = new Date('2026-11-20T15:00:00Z');

/** A flow node as a manager's canvas saves it. */
export const node = (id: string, kind: string, config: Record<string, unknown>) => ({
  id,
  kind,
  label: id,
  position: { x: 0, y: 0 },
  config,
});

/** capture → round robin over team "sales", falling back to the blind pool "overflow". */
export const roundRobinDocument = {
  format: 'switchyard.flow/1',
  name: 'Round robin test',
  teams: [{ key: 'sales', label: 'Sales' }],
  nodes: [
    node('start', 'capture', {}),
    node('rotate', 'assign', {
      team: 'sales',
      strategy: { type: 'round_robin' },
      fallback: { pool: 'overflow' },
    }),
    node('overflow', 'pool', { mode: 'blind' }),
  ],
  edges: [{ id: 'e1', source: 'start', target: 'rotate' }],
};

/** A seeded xorshift byte source: ids repeat between runs but never within one. */
export function seededBytes(seed: number) {
  let state = seed;
  return (size: number) =>
    Uint8Array.from({ length: size }, () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return state & 0xff;
    });
}

/**
 * Organisation "org" with team "team" of reps r1, r2, r3 (in that order), `document` published
 * with its team "sales" mapped to "team", and JSON source "src". `submission` builds leads to
 * route; `routeAll` queues them in one tick, so the write queue hands them over as one batch.
 */
export async function seedRouting(
  database: Database,
  document: unknown,
  options: { dailyCap?: number } = {},
) {
  const now = fixtureNow;
  const ids = createIdSource({ now: () => now, randomBytes: seededBytes(1) });
  const flowId = await database.write(async (tx) => {
    await tx.insert(organizations).values({ id: 'org', name: 'Org', createdAt: now });
    await tx.insert(teams).values({ id: 'team', orgId: 'org', name: 'Sales', createdAt: now });
    for (const [position, id] of ['r1', 'r2', 'r3'].entries()) {
      await tx.insert(reps).values({
        id,
        orgId: 'org',
        name: `Rep ${id}`,
        email: `${id}@reps.example`,
        dailyCap: options.dailyCap ?? null,
        createdAt: now,
      });
      await tx.insert(teamMembers).values({ teamId: 'team', repId: id, position });
    }
    const flow = await createFlow(
      tx,
      { orgId: 'org', name: 'Fixture', document, teamMap: { sales: 'team' } },
      { ids, now },
    );
    await publishFlow(tx, { orgId: 'org', flowId: flow.id }, { ids, now });
    await tx.insert(sources).values({
      id: 'src',
      orgId: 'org',
      flowId: flow.id,
      name: 'Form',
      type: 'json',
      createdAt: now,
    });
    return flow.id;
  });
  const flow = await loadLiveFlow(database.db, flowId);
  if (!flow) throw new Error('no live flow');
  let n = 0;
  const submission = (email: string, extra: Partial<LeadSubmission> = {}): LeadSubmission => ({
    leadId: `lead${++n}`,
    sourceId: 'src',
    flow,
    input: { email },
    idempotencyKey: null,
    now,
    newId: ids.id,
    ...extra,
  });
  const routeAll = (submissions: LeadSubmission[]) =>
    Promise.allSettled(submissions.map((s) => database.writeBatched(routeLeads, s)));
  return { submission, routeAll, flowId, ids };
}
