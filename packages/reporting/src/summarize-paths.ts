import { Tally } from './count-by';
import type { ReportLead } from './report-lead';

// Keys join ids with NUL, which no node id or output contains, so splitting them back is exact.
const separator = '\u0000';

/**
 * Leads through each node and along each connection (source, output, target: how the canvas
 * finds the edge, as the studio's trace-path does). A lead counts once per node or connection.
 */
export function summarizePaths(rows: readonly ReportLead[]): {
  nodes: Array<{ nodeId: string; leads: number }>;
  edges: Array<{ from: string; output: string; to: string; leads: number }>;
} {
  const nodes = new Tally();
  const edges = new Tally();
  for (const { path } of rows) {
    const seenNodes = new Set<string>();
    const seenEdges = new Set<string>();
    path.forEach((step, index) => {
      if (!seenNodes.has(step.nodeId)) nodes.add(step.nodeId);
      seenNodes.add(step.nodeId);
      const next = path[index + 1];
      if (!next || step.output === null) return;
      const key = `${step.nodeId}${separator}${step.output}${separator}${next.nodeId}`;
      if (!seenEdges.has(key)) edges.add(key);
      seenEdges.add(key);
    });
  }
  return {
    nodes: nodes.sorted().map(([nodeId, leads]) => ({ nodeId, leads })),
    edges: edges.sorted().map(([key, leads]) => {
      const [from = '', output = '', to = ''] = key.split(separator);
      return { from, output, to, leads };
    }),
  };
}
