import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { useTRPC } from '../lib/trpc';
import { samplesOf } from '../templates/template-catalogue';
import { computeImpact } from './impact';

type Draft = Parameters<typeof computeImpact>[0]['draft'];

/** What the counts are based on: the flow's own recent leads, or a template's sample leads. */
export type CountBasis = { kind: 'recent' } | { kind: 'template'; templateId: string };

const sampleLife = 5 * 60_000;

/**
 * The draft's edge and terminal counts over the flow's leads of the last 30 days (or a
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
  const recent = useQuery({
    ...trpc.flow.impactSample.queryOptions({ id: flowId }),
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
  const impact = useMemo(
    () =>
      enabled && leads.length > 0
        ? computeImpact({ draft: deferredDraft, leads, live: live?.document ?? null })
        : null,
    [enabled, leads, deferredDraft, live],
  );
  return {
    impact,
    /** How many recent leads the flow had (all of them, not only those fetched). */
    recentTotal: recent.data?.total ?? null,
    counted: leads.length,
    live: live ? { version: live.version } : null,
    loading: enabled && recent.isPending,
  };
}
