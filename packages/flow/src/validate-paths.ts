import {
  type FlowGraph,
  findCycles,
  type GraphNode,
  reachableFrom,
  topologicalOrder,
} from './graph';
import { type FlowIssue, flowError, nodeName } from './issues';

/** What the path checks learn that later checks need. */
export type PathFacts = {
  /** Steps that every path from capture reaches only after a score step. */
  scored: Set<string>;
  /** False when a cycle makes path questions meaningless. */
  acyclic: boolean;
};

/** The pool an assign step falls back to: reached without an edge. */
export function fallbackTargets(node: GraphNode): string[] {
  if (node.kind !== 'assign' || node.config === undefined) return [];
  const fallback = (node.config as { fallback?: { pool?: string } }).fallback;
  return fallback?.pool ? [fallback.pool] : [];
}

/** One capture, no cycles, every step reachable, at most one score step on any path. */
export function checkPaths(graph: FlowGraph, issues: FlowIssue[]): PathFacts {
  const captures = [...graph.nodes.values()].filter((node) => node.kind === 'capture');
  if (captures.length === 0) {
    issues.push(
      flowError('missing_capture', 'This flow has no capture step, so no lead can enter it.'),
    );
  }
  for (const extra of captures.slice(1)) {
    issues.push(
      flowError(
        'multiple_captures',
        `${nodeName(extra)} is a second capture step; a flow has exactly one entry.`,
        {
          nodeId: extra.id,
        },
      ),
    );
  }
  const cycles = findCycles(graph);
  for (const cycle of cycles) {
    const names = cycle.map((id) => nodeName(graph.nodes.get(id) ?? { id }));
    issues.push(
      flowError(
        'cycle',
        `These steps form a loop, so a lead could go round forever: ${[...names, names[0]].join(' → ')}.`,
        {
          nodeId: cycle[0],
        },
      ),
    );
  }
  const [capture] = captures;
  if (capture) {
    const reached = reachableFrom(graph, capture.id, fallbackTargets);
    for (const node of graph.nodes.values()) {
      if (reached.has(node.id) || node.kind === 'capture') continue;
      issues.push(
        flowError(
          'unreachable',
          `${nodeName(node)} can never be reached from ${nodeName(capture)}.`,
          { nodeId: node.id },
        ),
      );
    }
  }
  if (cycles.length > 0) return { scored: new Set(), acyclic: false };
  return { scored: checkScorePaths(graph, issues), acyclic: true };
}

/** Flags a score step after another on some path; returns the steps scored on every path. */
function checkScorePaths(graph: FlowGraph, issues: FlowIssue[]): Set<string> {
  const scoresBefore = new Map<string, number>();
  const scored = new Set<string>();
  for (const id of topologicalOrder(graph)) {
    const node = graph.nodes.get(id);
    const incoming = graph.incoming.get(id) ?? [];
    let most = 0;
    let always = incoming.length > 0;
    for (const edge of incoming) {
      const source = graph.nodes.get(edge.source);
      const viaScore = source?.kind === 'score' ? 1 : 0;
      most = Math.max(most, (scoresBefore.get(edge.source) ?? 0) + viaScore);
      always &&= viaScore === 1 || scored.has(edge.source);
    }
    scoresBefore.set(id, most);
    if (always) scored.add(id);
    if (node?.kind === 'score' && most > 0) {
      issues.push(
        flowError(
          'double_score',
          `${nodeName(node)} comes after another score step on some path; a lead is scored once.`,
          {
            nodeId: id,
          },
        ),
      );
    }
  }
  return scored;
}
