import { createFlow } from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { parseFlow } from '@switchyard/flow';
import { z } from 'zod';
import { fail } from '../errors';
import { documentSchema, exportDocument, teamMapSchema } from '../flows/flow-documents';
import { allIssues } from '../flows/org-issues';
import { replaceReps } from '../flows/rep-references';
import { assertRepsOwned, assertTeamsOwned, findFlow, findVersion } from '../owned';
import { idSchema, nameSchema } from '../time';
import { orgProcedure, router } from '../trpc';

/** Team placeholders of a parsed template that the import's team map leaves out or invents. */
function mappingProblems(keys: readonly string[], labels: Map<string, string>, map: object) {
  const given = Object.keys(map);
  const missing = keys.filter((key) => !given.includes(key));
  const unknown = given.filter((key) => !keys.includes(key));
  return [
    ...missing.map((key) => ({
      path: ['teamMap', key],
      message: `Choose one of your teams for "${labels.get(key) ?? key}".`,
    })),
    ...unknown.map((key) => ({
      path: ['teamMap', key],
      message: `This template has no team "${key}".`,
    })),
  ];
}

/** Templates: flow documents moved between organisations, teams named by placeholder keys. */
export const templateRouter = router({
  /**
   * Creates a draft flow from a template: every team placeholder must map to a team of this
   * organisation; `repMap` replaces the template's placeholder rep ids with real reps.
   */
  import: orgProcedure
    .input(
      z.object({
        document: documentSchema,
        name: nameSchema.optional(),
        teamMap: teamMapSchema,
        repMap: z.record(z.string().min(1), z.string().min(1)).optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.database.write(async (tx) => {
        const parsed = parseFlow(input.document);
        if (!parsed.ok) {
          const { message, issues } = parsed.error;
          fail(failure('invalid_flow', message, { issues }));
        }
        const teams = parsed.value.teams ?? [];
        const labels = new Map(teams.map((team) => [team.key, team.label ?? team.key]));
        const problems = mappingProblems(
          teams.map((team) => team.key),
          labels,
          input.teamMap,
        );
        if (problems.length > 0) {
          const first = problems[0]?.message ?? '';
          fail(failure('invalid_input', first, { issues: problems }));
        }
        await assertTeamsOwned(tx, ctx.orgId, input.teamMap);
        await assertRepsOwned(tx, ctx.orgId, Object.values(input.repMap ?? {}));
        const document = input.repMap ? replaceReps(input.document, input.repMap) : input.document;
        const name = input.name ?? parsed.value.name;
        const { id } = await createFlow(
          tx,
          { orgId: ctx.orgId, name, document, teamMap: input.teamMap },
          { ids: ctx.ids, now: ctx.clock() },
        );
        // Rep placeholders left unreplaced show up here, so the studio can point at them.
        const issues = await allIssues(tx, ctx.orgId, document, input.teamMap);
        return { id, name, issues };
      }),
    ),

  /** The flow's draft (or one version) as a template file: placeholders kept, no source ids. */
  export: orgProcedure
    .input(z.object({ flowId: idSchema, versionId: idSchema.optional() }))
    .query(async ({ ctx, input }) => {
      const { db } = ctx.database;
      const flow = await findFlow(db, ctx.orgId, input.flowId);
      const document = input.versionId
        ? (await findVersion(db, ctx.orgId, flow.id, input.versionId)).document
        : flow.draft;
      return { name: flow.name, document: exportDocument(document, flow.name) };
    }),
});
