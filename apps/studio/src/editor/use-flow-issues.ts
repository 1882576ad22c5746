import { type FlowIssue, validateFlow } from '@switchyard/flow';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../lib/trpc';
import type { FlowDocument } from './flow-graph';

const issueKey = (i: FlowIssue) => `${i.code}|${i.nodeId ?? ''}|${i.edgeId ?? ''}|${i.message}`;

/**
 * Every problem of the draft: the flow's own, checked in the browser on every edit, and what
 * only the server knows (teams mapped to real teams, reps of this organisation), checked after
 * each save and shown while the saved draft is the one on screen.
 */
export function useFlowIssues(
  flowId: string,
  /** The draft as checked: positions left out may be stale, validation does not read them. */
  document: FlowDocument,
  saved: boolean,
): FlowIssue[] {
  const trpc = useTRPC();
  const server = useQuery(trpc.flow.validate.queryOptions({ id: flowId }));
  const local = useMemo(() => validateFlow(document), [document]);
  return useMemo(() => {
    const seen = new Set(local.map(issueKey));
    const current = saved ? (server.data?.issues ?? []) : [];
    return [...local, ...current.filter((i) => !seen.has(issueKey(i)))];
  }, [local, saved, server.data]);
}
