import type { DocEdge } from '../editor/flow-graph';
import { outputOf, type ViewStatus } from './view-graph';

/** A step of a lead's trace, as `leads/trace-rows.ts` reads it. */
export type PathStep = { nodeId: string; output: string | null };

/** The lead's path on the canvas: steps and connections it took lit, every other one dimmed. */
export type TracePath = {
  nodes: Record<string, Extract<ViewStatus, 'lit' | 'dim'>>;
  edges: Record<string, Extract<ViewStatus, 'lit' | 'dim'>>;
};

/**
 * Lights the steps a lead went through and the connection between each step and the next (the
 * one leaving by the output it took); dims the rest. A lead without a trace lights nothing and
 * dims nothing: the flow is drawn plainly rather than all grey.
 */
export function tracePath(
  graph: { nodes: ReadonlyArray<{ id: string }>; edges: readonly DocEdge[] },
  steps: readonly PathStep[],
): TracePath {
  if (steps.length === 0) return { nodes: {}, edges: {} };
  const visited = new Set(steps.map((step) => step.nodeId));
  const taken = new Set<string>();
  steps.forEach((step, index) => {
    const next = steps[index + 1];
    if (next && step.output !== null)
      taken.add(`${step.nodeId}\u0000${step.output}\u0000${next.nodeId}`);
  });
  const nodes: TracePath['nodes'] = {};
  for (const node of graph.nodes) nodes[node.id] = visited.has(node.id) ? 'lit' : 'dim';
  const edges: TracePath['edges'] = {};
  for (const edge of graph.edges) {
    const key = `${edge.source}\u0000${outputOf(edge)}\u0000${edge.target}`;
    edges[edge.id] = taken.has(key) ? 'lit' : 'dim';
  }
  return { nodes, edges };
}
