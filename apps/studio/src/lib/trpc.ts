// The one file of the studio that may name the API package, and only its types.
import type { AppRouter } from '@switchyard/api';
import {
  createTRPCClient,
  httpBatchLink,
  httpLink,
  splitLink,
  TRPCClientError,
} from '@trpc/client';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { createTRPCContext } from '@trpc/tanstack-react-query';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** What each procedure answers, e.g. `Outputs['flow']['byId']`. */
export type Outputs = inferRouterOutputs<AppRouter>;
/** What each procedure takes. */
export type Inputs = inferRouterInputs<AppRouter>;

/**
 * The client of the runtime serving this page: same origin, so the session cookie goes along.
 * Calls are batched, except those whose context says `unbatched` (a large answer, such as the
 * editor's sample of recent leads, would hold back the small ones batched with it).
 */
export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.context.unbatched === true,
        true: httpLink({ url: '/trpc' }),
        false: httpBatchLink({ url: '/trpc' }),
      }),
    ],
  });
}

/** Query options that send a call on its own rather than in a batch (see createApiClient). */
export const unbatched = { trpc: { context: { unbatched: true } } } as const;

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
