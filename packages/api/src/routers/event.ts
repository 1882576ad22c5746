import { applyLeadAction, leadActions } from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { z } from 'zod';
import { fail } from '../errors';
import { idSchema } from '../time';
import { orgProcedure, router } from '../trpc';

/** Lead events: what a rep (or a manager on their behalf) reports about a lead. */
export const eventRouter = router({
  /**
   * Records accepted / contacted / converted / lost / released. With `repId` it is that rep's
   * own action (they must own the lead); without, a manager's.
   */
  record: orgProcedure
    .input(
      z.object({
        leadId: idSchema,
        type: z.enum(leadActions),
        repId: idSchema.optional(),
        value: z.number().nonnegative().max(1e12).optional(),
        reason: z.string().trim().min(1).max(1000).optional(),
      }),
    )
    .mutation(({ ctx, input }) => {
      const { principal } = ctx;
      // A rep records their own actions only (applyLeadAction checks they own the lead).
      if (principal.type === 'user' && principal.role === 'rep') {
        if (principal.repId === null || input.repId !== principal.repId) {
          fail(failure('not_allowed', 'A rep records actions on their own leads only.'));
        }
      }
      return ctx.database.write((tx) =>
        applyLeadAction(tx, {
          orgId: ctx.orgId,
          leadId: input.leadId,
          action: input.type,
          ...(input.repId !== undefined ? { repId: input.repId } : {}),
          ...(input.value !== undefined ? { value: input.value } : {}),
          ...(input.reason !== undefined ? { reason: input.reason } : {}),
          actor: input.repId ? 'rep' : 'manager',
          now: ctx.clock(),
          newId: (prefix) => ctx.ids.id(prefix),
        }),
      );
    }),
});
