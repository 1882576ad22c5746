import { eq, organizations } from '@switchyard/db';
import { orgProcedure, router } from '../trpc';

/** The caller: who they are, in which organisation, with which role. */
export const accountRouter = router({
  /** The signed-in member (or API key) and their organisation; every role may ask. */
  me: orgProcedure.query(async ({ ctx }) => {
    const [org] = await ctx.database.db
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, ctx.orgId));
    const { principal } = ctx;
    return {
      organization: org ?? { id: ctx.orgId, name: '' },
      role: principal.role,
      ...(principal.type === 'user'
        ? {
            type: 'user' as const,
            userId: principal.userId,
            email: principal.email,
            repId: principal.repId,
            piiAccess: principal.piiAccess,
          }
        : { type: 'api_key' as const, keyId: principal.keyId, name: principal.name }),
    };
  }),
});
