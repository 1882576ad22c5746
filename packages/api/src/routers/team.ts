import { and, asc, eq, type Queryable, reps, sql, teamMembers, teams } from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { z } from 'zod';
import { fail } from '../errors';
import { assertRepsOwned, findTeam } from '../owned';
import { idSchema, iso, nameSchema } from '../time';
import { orgProcedure, router } from '../trpc';

/** Team names are unique per organisation (case-insensitive): pickers show teams by name. */
async function assertNameFree(db: Queryable, orgId: string, name: string, exceptId?: string) {
  const [taken] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.orgId, orgId), sql`lower(${teams.name}) = lower(${name})`));
  if (taken && taken.id !== exceptId) {
    fail(failure('invalid_input', `There is already a team called "${name}".`));
  }
}

/** Members of the teams of one organisation (or of one team), in round-robin order. */
async function membersOf(db: Queryable, orgId: string, teamId?: string) {
  return db
    .select({
      teamId: teamMembers.teamId,
      repId: teamMembers.repId,
      weight: teamMembers.weight,
      name: reps.name,
      active: reps.active,
    })
    .from(teamMembers)
    .innerJoin(reps, eq(reps.id, teamMembers.repId))
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(
      and(
        eq(teams.orgId, orgId),
        eq(reps.orgId, orgId),
        teamId === undefined ? undefined : eq(teams.id, teamId),
      ),
    )
    .orderBy(asc(teamMembers.teamId), asc(teamMembers.position));
}

async function teamView(db: Queryable, orgId: string, team: typeof teams.$inferSelect) {
  const members = await membersOf(db, orgId, team.id);
  return { id: team.id, name: team.name, createdAt: iso(team.createdAt), members };
}

const memberSchema = z.object({
  repId: idSchema,
  weight: z.number().positive('A weight is above 0.').max(1000).default(1),
});

/** Teams: who assign and pool steps hand leads to, in order, with weights. */
export const teamRouter = router({
  /** Every team with its members in round-robin order and their weights. */
  list: orgProcedure.query(async ({ ctx }) => {
    const { db } = ctx.database;
    const rows = await db
      .select()
      .from(teams)
      .where(eq(teams.orgId, ctx.orgId))
      .orderBy(asc(teams.name), asc(teams.id));
    const members = await membersOf(db, ctx.orgId);
    return rows.map((team) => ({
      id: team.id,
      name: team.name,
      createdAt: iso(team.createdAt),
      members: members.filter((member) => member.teamId === team.id),
    }));
  }),

  /** A new, empty team. */
  create: orgProcedure.input(z.object({ name: nameSchema })).mutation(({ ctx, input }) =>
    ctx.database.write(async (tx) => {
      await assertNameFree(tx, ctx.orgId, input.name);
      const id = ctx.ids.id('team');
      await tx
        .insert(teams)
        .values({ id, orgId: ctx.orgId, name: input.name, createdAt: ctx.clock() });
      return { id, name: input.name };
    }),
  ),

  /** Renames a team; flows refer to teams by id, so nothing else changes. */
  rename: orgProcedure
    .input(z.object({ id: idSchema, name: nameSchema }))
    .mutation(({ ctx, input }) =>
      ctx.database.write(async (tx) => {
        const team = await findTeam(tx, ctx.orgId, input.id);
        await assertNameFree(tx, ctx.orgId, input.name, team.id);
        await tx.update(teams).set({ name: input.name }).where(eq(teams.id, team.id));
        return { id: team.id, name: input.name };
      }),
    ),

  /** Replaces the members: their order is the round-robin order, weights feed `weighted`. */
  setMembers: orgProcedure
    .input(z.object({ teamId: idSchema, members: z.array(memberSchema).max(500) }))
    .mutation(({ ctx, input }) =>
      ctx.database.write(async (tx) => {
        const team = await findTeam(tx, ctx.orgId, input.teamId);
        const repIds = input.members.map((member) => member.repId);
        const twice = repIds.find((id, index) => repIds.indexOf(id) !== index);
        if (twice !== undefined) {
          fail(failure('invalid_input', `The rep "${twice}" is listed twice; list each rep once.`));
        }
        await assertRepsOwned(tx, ctx.orgId, repIds);
        await tx.delete(teamMembers).where(eq(teamMembers.teamId, team.id));
        if (input.members.length > 0) {
          await tx.insert(teamMembers).values(
            input.members.map((member, position) => ({
              teamId: team.id,
              repId: member.repId,
              position,
              weight: member.weight,
            })),
          );
        }
        return teamView(tx, ctx.orgId, team);
      }),
    ),
});
