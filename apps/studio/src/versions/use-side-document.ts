import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../lib/trpc';
import { type DocumentRef, draftRef } from './history-params';

/**
 * One side of a comparison: a version's document and team map (`flow.version`, fetched once:
 * versions never change) or the flow's draft and team map, which the page already holds.
 */
export function useSideDocument(
  flowId: string,
  ref: DocumentRef | null,
  draft: { document: unknown; teamMap: Readonly<Record<string, string>> } | null,
) {
  const trpc = useTRPC();
  const isVersion = ref !== null && ref !== draftRef;
  const version = useQuery({
    ...trpc.flow.version.queryOptions({ id: flowId, versionId: isVersion ? ref : '' }),
    enabled: isVersion,
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (ref === draftRef) {
    return { document: draft?.document, teamMap: draft?.teamMap, isPending: false, error: null };
  }
  if (ref === null)
    return { document: undefined, teamMap: undefined, isPending: false, error: null };
  return {
    document: version.data?.document,
    teamMap: version.data?.teamMap,
    isPending: version.isPending,
    error: version.error,
  };
}
