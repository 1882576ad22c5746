import type { Flow } from '@switchyard/flow';
import type { EnrichedLead } from './lead/normalize-lead';

/** One lookup the runtime runs before the decision: an earlier lead with the same key? */
export type MatchRequest = {
  nodeId: string;
  by: 'email' | 'domain' | 'phone';
  value: string;
  withinDays: number | null;
};

/** What one match node found. */
export type MatchResult = { found: boolean; ownerId: string | null };

function matchNodes(flow: Flow) {
  return flow.nodes.flatMap((node) => (node.kind === 'match' ? [node] : []));
}

/** The lookups the flow's match nodes need for this lead (none for a key the lead lacks). */
export function matchRequests(flow: Flow, lead: EnrichedLead): MatchRequest[] {
  return matchNodes(flow).flatMap((node) => {
    const value = lead[node.config.by];
    if (typeof value !== 'string' || value === '') return [];
    return [
      { nodeId: node.id, by: node.config.by, value, withinDays: node.config.withinDays ?? null },
    ];
  });
}

/** The lead with `match.<nodeId>.found` and `.ownerId` set for every match node of the flow. */
export function withMatches(
  lead: EnrichedLead,
  flow: Flow,
  results: Readonly<Record<string, MatchResult>>,
): EnrichedLead {
  const nodes = matchNodes(flow);
  if (nodes.length === 0) return lead;
  const match: Record<string, MatchResult> = {};
  for (const node of nodes) {
    const result = Object.hasOwn(results, node.id) ? results[node.id] : undefined;
    match[node.id] = { found: result?.found ?? false, ownerId: result?.ownerId ?? null };
  }
  return { ...lead, match };
}
