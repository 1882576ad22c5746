// The one file of the studio that may name the API package, and only its types.
import type { AppRouter } from '@switchyard/api';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { createTRPCContext } from '@trpc/tanstack-react-query';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** What each procedure answers, e.g. `Outputs['flow']['byId']`. */
export type Outputs = inferRouterOutputs<AppRouter>;
/** What each procedure takes. */
export type Inputs = inferRouterInputs<AppRouter>;

/** The client of the runtime serving this page: same origin, so the session cookie goes along. */
export function createApiClient() {
  return createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: '/trpc' })] });
}

/** The API's own error code (`data.appCode`), e.g. `version_conflict`; null for other errors. */
export function appCodeOf(error: unknown): string | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data = error.data as { appCode?: unknown } | undefined;
  return typeof data?.appCode === 'string' ? data.appCode : null;
}

/** The server's sentence for a failed call, or a plain one when the network failed. */
export function messageOf(error: unknown): string {
  if (error instanceof TRPCClientError && error.data) return error.message;
  if (error instanceof Error && error.message && !/fetch|network/i.test(error.message)) {
    return error.message;
  }
  return 'Switchyard is not reachable right now; check your connection and try again.';
}
