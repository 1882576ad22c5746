import { AppError, failure } from '@switchyard/engine';
import { and, eq } from 'drizzle-orm';
import { enqueueEvent } from '../routing/outbox-events';
import { recordAssignment } from '../routing/record-assignment';
import { leadEvents, leads, reps } from '../schema';
import type { Tx } from '../types';
import type { LeadRow } from './lead-row';

const closed = new Set(['converted', 'lost', 'disqualified']);

/**
 * A manager hands a lead to a rep they name (manual reassignment): any open lead, assigned or
 * pooled, to any rep of the organisation. Counted against the rep's day like any assignment.
 */
export async function reassignLeadTo(
  tx: Tx,
  lead: LeadRow,
  input: { repId: string; now: Date; newId(prefix: string): string },
): Promise<LeadRow> {
  if (closed.has(lead.status)) {
    throw new AppError(
      failure('invalid_transition', `This lead is ${lead.status}; it can no longer be reassigned.`),
    );
  }
  const [rep] = await tx
    .select({ id: reps.id })
    .from(reps)
    .where(and(eq(reps.id, input.repId), eq(reps.orgId, lead.orgId)));
  if (!rep) throw new AppError(failure('rep_not_found', `There is no rep "${input.repId}".`));
  if (lead.ownerRepId === rep.id && lead.status !== 'pooled') {
    throw new AppError(failure('invalid_input', 'This lead already belongs to that rep.'));
  }
  const [updated] = await tx
    .update(leads)
    .set({
      status: 'assigned',
      ownerRepId: rep.id,
      poolNodeId: null,
      assignedAt: input.now,
      acceptedAt: null,
      reassignCount: lead.reassignCount + 1,
    })
    .where(eq(leads.id, lead.id))
    .returning();
  await recordAssignment(tx, {
    id: input.newId('asg'),
    orgId: lead.orgId,
    leadId: lead.id,
    repId: rep.id,
    nodeId: lead.terminalNodeId,
    via: 'reassign',
    at: input.now,
  });
  await tx.insert(leadEvents).values({
    id: input.newId('evt'),
    orgId: lead.orgId,
    leadId: lead.id,
    type: 'reassigned',
    repId: rep.id,
    reason: 'manual',
    actor: 'manager',
    at: input.now,
  });
  await enqueueEvent(tx, {
    orgId: lead.orgId,
    type: 'lead.reassigned',
    data: { leadId: lead.id, previousRepId: lead.ownerRepId, repId: rep.id, reason: 'manual' },
    now: input.now,
    newId: input.newId,
  });
  return updated as LeadRow;
}
