import {
  claimLead,
  claimNext,
  desc,
  eq,
  flowVersions,
  type LeadRow,
  listPool,
  type Queryable,
} from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { z } from 'zod';
import { fail } from '../errors';
import { findFlow } from '../owned';
import { idSchema, iso, isoOrNull } from '../time';
import { orgProcedure, router } from '../trpc';

/**
 * Whether a pool node is blind, from the newest version that has it: a pool removed in a later
 * version may still hold leads, and they keep the mode they were pooled under.
 */
async function isBlindPool(db: Queryable, flowId: string, poolNodeId: string): Promise<boolean> {
  const versions = await db
    .select({ document: flowVersions.document })
    .from(flowVersions)
    .where(eq(flowVersions.flowId, flowId))
    .orderBy(desc(flowVersions.version));
  for (const { document } of versions) {
    const nodes = (document as { nodes?: unknown }).nodes;
    const node = Array.isArray(nodes)
      ? nodes.find((n: { id?: unknown }) => n?.id === poolNodeId)
      : undefined;
    if (node?.kind === 'pool') return node.config?.mode !== 'cherry_pick';
  }
  return fail(failure('invalid_input', `This flow has no pool "${poolNodeId}".`));
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
  /** The leads waiting in a pool, oldest first; a blind pool hides who they are until claimed. */
  list: orgProcedure.input(poolInput).query(async ({ ctx, input }) => {
    const { db } = ctx.database;
    const flow = await findFlow(db, ctx.orgId, input.flowId);
    const blind = await isBlindPool(db, flow.id, input.poolNodeId);
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
        orgId: ctx.orgId,
        flowId: flow.id,
        now: ctx.clock(),
        newId: (prefix) => ctx.ids.id(prefix),
      });
      return { lead: lead ? claimed(lead) : null };
    }),
  ),
});
