import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../lib/trpc';

/**
 * What an experiment change makes stale: the experiments, the report of their arms and (a
 * promotion moves the live version) the flow and its versions.
 */
export function useRefreshAfterExperiment() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [trpc.experiment.pathKey(), trpc.report.pathKey(), trpc.flow.pathKey()].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}
