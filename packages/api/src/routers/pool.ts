import {
  and,
  claimLead,
  claimNext,
  desc,
  eq,
  flowVersions,
  type LeadRow,
  listPool,
  type Queryable,
  teamMembers,
} from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { z } from 'zod';
import type { Principal } from '../access';
import { fail } from '../errors';
import { findFlow } from '../owned';
import { claimablePools } from '../pools/claimable-pools';
import { idSchema, iso, isoOrNull } from '../time';
import { orgProcedure, router } from '../trpc';

/**
 * A pool node's mode and team, from the newest version that has it: a pool removed in a later
 * version may still hold leads, and they keep the mode they were pooled under.
 */
async function poolOf(db: Queryable, flowId: string, poolNodeId: string) {
  const versions = await db
    .select({ document: flowVersions.document, teamMap: flowVersions.teamMap })
    .from(flowVersions)
    .where(eq(flowVersions.flowId, flowId))
    .orderBy(desc(flowVersions.version));
  for (const { document, teamMap } of versions) {
    const nodes = (document as { nodes?: unknown }).nodes;
    const node = Array.isArray(nodes)
      ? nodes.find((n: { id?: unknown }) => n?.id === poolNodeId)
      : undefined;
    if (node?.kind === 'pool') {
      const teamKey = node.config?.team;
      return {
        blind: node.config?.mode !== 'cherry_pick',
        teamId: typeof teamKey === 'string' ? (teamMap[teamKey] ?? null) : null,
      };
    }
  }
  return fail(failure('invalid_input', `This flow has no pool "${poolNodeId}".`));
}

/** A rep member acts as their own rep only; managers and owners act for any rep. */
function actingRep(principal: Principal, repId: string): string {
  if (principal.type !== 'user' || principal.role !== 'rep') return repId;
  if (principal.repId === null || principal.repId !== repId) {
    fail(failure('not_allowed', 'A rep can claim leads for themselves only.'));
  }
  return repId;
}

/** A rep sees a team's pool only when they are on that team; pools without a team are open. */
async function assertRepSeesPool(db: Queryable, principal: Principal, teamId: string | null) {
  if (principal.type !== 'user' || principal.role !== 'rep' || teamId === null) return;
  const [member] = principal.repId
    ? await db
        .select({ repId: teamMembers.repId })
        .from(teamMembers)
        .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.repId, principal.repId)))
    : [];
  if (!member) fail(failure('not_allowed', 'This pool is open to its own team only.'));
}

const claimed = (lead: LeadRow) => ({
  id: lead.id,
  status: lead.status,
  ownerRepId: lead.ownerRepId,
  assignedAt: isoOrNull(lead.assignedAt),
});

const poolInput = z.object({ flowId: idSchema, poolNodeId: idSchema });

/** Pools: leads waiting for a rep to pull them; claims are atomic. */
export const poolRouter = router({
  /**
   * The pools of the live flows the caller may claim from, with their mode and team: every pool
   * for owners and managers, a rep's own teams' pools and the team-less ones for a rep.
   */
  mine: orgProcedure.query(({ ctx }) => claimablePools(ctx.database.db, ctx.orgId, ctx.principal)),

  /** The leads waiting in a pool, oldest first; a blind pool hides who they are until claimed. */
  list: orgProcedure.input(poolInput).query(async ({ ctx, input }) => {
    const { db } = ctx.database;
    const flow = await findFlow(db, ctx.orgId, input.flowId);
    const { blind, teamId } = await poolOf(db, flow.id, input.poolNodeId);
    await assertRepSeesPool(db, ctx.principal, teamId);
    const entries = await listPool(db, { ...input, orgId: ctx.orgId, flowId: flow.id, blind });
    return {
      blind,
      leads: entries.map((entry) => ({ ...entry, receivedAt: iso(entry.receivedAt) })),
    };
  }),

  /** Claims one pooled lead for a rep; the second claimer gets `already_claimed`. */
  claim: orgProcedure
    .input(z.object({ leadId: idSchema, repId: idSchema }))
    .mutation(({ ctx, input }) =>
      ctx.database.write(async (tx) => {
        const lead = await claimLead(tx, {
          ...input,
          repId: actingRep(ctx.principal, input.repId),
          orgId: ctx.orgId,
          now: ctx.clock(),
          newId: (prefix) => ctx.ids.id(prefix),
        });
        return claimed(lead);
      }),
    ),

  /** Blind pull: claims the oldest lead of the pool for a rep; `lead` is null when it is empty. */
  claimNext: orgProcedure.input(poolInput.extend({ repId: idSchema })).mutation(({ ctx, input }) =>
    ctx.database.write(async (tx) => {
      const flow = await findFlow(tx, ctx.orgId, input.flowId);
      const lead = await claimNext(tx, {
        ...input,
        repId: actingRep(ctx.principal, input.repId),
        orgId: ctx.orgId,
        flowId: flow.id,
        now: ctx.clock(),
        newId: (prefix) => ctx.ids.id(prefix),
      });
      return { lead: lead ? claimed(lead) : null };
    }),
  ),
});
