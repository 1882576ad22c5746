import type { useTRPC } from '../lib/trpc';

/**
 * What the editor needs before it can show a flow: its draft, teams, reps and sources. One list
 * for the page and for the early start in `StudioRoutes`, so both fill the same cache entries.
 */
export function editorQueries(trpc: ReturnType<typeof useTRPC>, flowId: string) {
  return [
    { ...trpc.flow.byId.queryOptions({ id: flowId }), staleTime: Number.POSITIVE_INFINITY },
    trpc.team.list.queryOptions(),
    trpc.rep.list.queryOptions(),
    trpc.source.list.queryOptions(),
  ] as const;
}
