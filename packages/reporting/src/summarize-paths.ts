import type { PathStep } from './report-lead';

/** Leads that took one path: a lead row (one lead) or a cell (`leads` of them). */
type PathCount = { path: readonly PathStep[]; leads?: number };

type NodeCount = { nodeId: string; leads: number };
type EdgeCount = { from: string; output: string; to: string; leads: number };

// Paths are a handful of steps: a scan of the earlier ones beats a Set per lead (a million leads).
function seenNodeBefore(path: readonly PathStep[], index: number): boolean {
  const nodeId = path[index]?.nodeId;
  for (let i = 0; i < index; i++) if (path[i]?.nodeId === nodeId) return true;
  return false;
}

function seenEdgeBefore(path: readonly PathStep[], index: number): boolean {
  const step = path[index];
  const to = path[index + 1]?.nodeId;
  for (let i = 0; i < index; i++) {
    const earlier = path[i];
    if (earlier?.nodeId === step?.nodeId && earlier?.output === step?.output) {
      if (path[i + 1]?.nodeId === to) return true;
    }
  }
  return false;
}

function inner<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  const found = map.get(key);
  if (found) return found;
  const created = new Map<string, V>();
  map.set(key, created);
  return created;
}

function byLeadsThenKey<T extends { leads: number }>(key: (item: T) => string) {
  return (a: T, b: T) => b.leads - a.leads || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

/**
 * Leads through each node and along each connection (source, output, target: how the canvas
 * finds the edge, as the studio's trace-path does). A lead counts once per node or connection;
 * a cell counts as its `leads`.
 */
export function summarizePaths(rows: readonly PathCount[]): {
  nodes: NodeCount[];
  edges: EdgeCount[];
} {
  const nodes = new Map<string, NodeCount>();
  // Keyed from → output → to, so no key string is built per step.
  const edges = new Map<string, Map<string, Map<string, EdgeCount>>>();
  for (const { path, leads = 1 } of rows) {
    for (let index = 0; index < path.length; index++) {
      const step = path[index] as PathStep;
      if (!seenNodeBefore(path, index)) {
        const node = nodes.get(step.nodeId);
        if (node) node.leads += leads;
        else nodes.set(step.nodeId, { nodeId: step.nodeId, leads });
      }
      const next = path[index + 1];
      if (!next || step.output === null || seenEdgeBefore(path, index)) continue;
      const targets = inner(inner(edges, step.nodeId), step.output);
      const edge = targets.get(next.nodeId);
      if (edge) edge.leads += leads;
      else
        targets.set(next.nodeId, {
          from: step.nodeId,
          output: step.output,
          to: next.nodeId,
          leads,
        });
    }
  }
  const edgeList = [...edges.values()].flatMap((outputs) =>
    [...outputs.values()].flatMap((targets) => [...targets.values()]),
  );
  return {
    nodes: [...nodes.values()].sort(byLeadsThenKey((node) => node.nodeId)),
    edges: edgeList.sort(byLeadsThenKey((edge) => `${edge.from} ${edge.output} ${edge.to}`)),
  };
}
