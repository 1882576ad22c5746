import {
  and,
  asc,
  eq,
  invitations,
  type MemberRole,
  memberRoles,
  members,
  type Queryable,
  users,
} from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { z } from 'zod';
import { audit } from '../audit';
import { fail } from '../errors';
import { findRep } from '../owned';
import { idSchema, iso } from '../time';
import { orgProcedure, router } from '../trpc';

async function findMember(db: Queryable, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(members)
    .where(and(eq(members.id, id), eq(members.organizationId, orgId)));
  if (!row) fail(failure('member_not_found', `There is no member "${id}".`));
  return row;
}

// An organisation always keeps an owner: nobody else can manage members or keys.
async function assertAnotherOwner(db: Queryable, orgId: string, memberId: string) {
  const owners = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.organizationId, orgId), eq(members.role, 'owner')));
  if (!owners.some((owner) => owner.id !== memberId)) {
    fail(failure('last_owner', 'An organisation needs an owner: make someone else owner first.'));
  }
}

/** Members: who belongs to the organisation, with which role; invitations go via sign-in. */
export const memberRouter = router({
  /** Members with their e-mail and role, and the pending invitations. */
  list: orgProcedure.query(async ({ ctx }) => {
    const { db } = ctx.database;
    const rows = await db
      .select({ member: members, name: users.name, email: users.email })
      .from(members)
      .innerJoin(users, eq(users.id, members.userId))
      .where(eq(members.organizationId, ctx.orgId))
      .orderBy(asc(members.createdAt), asc(members.id));
    const pending = await db
      .select()
      .from(invitations)
      .where(and(eq(invitations.organizationId, ctx.orgId), eq(invitations.status, 'pending')))
      .orderBy(asc(invitations.createdAt));
    return {
      members: rows.map(({ member, name, email }) => ({
        id: member.id,
        userId: member.userId,
        name,
        email,
        role: member.role,
        repId: member.repId,
        piiAccess: member.piiAccess,
        createdAt: iso(member.createdAt),
      })),
      // The id only to owners, who revoke invitations; accepting one takes its mailed token too.
      invitations: pending.map((invitation) => ({
        ...(ctx.principal.role === 'owner' ? { id: invitation.id } : {}),
        email: invitation.email,
        role: invitation.role,
        expiresAt: iso(invitation.expiresAt),
      })),
    };
  }),

  /** Changes a member's role, the rep they are, or a consultant's PII grant; audited. */
  update: orgProcedure
    .input(
      z.object({
        id: idSchema,
        role: z.enum(memberRoles).optional(),
        repId: idSchema.nullable().optional(),
        piiAccess: z.boolean().optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.database.write(async (tx) => {
        const member = await findMember(tx, ctx.orgId, input.id);
        const role: MemberRole = input.role ?? member.role;
        if (member.role === 'owner' && role !== 'owner') {
          await assertAnotherOwner(tx, ctx.orgId, member.id);
        }
        const repId = input.repId === undefined ? member.repId : input.repId;
        if (repId !== null && input.repId !== undefined) await findRep(tx, ctx.orgId, repId);
        const piiAccess = input.piiAccess ?? member.piiAccess;
        const before = { role: member.role, repId: member.repId, piiAccess: member.piiAccess };
        const after = { role, repId, piiAccess };
        await tx.update(members).set(after).where(eq(members.id, member.id));
        await audit(tx, ctx, {
          action: role !== member.role ? 'member.role_changed' : 'member.updated',
          target: { type: 'member', id: member.id },
          before,
          after,
        });
        return { id: member.id, ...after };
      }),
    ),

  /** Removes a member from the organisation (never the last owner); audited. */
  remove: orgProcedure.input(z.object({ id: idSchema })).mutation(({ ctx, input }) =>
    ctx.database.write(async (tx) => {
      const member = await findMember(tx, ctx.orgId, input.id);
      if (member.role === 'owner') await assertAnotherOwner(tx, ctx.orgId, member.id);
      await tx.delete(members).where(eq(members.id, member.id));
      await audit(tx, ctx, {
        action: 'member.removed',
        target: { type: 'member', id: member.id },
        before: { userId: member.userId, role: member.role },
      });
      return { id: member.id, removed: true };
    }),
  ),
});
