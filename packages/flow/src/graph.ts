import { defaultOutput, type NodeKindDefinition } from './nodes/define-node-kind';

/** A node as validation sees it: known kind and parsed config only when both are valid. */
export type GraphNode = {
  id: string;
  kind: string;
  label?: string;
  definition?: NodeKindDefinition<string, unknown>;
  config?: unknown;
};

export type GraphEdge = { id: string; source: string; target: string; handle: string };

/** The flow as a graph: nodes by id and edges both ways, over edges whose ends exist. */
export type FlowGraph = {
  nodes: Map<string, GraphNode>;
  outgoing: Map<string, GraphEdge[]>;
  incoming: Map<string, GraphEdge[]>;
};

/** The handle an edge leaves from; unnamed handles are the single default output. */
export function handleOf(edge: { sourceHandle?: string | null | undefined }): string {
  return edge.sourceHandle ?? defaultOutput;
}

export function buildGraph(nodes: Iterable<GraphNode>, edges: Iterable<GraphEdge>): FlowGraph {
  const graph: FlowGraph = { nodes: new Map(), outgoing: new Map(), incoming: new Map() };
  for (const node of nodes) {
    if (graph.nodes.has(node.id)) continue;
    graph.nodes.set(node.id, node);
    graph.outgoing.set(node.id, []);
    graph.incoming.set(node.id, []);
  }
  for (const edge of edges) {
    if (!graph.nodes.has(edge.source) || !graph.nodes.has(edge.target)) continue;
    graph.outgoing.get(edge.source)?.push(edge);
    graph.incoming.get(edge.target)?.push(edge);
  }
  return graph;
}

/** Ids reachable from `start` along edges, plus the extra targets a node names (fallbacks). */
export function reachableFrom(
  graph: FlowGraph,
  start: string,
  extraTargets: (node: GraphNode) => string[],
): Set<string> {
  const seen = new Set<string>([start]);
  const stack = [start];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    const node = graph.nodes.get(id);
    const targets = (graph.outgoing.get(id) ?? []).map((edge) => edge.target);
    if (node) targets.push(...extraTargets(node).filter((target) => graph.nodes.has(target)));
    for (const target of targets) {
      if (!seen.has(target)) {
        seen.add(target);
        stack.push(target);
      }
    }
  }
  return seen;
}

/** Each cycle found once, as the ids around it; iterative so a huge flow cannot overflow. */
export function findCycles(graph: FlowGraph): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  for (const root of graph.nodes.keys()) {
    if (state.has(root)) continue;
    const path: string[] = [];
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 'open');
    path.push(root);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as { id: string; next: number };
      const edges = graph.outgoing.get(frame.id) ?? [];
      const edge = edges[frame.next++];
      if (!edge) {
        state.set(frame.id, 'done');
        stack.pop();
        path.pop();
        continue;
      }
      const seen = state.get(edge.target);
      if (seen === 'open') cycles.push(path.slice(path.indexOf(edge.target)));
      if (seen !== undefined) continue;
      state.set(edge.target, 'open');
      path.push(edge.target);
      stack.push({ id: edge.target, next: 0 });
    }
  }
  return cycles;
}

/** Node ids in an order where every edge points forward; only meaningful without cycles. */
export function topologicalOrder(graph: FlowGraph): string[] {
  const remaining = new Map(
    [...graph.nodes.keys()].map((id) => [id, graph.incoming.get(id)?.length ?? 0]),
  );
  const ready = [...remaining].filter(([, count]) => count === 0).map(([id]) => id);
  const order: string[] = [];
  for (let id = ready.shift(); id !== undefined; id = ready.shift()) {
    order.push(id);
    for (const edge of graph.outgoing.get(id) ?? []) {
      const count = (remaining.get(edge.target) ?? 0) - 1;
      remaining.set(edge.target, count);
      if (count === 0) ready.push(edge.target);
    }
  }
  return order;
}
