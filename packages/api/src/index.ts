import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { type AppRouter, appRouter } from './root';
import { type ApiContext, createCallerFactory } from './trpc';

export {
  type ApiKeyScope,
  type AuthRoute,
  apiKeyScopes,
  auditActor,
  authRouteAccess,
  mayCall,
  type Principal,
  type ProcedurePath,
  procedureRoles,
  type RestRoute,
  type Role,
  restRouteScopes,
  roles,
  scopeAllows,
  seesPii,
} from './access';
export { type AppErrorData, errorFormatter, trpcCodes } from './errors';
export { publishedVersionView } from './flows/version-view';
export { type AppRouter, appRouter } from './root';
export type { ApiContext, SourcePreview } from './trpc';

/** Every procedure's input type, by path: `RouterInputs['flow']['saveDraft']`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** Every procedure's output type, by path: `RouterOutputs['lead']['list']`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;

const createCaller = createCallerFactory(appRouter);

/** A server-side caller of every procedure with a fixed context (tests, scripts, the runtime). */
export function createApiCaller(ctx: ApiContext) {
  return createCaller(ctx);
}
