import type { Flow, FlowNode } from '@switchyard/flow';
import { type EnrichedLead, isRecord, readLeadField } from './lead/lead-fields';

/** One lookup the runtime runs before the decision: an earlier lead with the same key. */
export type MatchRequest = {
  nodeId: string;
  by: 'email' | 'domain' | 'phone';
  value: string;
  /** How far back to look; null looks at every earlier lead. */
  withinDays: number | null;
};

/** What the runtime found for one match node. */
export type MatchResult = { found: boolean; ownerId: string | null };

type MatchNode = Extract<FlowNode, { kind: 'match' }>;

function matchNodes(flow: Flow): MatchNode[] {
  const nodes = Array.isArray(flow?.nodes) ? flow.nodes : [];
  return nodes.filter((node): node is MatchNode => node?.kind === 'match');
}

/**
 * The lookups the flow's match nodes need, one per match node whose key (e-mail, domain or
 * phone) the lead has; a node without `withinDays` looks at every earlier lead.
 */
export function matchRequests(flow: Flow, lead: EnrichedLead): MatchRequest[] {
  const requests: MatchRequest[] = [];
  for (const node of matchNodes(flow)) {
    const { by, withinDays } = node.config;
    const value = readLeadField(lead, by);
    if (typeof value !== 'string' || value === '') continue;
    requests.push({ nodeId: node.id, by, value, withinDays: withinDays ?? null });
  }
  return requests;
}

/**
 * A copy of the lead with `match.<nodeId>.found` and `.ownerId` set for every match node of the
 * flow: from `results` where there is one, else not found. An owner only counts when found.
 */
export function withMatches(
  lead: EnrichedLead,
  flow: Flow,
  results: Readonly<Record<string, MatchResult>>,
): EnrichedLead {
  const match: Record<string, MatchResult> = {};
  for (const node of matchNodes(flow)) {
    const result = isRecord(results) && Object.hasOwn(results, node.id) ? results[node.id] : null;
    const found = result?.found === true;
    const ownerId = found && typeof result?.ownerId === 'string' ? result.ownerId : null;
    // defineProperty: a node id such as "__proto__" must stay an own field, not a prototype.
    Object.defineProperty(match, node.id, {
      value: { found, ownerId },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { ...lead, match };
}
