import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../lib/trpc';
import { type DocumentRef, draftRef } from './history-params';

/**
 * One side of a comparison: a version's document (`flow.version`, fetched once: versions never
 * change) or the flow's draft, which the page already holds.
 */
export function useSideDocument(flowId: string, ref: DocumentRef | null, draft: unknown) {
  const trpc = useTRPC();
  const isVersion = ref !== null && ref !== draftRef;
  const version = useQuery({
    ...trpc.flow.version.queryOptions({ id: flowId, versionId: isVersion ? ref : '' }),
    enabled: isVersion,
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (ref === draftRef) return { document: draft, isPending: false, error: null };
  if (ref === null) return { document: undefined, isPending: false, error: null };
  return { document: version.data?.document, isPending: version.isPending, error: version.error };
}
