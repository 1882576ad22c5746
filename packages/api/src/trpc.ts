import type { Database, IdSource, SecretBox } from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { initTRPC } from '@trpc/server';
import { errorFormatter, fail, translateError } from './errors';
import { reservedKeyIssues } from './reserved-keys';

/**
 * What every procedure receives. The runtime builds it per request: it authenticates the caller
 * and resolves `orgId` (from an organisation API key today); `null` means nobody is signed in.
 */
export type ApiContext = {
  database: Database;
  orgId: string | null;
  clock: () => Date;
  ids: IdSource;
  secrets: SecretBox;
};

const t = initTRPC.context<ApiContext>().create({ errorFormatter });

/** Builds a router from procedures. */
export const router = t.router;

/** Makes a server-side caller factory for a router. */
export const createCallerFactory = t.createCallerFactory;

/** A procedure anyone may call: inputs are screened for reserved keys, db failures translated. */
export const publicProcedure = t.procedure.use(async ({ next, getRawInput }) => {
  const issues = reservedKeyIssues(await getRawInput());
  if (issues.length > 0) {
    const first = issues[0]?.message ?? '';
    fail(failure('invalid_input', `The request uses a reserved name: ${first}`, { issues }));
  }
  const result = await next();
  return result.ok ? result : { ...result, error: translateError(result.error) };
});

/**
 * A procedure of one organisation. Role-agnostic on purpose (sessions and roles come later);
 * every query inside must filter by `ctx.orgId`, lookups by id included.
 */
export const orgProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.orgId === null) {
    fail(failure('unauthorized', 'Sign in with an API key of your organisation first.'));
  }
  return next({ ctx: { orgId: ctx.orgId } });
});
