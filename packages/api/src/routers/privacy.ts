import {
  and,
  asc,
  assignments,
  eq,
  hashKey,
  inArray,
  invitations,
  isNull,
  leadEvents,
  leads,
  members,
  outbox,
  type Queryable,
  reps,
  sql,
  users,
} from '@switchyard/db';
import { z } from 'zod';
import { audit } from '../audit';
import { leadDetail } from '../leads/lead-view';
import { eraseLead, replaceDeep } from '../leads/pii';
import { iso } from '../time';
import { orgProcedure, router } from '../trpc';

const emailInput = z.object({
  email: z
    .email('Give the e-mail address of the person.')
    .max(320)
    .transform((email) => email.toLowerCase()),
});

// The person is named in the audit log by a hash of their e-mail: the log proves the request
// was handled without keeping the very data that was erased.
const personTarget = (email: string) => ({ type: 'person', id: `sha256:${hashKey(email)}` });

function leadsOf(db: Queryable, orgId: string, email: string) {
  return db
    .select()
    .from(leads)
    .where(and(eq(leads.orgId, orgId), eq(leads.email, email), isNull(leads.erasedAt)))
    .orderBy(asc(leads.receivedAt), asc(leads.id));
}

/** Privacy requests about one person, by e-mail: export everything held, or erase it. */
export const privacyRouter = router({
  /** Everything this organisation holds about the person, as JSON; audited. */
  export: orgProcedure.input(emailInput).mutation(({ ctx, input }) =>
    ctx.database.write(async (tx) => {
      const found = await leadsOf(tx, ctx.orgId, input.email);
      const ids = found.map((lead) => lead.id);
      const events = ids.length
        ? await tx
            .select()
            .from(leadEvents)
            .where(and(eq(leadEvents.orgId, ctx.orgId), inArray(leadEvents.leadId, ids)))
            .orderBy(asc(leadEvents.at), sql`rowid`)
        : [];
      const handedTo = ids.length
        ? await tx
            .select()
            .from(assignments)
            .where(and(eq(assignments.orgId, ctx.orgId), inArray(assignments.leadId, ids)))
            .orderBy(asc(assignments.at))
        : [];
      const asRep = await tx
        .select({ id: reps.id, name: reps.name, email: reps.email, createdAt: reps.createdAt })
        .from(reps)
        .where(and(eq(reps.orgId, ctx.orgId), sql`lower(${reps.email}) = ${input.email}`));
      const asMember = await tx
        .select({
          id: members.id,
          role: members.role,
          name: users.name,
          createdAt: members.createdAt,
        })
        .from(members)
        .innerJoin(users, eq(users.id, members.userId))
        .where(and(eq(members.organizationId, ctx.orgId), eq(users.email, input.email)));
      const invited = await tx
        .select({ id: invitations.id, role: invitations.role, status: invitations.status })
        .from(invitations)
        .where(and(eq(invitations.organizationId, ctx.orgId), eq(invitations.email, input.email)));
      const exportedAt = ctx.clock();
      await audit(tx, ctx, {
        action: 'privacy.exported',
        target: personTarget(input.email),
        after: { leads: found.length, reps: asRep.length, members: asMember.length },
      });
      const at = <T extends { at: Date }>(row: T) => ({ ...row, at: iso(row.at) });
      return {
        email: input.email,
        exportedAt: iso(exportedAt),
        leads: found.map((lead) => ({
          ...leadDetail(lead),
          events: events.filter((e) => e.leadId === lead.id).map(({ orgId: _o, ...e }) => at(e)),
          assignments: handedTo
            .filter((a) => a.leadId === lead.id)
            .map(({ orgId: _o, ...a }) => at(a)),
        })),
        reps: asRep.map((rep) => ({ ...rep, createdAt: iso(rep.createdAt) })),
        members: asMember.map((member) => ({ ...member, createdAt: iso(member.createdAt) })),
        invitations: invited,
      };
    }),
  ),

  /**
   * Erases the person's leads: e-mail, names, phone and raw input removed, trace values
   * replaced; status, route, score, events and assignments stay so reports still add up.
   * Pending webhook messages about them are scrubbed too. Audited (without the e-mail).
   */
  erase: orgProcedure.input(emailInput).mutation(({ ctx, input }) =>
    ctx.database.write(async (tx) => {
      const found = await leadsOf(tx, ctx.orgId, input.email);
      const now = ctx.clock();
      for (const lead of found) {
        await tx.update(leads).set(eraseLead(lead, now)).where(eq(leads.id, lead.id));
      }
      const pending = await tx
        .select({ id: outbox.id, payload: outbox.payload })
        .from(outbox)
        .where(
          and(
            eq(outbox.orgId, ctx.orgId),
            isNull(outbox.deliveredAt),
            sql`lower(${outbox.payload}) like ${`%${input.email.replace(/[\\%_]/g, '\\$&')}%`} escape '\\'`,
          ),
        );
      const scrub = new Map([[input.email, '[erased]']]);
      for (const message of pending) {
        const payload = replaceDeep(message.payload, scrub);
        await tx.update(outbox).set({ payload }).where(eq(outbox.id, message.id));
      }
      await audit(tx, ctx, {
        action: 'privacy.erased',
        target: personTarget(input.email),
        after: { leads: found.map((lead) => lead.id), webhookMessages: pending.length },
      });
      return { email: input.email, erasedLeads: found.length, erasedAt: iso(now) };
    }),
  ),
});
