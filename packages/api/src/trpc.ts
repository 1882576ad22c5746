import type { Database, IdSource, SecretBox, sources } from '@switchyard/db';
import { checkPayloadLimits, failure, type PayloadLimits } from '@switchyard/engine';
import { initTRPC } from '@trpc/server';
import { mayCall, type Principal } from './access';
import { errorFormatter, fail, translateError } from './errors';
import { reservedKeyIssues } from './reserved-keys';

/**
 * What every procedure receives. The runtime builds it per request: it authenticates the caller
 * (session cookie or organisation API key) and resolves `orgId` and the `principal` with its
 * role; `null` means nobody is signed in.
 */
export type ApiContext = {
  database: Database;
  orgId: string | null;
  principal: Principal | null;
  clock: () => Date;
  ids: IdSource;
  secrets: SecretBox;
  /**
   * Parses, maps and decides a sample payload as the source's provider would (`source.test`).
   * The runtime, which owns the providers, supplies it; without it `source.test` is unavailable.
   */
  previewSource?: (source: typeof sources.$inferSelect, sample: unknown) => Promise<SourcePreview>;
  /**
   * Why the runtime would refuse to call `url` (a loopback, private or local address), or null.
   * The runtime, which makes the calls, supplies it and checks again on every delivery.
   */
  outboundRefusal?: (url: URL) => string | null;
};

/** What `source.test` answers: each lead of the sample as mapped, normalised and decided. */
export type SourcePreview = {
  leads: Array<{
    input: Record<string, unknown>;
    lead: Record<string, unknown>;
    warnings: unknown[];
    spam: boolean;
    decision: {
      terminal: string;
      score: number;
      grade: string | null;
      trace: unknown;
    } | null;
  }>;
  flowVersion: { id: string; version: number } | null;
};

/**
 * How big any procedure's input may be. Wider than a lead's: a backtest's CSV is one string of up
 * to 10 MB, a flow has hundreds of nodes; as deep as the reserved-key scan looks.
 */
export const apiInputLimits: PayloadLimits = {
  maxDepth: 64,
  maxStringLength: 16 * 1024 * 1024,
  maxArrayLength: 100_000,
  maxKeys: 10_000,
};

const t = initTRPC.context<ApiContext>().create({ errorFormatter });

/** Builds a router from procedures. */
export const router = t.router;

/** Makes a server-side caller factory for a router. */
export const createCallerFactory = t.createCallerFactory;

/** A procedure anyone may call: inputs are screened for reserved keys, db failures translated. */
export const publicProcedure = t.procedure.use(async ({ next, getRawInput }) => {
  const rawInput = await getRawInput();
  // Before zod or any procedure walks it: a 10,000-deep sample once answered 500 (issue 19).
  const overLimits = checkPayloadLimits(rawInput, apiInputLimits);
  if (overLimits) fail(overLimits);
  const issues = reservedKeyIssues(rawInput);
  if (issues.length > 0) {
    const first = issues[0]?.message ?? '';
    fail(failure('invalid_input', `The request uses a reserved name: ${first}`, { issues }));
  }
  const result = await next();
  return result.ok ? result : { ...result, error: translateError(result.error) };
});

/**
 * A procedure of one organisation. The caller's role must be one `procedureRoles` lists for this
 * path (a path missing from the table is refused); every query inside must filter by
 * `ctx.orgId`, lookups by id included.
 */
export const orgProcedure = publicProcedure.use(({ ctx, next, path }) => {
  if (ctx.orgId === null || ctx.principal === null) {
    fail(failure('unauthorized', 'Sign in, or send an API key of your organisation.'));
  }
  if (!mayCall(ctx.principal.role, path)) {
    fail(
      failure(
        'not_allowed',
        `Your role (${ctx.principal.role}) does not allow this: ask an owner of the organisation.`,
      ),
    );
  }
  return next({ ctx: { orgId: ctx.orgId, principal: ctx.principal } });
});
