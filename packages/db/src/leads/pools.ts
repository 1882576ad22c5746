import { AppError, failure } from '@switchyard/engine';
import { and, asc, eq } from 'drizzle-orm';
import { recordAssignment } from '../routing/record-assignment';
import { leadEvents, leads, reps, teamMembers } from '../schema';
import type { Queryable, Tx } from '../types';
import { findLead, type LeadRow, versionOf } from './lead-row';

/** One waiting lead as a pool shows it: blind pools hide who it is until claimed. */
export type PoolEntry = {
  leadId: string;
  receivedAt: Date;
  score: number;
  grade: string | null;
  fields: Record<string, unknown> | null;
};

/** The leads waiting in a pool node of a flow, oldest first. */
export async function listPool(
  db: Queryable,
  input: { orgId: string; flowId: string; poolNodeId: string; blind: boolean; limit?: number },
): Promise<PoolEntry[]> {
  const rows = await db
    .select()
    .from(leads)
    .where(
      and(
        eq(leads.orgId, input.orgId),
        eq(leads.poolNodeId, input.poolNodeId),
        eq(leads.flowId, input.flowId),
        eq(leads.status, 'pooled'),
      ),
    )
    .orderBy(asc(leads.receivedAt), asc(leads.id))
    .limit(input.limit ?? 100);
  return rows.map((row) => ({
    leadId: row.id,
    receivedAt: row.receivedAt,
    score: row.score,
    grade: row.grade,
    fields: input.blind ? null : row.fields,
  }));
}

/**
 * Claims a pooled lead for a rep. The update is conditional on the lead still being pooled, so of
 * two simultaneous claims exactly one wins and the other gets `already_claimed` (HTTP 409).
 */
export async function claimLead(
  tx: Tx,
  input: { orgId: string; leadId: string; repId: string; now: Date; newId(prefix: string): string },
): Promise<LeadRow> {
  const lead = await findLead(tx, input.orgId, input.leadId);
  if (lead.status !== 'pooled' || lead.poolNodeId === null) {
    throw new AppError(failure('already_claimed', 'Someone else claimed this lead first.'));
  }
  await assertMayClaim(tx, lead, input.repId);
  const [claimed] = await tx
    .update(leads)
    .set({ status: 'assigned', ownerRepId: input.repId, poolNodeId: null, assignedAt: input.now })
    .where(and(eq(leads.id, lead.id), eq(leads.status, 'pooled')))
    .returning();
  if (!claimed)
    throw new AppError(failure('already_claimed', 'Someone else claimed this lead first.'));
  await recordAssignment(tx, {
    id: input.newId('asg'),
    orgId: input.orgId,
    leadId: lead.id,
    repId: input.repId,
    nodeId: lead.poolNodeId,
    via: 'claim',
    at: input.now,
  });
  await tx.insert(leadEvents).values({
    id: input.newId('evt'),
    orgId: input.orgId,
    leadId: lead.id,
    type: 'claimed',
    repId: input.repId,
    actor: 'rep',
    at: input.now,
  });
  return claimed;
}

/** Blind pull: claims the oldest lead waiting in the pool, or returns null when it is empty. */
export async function claimNext(
  tx: Tx,
  input: {
    orgId: string;
    flowId: string;
    poolNodeId: string;
    repId: string;
    now: Date;
    newId(prefix: string): string;
  },
): Promise<LeadRow | null> {
  const [next] = await listPool(tx, { ...input, blind: true, limit: 1 });
  if (!next) return null;
  return claimLead(tx, { ...input, leadId: next.leadId });
}

// A pool with a team (shotgun) is open to that team's members only.
async function assertMayClaim(tx: Tx, lead: LeadRow, repId: string): Promise<void> {
  const [rep] = await tx
    .select({ id: reps.id, active: reps.active })
    .from(reps)
    .where(and(eq(reps.id, repId), eq(reps.orgId, lead.orgId)));
  if (!rep) throw new AppError(failure('rep_not_found', `There is no rep "${repId}".`));
  const flow = await versionOf(tx, lead);
  const pool = flow.nodes.get(lead.poolNodeId ?? '');
  const teamKey = pool?.kind === 'pool' ? pool.config.team : undefined;
  const teamId = teamKey ? flow.teamMap[teamKey] : undefined;
  if (!teamId) return;
  const [member] = await tx
    .select({ repId: teamMembers.repId })
    .from(teamMembers)
    .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.repId, repId)));
  if (!member) {
    throw new AppError(failure('not_allowed', 'This pool is open to its own team only.'));
  }
}
