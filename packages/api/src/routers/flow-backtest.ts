import {
  type BacktestChange,
  type BacktestSource,
  backtestLeads,
  loadLiveFlow,
} from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { z } from 'zod';
import { seesPii } from '../access';
import { fail } from '../errors';
import { maxCsvChars, parseBacktestCsv } from '../flows/backtest-csv';
import { draftToTry } from '../flows/draft-to-try';
import { documentSchema, teamMapSchema } from '../flows/flow-documents';
import { maskEmail, maskFromFields, withoutPii } from '../leads/pii';
import { idSchema, iso } from '../time';
import { orgProcedure } from '../trpc';

/** Changed leads listed with their traces; the count covers them all. */
const listedChanges = 500;

const backtestInput = z
  .object({
    id: idSchema,
    /** The editor's current document and team map; the saved draft's when left out. */
    document: documentSchema.optional(),
    teamMap: teamMapSchema.optional(),
    /** Replay the flow's leads of the last `days` days (default 30)… */
    days: z.number().int().min(1).max(365).optional(),
    /** …or the leads of an uploaded CSV, header row = canonical field paths. */
    csv: z.string().optional(),
  })
  .refine((input) => input.days === undefined || input.csv === undefined, {
    message: 'Give either a number of days or a CSV, not both.',
    path: ['csv'],
  });

/** Replaying real or uploaded leads through a draft: part of `flowRouter`; nothing is written. */
export const flowBacktestProcedures = {
  /**
   * Where the last `days` days of the flow's leads (or an uploaded CSV's) would have gone under
   * the draft: totals, a live × draft terminal matrix, each rep's load before and after, and
   * the leads that change terminal (the first 500, with the draft's trace). No lead, count or
   * round-robin turn is written. A mutation only so the document and CSV travel in a POST body.
   */
  backtest: orgProcedure.input(backtestInput).mutation(async ({ ctx, input }) => {
    const { db } = ctx.database;
    const draft = await draftToTry(db, {
      orgId: ctx.orgId,
      flowId: input.id,
      document: input.document,
      teamMap: input.teamMap,
      doing: 'backtesting',
    });
    let source: BacktestSource;
    let warnings: string[] = [];
    if (input.csv === undefined) {
      source = { days: input.days ?? 30 };
    } else {
      if (input.csv.length > maxCsvChars) {
        fail(
          failure('payload_too_large', 'This CSV is too large (over 10 MB); upload fewer leads.'),
        );
      }
      const csv = parseBacktestCsv(input.csv, draft.flow.fields ?? []);
      warnings = csv.warnings;
      source = { inputs: csv.inputs, live: await loadLiveFlow(db, draft.flowId) };
    }
    const pii = seesPii(ctx.principal);
    const result = await backtestLeads(db, {
      orgId: ctx.orgId,
      draft,
      source,
      now: ctx.clock(),
      changeLimit: listedChanges,
      ...(pii ? {} : { redact: withoutPii, present: maskChange }),
    });
    return {
      source: input.csv === undefined ? ('leads' as const) : ('csv' as const),
      warnings,
      ...result,
      changes: result.changes.map((change) => ({ ...change, receivedAt: iso(change.receivedAt) })),
    };
  }),
};

/** A listed change as a member without PII access sees it: the e-mail's domain stays. */
function maskChange(change: BacktestChange, lead: Record<string, unknown>): BacktestChange {
  return {
    ...change,
    email: change.email === null ? null : maskEmail(change.email),
    trace: maskFromFields(lead, change.trace) as BacktestChange['trace'],
  };
}
