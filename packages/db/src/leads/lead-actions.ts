import { AppError, canTake, failure, type LeadAction, type LeadStatus } from '@switchyard/engine';
import { and, eq } from 'drizzle-orm';
import { enqueueEvent } from '../routing/outbox-events';
import { leadEvents, leads } from '../schema';
import type { Tx } from '../types';
import { findLead } from './lead-row';
import { reassignLead } from './reassign';

export { type LeadAction, leadActions } from '@switchyard/engine';

export type LeadActionInput = {
  orgId: string;
  leadId: string;
  action: LeadAction;
  /** The rep acting; when set, they must own the lead. A CRM callback may leave it out. */
  repId?: string;
  value?: number;
  reason?: string;
  actor: 'rep' | 'crm' | 'manager';
  now: Date;
  newId(prefix: string): string;
};

/** Applies a rep action or CRM outcome atomically and records it as a lead event. */
export async function applyLeadAction(
  tx: Tx,
  input: LeadActionInput,
): Promise<{ leadId: string; status: LeadStatus; ownerRepId: string | null }> {
  const lead = await findLead(tx, input.orgId, input.leadId);
  if (input.repId !== undefined && lead.ownerRepId !== input.repId) {
    throw new AppError(failure('not_allowed', 'Only the rep who owns this lead can do that.'));
  }
  if (!canTake(input.action, lead.status)) {
    throw new AppError(
      failure(
        'invalid_transition',
        `A lead that is ${lead.status} cannot be marked ${input.action}.`,
      ),
    );
  }
  if (input.action === 'lost' && !input.reason?.trim()) {
    throw new AppError(failure('invalid_input', 'Say why the lead was lost.'));
  }
  await tx.insert(leadEvents).values({
    id: input.newId('evt'),
    orgId: input.orgId,
    leadId: lead.id,
    type: input.action,
    repId: input.repId ?? lead.ownerRepId,
    value: input.value ?? null,
    reason: input.reason ?? null,
    actor: input.actor,
    at: input.now,
  });
  if (input.action === 'released') {
    const next = await reassignLead(tx, lead, {
      exclude: lead.ownerRepId ? [lead.ownerRepId] : [],
      reason: input.reason ?? 'released by the rep',
      now: input.now,
      newId: input.newId,
    });
    return {
      leadId: lead.id,
      status: next.status,
      ownerRepId: next.status === 'assigned' ? next.repId : null,
    };
  }
  const status: LeadStatus = input.action;
  const update: Partial<typeof leads.$inferInsert> = { status };
  if (input.action === 'accepted') update.acceptedAt = input.now;
  if (input.action !== 'accepted' && lead.firstTouchAt === null) update.firstTouchAt = input.now;
  if (input.action === 'converted' || input.action === 'lost') update.closedAt = input.now;
  if (input.action === 'converted') update.value = input.value ?? null;
  if (input.action === 'lost') update.lostReason = input.reason ?? null;
  const updated = await tx
    .update(leads)
    .set(update)
    .where(and(eq(leads.id, lead.id), eq(leads.status, lead.status)))
    .returning({ id: leads.id });
  if (updated.length === 0) {
    throw new AppError(
      failure('invalid_transition', 'The lead changed meanwhile; reload and try again.'),
    );
  }
  if (input.action === 'converted') {
    await enqueueEvent(tx, {
      orgId: input.orgId,
      type: 'lead.converted',
      data: { leadId: lead.id, repId: lead.ownerRepId, value: input.value ?? null },
      now: input.now,
      newId: input.newId,
    });
  }
  return { leadId: lead.id, status, ownerRepId: lead.ownerRepId };
}
