import { capturedSources } from '@switchyard/flow';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { unbatched, useTRPC } from '../lib/trpc';
import { samplesOf } from '../templates/template-catalogue';
import { computeImpact, countTakenPaths } from './impact';

type Draft = Parameters<typeof computeImpact>[0]['draft'];

/**
 * What the counts are based on: the organisation's recent leads (of the sources the draft
 * captures) run through the draft, the paths those
 * leads really took ("last 30 days, real"), or a template's sample leads run through the draft.
 */
export type CountBasis =
  | { kind: 'recent' }
  | { kind: 'real' }
  | { kind: 'template'; templateId: string };

const sampleLife = 5 * 60_000;

/**
 * The draft's edge and terminal counts over the organisation's leads of the last 30 days (or a
 * template's samples, for a flow without leads yet), recomputed in the browser after each edit
 * (deferred, so typing stays smooth) and compared with the live version. The recent leads are
 * fetched once and kept for five minutes.
 */
export function useImpact(
  flowId: string,
  draft: Draft,
  options: { enabled: boolean; basis: CountBasis },
) {
  const { enabled, basis } = options;
  const trpc = useTRPC();
  // The history this draft would have received: its capture step's sources, or all of them.
  const sources = capturedSources(draft);
  const recent = useQuery({
    ...trpc.flow.impactSample.queryOptions({ id: flowId, sources }, unbatched),
    staleTime: sampleLife,
    enabled,
  });
  const leads = useMemo(
    () =>
      basis.kind === 'template'
        ? samplesOf(basis.templateId).map((sample) => sample.lead)
        : (recent.data?.leads.map((lead) => lead.fields) ?? []),
    [basis, recent.data],
  );
  const deferredDraft = useDeferredValue(draft);
  const live = recent.data?.live ?? null;
  const impact = useMemo(() => {
    if (!enabled || leads.length === 0) return null;
    if (basis.kind === 'real') {
      const paths = recent.data?.leads.map((lead) => lead.path) ?? [];
      return countTakenPaths({ draft: deferredDraft, paths });
    }
    return computeImpact({ draft: deferredDraft, leads, live: live?.document ?? null });
  }, [enabled, leads, deferredDraft, live, basis, recent.data]);
  return {
    impact,
    /** How many recent leads the flow had (all of them, not only those fetched). */
    recentTotal: recent.data?.total ?? null,
    counted: leads.length,
    // Real paths are what happened, not a comparison with the live version.
    live: live && basis.kind !== 'real' ? { version: live.version } : null,
    loading: enabled && recent.isPending,
  };
}
