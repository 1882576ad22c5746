import {
  and,
  asc,
  desc,
  eq,
  findLead,
  flowVersions,
  leadEvents,
  leadStatuses,
  leads,
  reassignLeadTo,
  reps,
  sql,
} from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { z } from 'zod';
import { type Principal, seesPii } from '../access';
import { audit } from '../audit';
import { fail } from '../errors';
import { decodeCursor, encodeCursor } from '../leads/lead-cursor';
import { leadDetail, leadSummary } from '../leads/lead-view';
import { maskLead } from '../leads/pii';
import { idSchema, instantSchema, iso } from '../time';
import { orgProcedure, router } from '../trpc';

// `%` and `_` typed by the manager are literal characters, not wildcards.
const likePattern = (search: string) => `%${search.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;

const listInput = z.object({
  status: z.enum(leadStatuses).optional(),
  ownerRepId: idSchema.optional(),
  flowId: idSchema.optional(),
  search: z.string().trim().min(1).max(200).optional(),
  from: instantSchema.optional(),
  to: instantSchema.optional(),
  cursor: z.string().min(1).max(200).optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

/** A rep sees only the leads they own; a rep member without a rep sees none. */
function ownerFilter(principal: Principal) {
  if (principal.type !== 'user' || principal.role !== 'rep') return undefined;
  return principal.repId === null ? sql`0` : eq(leads.ownerRepId, principal.repId);
}

/** Leads: the list with filters, and one lead with its history and the version that routed it. */
export const leadRouter = router({
  /** Newest first, `limit` at a time; pass `nextCursor` back for the next page. */
  list: orgProcedure.input(listInput).query(async ({ ctx, input }) => {
    const from = input.from ? Date.parse(input.from) : undefined;
    const to = input.to ? Date.parse(input.to) : undefined;
    if (from !== undefined && to !== undefined && from >= to) {
      fail(failure('invalid_input', 'The period must end after it starts.'));
    }
    const after = input.cursor ? decodeCursor(input.cursor) : undefined;
    const pattern = input.search ? likePattern(input.search) : undefined;
    const pii = seesPii(ctx.principal);
    const rows = await ctx.database.db
      .select({ lead: leads, ownerName: reps.name })
      .from(leads)
      .leftJoin(reps, and(eq(reps.id, leads.ownerRepId), eq(reps.orgId, ctx.orgId)))
      .where(
        and(
          eq(leads.orgId, ctx.orgId),
          ownerFilter(ctx.principal),
          input.status ? eq(leads.status, input.status) : undefined,
          input.ownerRepId ? eq(leads.ownerRepId, input.ownerRepId) : undefined,
          input.flowId ? eq(leads.flowId, input.flowId) : undefined,
          // Without PII access the search covers the company only: no probing for an e-mail.
          pattern && pii
            ? sql`(lower(coalesce(${leads.email}, '')) like ${pattern} escape '\\' or lower(coalesce(json_extract(${leads.fields}, '$.company'), '')) like ${pattern} escape '\\')`
            : undefined,
          pattern && !pii
            ? sql`lower(coalesce(json_extract(${leads.fields}, '$.company'), '')) like ${pattern} escape '\\'`
            : undefined,
          from !== undefined ? sql`${leads.receivedAt} >= ${from}` : undefined,
          to !== undefined ? sql`${leads.receivedAt} < ${to}` : undefined,
          after
            ? sql`(${leads.receivedAt} < ${after.receivedAt} or (${leads.receivedAt} = ${after.receivedAt} and ${leads.id} < ${after.id}))`
            : undefined,
        ),
      )
      .orderBy(desc(leads.receivedAt), desc(leads.id))
      .limit(input.limit + 1);
    const page = rows.slice(0, input.limit);
    const last = page.at(-1)?.lead;
    const more = rows.length > input.limit && last !== undefined;
    return {
      items: page.map((row) => leadSummary(pii ? row.lead : maskLead(row.lead), row.ownerName)),
      nextCursor: more
        ? encodeCursor({ receivedAt: last.receivedAt.getTime(), id: last.id })
        : null,
    };
  }),

  /** One lead, its events in order and the version document it went through (for the trace). */
  byId: orgProcedure.input(z.object({ id: idSchema })).query(async ({ ctx, input }) => {
    const { db } = ctx.database;
    const lead = await findLead(db, ctx.orgId, input.id);
    const { principal } = ctx;
    if (
      principal.type === 'user' &&
      principal.role === 'rep' &&
      lead.ownerRepId !== principal.repId
    ) {
      // Another rep's lead is as invisible as another organisation's.
      fail(failure('lead_not_found', `There is no lead "${input.id}".`));
    }
    const events = await db
      .select()
      .from(leadEvents)
      .where(and(eq(leadEvents.leadId, lead.id), eq(leadEvents.orgId, ctx.orgId)))
      // Events of one millisecond keep the order they were written in (rowid), not id order.
      .orderBy(asc(leadEvents.at), sql`rowid`);
    const [version] = await db
      .select({
        id: flowVersions.id,
        version: flowVersions.version,
        document: flowVersions.document,
      })
      .from(flowVersions)
      .where(and(eq(flowVersions.id, lead.flowVersionId), eq(flowVersions.flowId, lead.flowId)));
    return {
      lead: leadDetail(seesPii(principal) ? lead : maskLead(lead)),
      events: events.map(({ orgId: _org, ...event }) => ({ ...event, at: iso(event.at) })),
      version: version ?? null,
    };
  }),

  /** A manager hands an open lead to a rep they name; recorded in the audit log. */
  reassign: orgProcedure
    .input(z.object({ id: idSchema, repId: idSchema }))
    .mutation(({ ctx, input }) =>
      ctx.database.write(async (tx) => {
        const lead = await findLead(tx, ctx.orgId, input.id);
        const updated = await reassignLeadTo(tx, lead, {
          repId: input.repId,
          now: ctx.clock(),
          newId: (prefix) => ctx.ids.id(prefix),
        });
        await audit(tx, ctx, {
          action: 'lead.reassigned',
          target: { type: 'lead', id: lead.id },
          before: { status: lead.status, ownerRepId: lead.ownerRepId, poolNodeId: lead.poolNodeId },
          after: { status: updated.status, ownerRepId: updated.ownerRepId },
        });
        return { id: updated.id, status: updated.status, ownerRepId: updated.ownerRepId };
      }),
    ),
});
