import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { useTRPC } from '../lib/trpc';
import { computeImpact } from './impact';

type Draft = Parameters<typeof computeImpact>[0]['draft'];

const sampleLife = 5 * 60_000;

/**
 * The draft's edge and terminal counts over the flow's leads of the last 30 days, recomputed in
 * the browser after each edit (deferred, so typing stays smooth), compared with the live
 * version. The leads are fetched once and kept for five minutes.
 */
export function useImpact(flowId: string, draft: Draft, enabled: boolean) {
  const trpc = useTRPC();
  const sample = useQuery({
    ...trpc.flow.impactSample.queryOptions({ id: flowId }),
    staleTime: sampleLife,
    enabled,
  });
  const leads = useMemo(() => sample.data?.leads.map((lead) => lead.fields) ?? [], [sample.data]);
  const deferredDraft = useDeferredValue(draft);
  const impact = useMemo(
    () =>
      enabled && sample.data && leads.length > 0
        ? computeImpact({ draft: deferredDraft, leads, live: sample.data.live?.document ?? null })
        : null,
    [enabled, sample.data, leads, deferredDraft],
  );
  return { impact, sample: sample.data ?? null, loading: enabled && sample.isPending };
}
