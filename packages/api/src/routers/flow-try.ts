import {
  and,
  desc,
  eq,
  findLead,
  flowVersions,
  inArray,
  type LeadRow,
  leads,
  simulateLead,
  sql,
} from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { z } from 'zod';
import { seesPii } from '../access';
import { fail } from '../errors';
import { draftToTry } from '../flows/draft-to-try';
import { documentSchema, teamMapSchema } from '../flows/flow-documents';
import { maskDerived, maskLead, withoutPii } from '../leads/pii';
import { findFlow } from '../owned';
import { idSchema, iso } from '../time';
import { orgProcedure } from '../trpc';

const dayMs = 86_400_000;

/** The steps a stored trace went through (node and output), for counting real paths. */
function takenPath(trace: unknown): Array<{ nodeId: string; output: string | null }> {
  const steps = (trace as { steps?: unknown } | null)?.steps;
  if (!Array.isArray(steps)) return [];
  return steps.flatMap((step: { nodeId?: unknown; output?: unknown }) =>
    typeof step?.nodeId === 'string'
      ? [{ nodeId: step.nodeId, output: typeof step.output === 'string' ? step.output : null }]
      : [],
  );
}

/** A lead typed into the simulator: flat canonical paths → values, as a source maps them. */
const typedLeadSchema = z
  .record(z.string().min(1).max(200), z.unknown())
  .refine((lead) => Object.keys(lead).length <= 200, 'A lead has at most 200 fields.')
  .refine((lead) => JSON.stringify(lead).length <= 64_000, 'This lead is too large (over 64 KB).');

const simulateInput = z
  .object({
    id: idSchema,
    /** The editor's current document and team map; the saved draft's when left out. */
    document: documentSchema.optional(),
    teamMap: teamMapSchema.optional(),
    lead: typedLeadSchema.optional(),
    /** A real lead to run again, from the input its source mapped. */
    leadId: idSchema.optional(),
  })
  .refine((input) => (input.lead === undefined) !== (input.leadId === undefined), {
    message: 'Give either a lead to simulate or the id of a real lead, not both.',
    path: ['lead'],
  });

/** Trying a draft before publishing it: part of `flowRouter`, nothing here writes. */
export const flowTryProcedures = {
  /**
   * Runs one lead through a draft as the runtime would now — normalised, matched against
   * earlier leads, decided, traced and distributed with the reps' current state — and says
   * where it would go. Nothing is written: no lead, no assignment, no round-robin turn. A
   * mutation only so the document travels in a POST body, not a URL.
   */
  simulate: orgProcedure.input(simulateInput).mutation(async ({ ctx, input }) => {
    const { db } = ctx.database;
    const prepared = await draftToTry(db, {
      orgId: ctx.orgId,
      flowId: input.id,
      document: input.document,
      teamMap: input.teamMap,
      doing: 'simulating',
    });
    const real = input.leadId ? await findLead(db, ctx.orgId, input.leadId) : null;
    if (real?.erasedAt) {
      fail(failure('invalid_input', 'This lead was erased at its person’s request; pick another.'));
    }
    const pii = seesPii(ctx.principal);
    // Without PII access a real lead runs with its personal fields masked: no condition of the
    // draft can compute anything from the real ones (issue 19); the answer is masked as well.
    const simulated = await simulateLead(db, {
      flow: prepared,
      input: real ? (pii ? real.input : withoutPii(real.input)) : (input.lead ?? {}),
      leadId: real ? real.id : ctx.ids.id('lead'),
      now: ctx.clock(),
    });
    return real && !pii ? (maskDerived(real, simulated) as typeof simulated) : simulated;
  }),

  /**
   * The enriched fields of the organisation's leads of the last `days` days (of `sources`, or
   * all), newest first, at most `limit`, for the editor to run its draft over in the browser and
   * count each edge; the path each of this flow's leads really took (from its stored trace); and
   * the live version's document to compare with. Personal values are masked for members who may
   * not see them (conditions rarely read them; counts may then differ slightly).
   */
  impactSample: orgProcedure
    .input(
      z.object({
        id: idSchema,
        days: z.number().int().min(1).max(365).default(30),
        limit: z.number().int().min(1).max(5000).default(2000),
        /** The sources the draft's capture step names; none: every source. */
        sources: z.array(idSchema).max(500).default([]),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { db } = ctx.database;
      const flow = await findFlow(db, ctx.orgId, input.id);
      const since = new Date(ctx.clock().getTime() - input.days * dayMs);
      // The organisation's history, not only leads this flow routed: a new flow or a draft
      // that captures other sources is tried on the leads it would have received (issue 20).
      const inWindow = and(
        eq(leads.orgId, ctx.orgId),
        input.sources.length > 0 ? inArray(leads.sourceId, input.sources) : undefined,
        sql`${leads.receivedAt} >= ${since.getTime()}`,
        sql`${leads.erasedAt} is null`,
      );
      const [rows, [counted], live] = await Promise.all([
        db
          .select()
          .from(leads)
          .where(inWindow)
          .orderBy(desc(leads.receivedAt), desc(leads.id))
          .limit(input.limit),
        db.select({ total: sql<number>`count(*)` }).from(leads).where(inWindow),
        flow.liveVersionId
          ? db
              .select({
                id: flowVersions.id,
                version: flowVersions.version,
                document: flowVersions.document,
                teamMap: flowVersions.teamMap,
              })
              .from(flowVersions)
              .where(eq(flowVersions.id, flow.liveVersionId))
          : Promise.resolve([]),
      ]);
      const pii = seesPii(ctx.principal);
      const view = (row: LeadRow) => (pii ? row : maskLead(row));
      return {
        since: iso(since),
        total: Number(counted?.total ?? 0),
        leads: rows.map((row) => {
          const shown = view(row);
          return {
            id: row.id,
            terminal: row.terminalNodeId,
            fields: shown.fields,
            // Only this flow's steps: another flow's path names steps this draft does not have.
            path: row.flowId === flow.id ? takenPath(row.trace) : [],
          };
        }),
        live: live[0] ?? null,
      };
    }),
};
