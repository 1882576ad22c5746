import { type CanvasEdge, type CanvasNode, isTerminal } from './flow-graph';

/** A connection being drawn: from a node's output to another node. */
export type Attempt = { source: string; target: string; sourceHandle?: string | null };

const nameOf = (node: CanvasNode) => `"${node.data.doc.label || node.id}"`;

/**
 * Why the flow language forbids this connection, in the manager's words; null when allowed.
 * The canvas refuses the edge and shows the sentence.
 */
export function connectionProblem(
  nodes: readonly CanvasNode[],
  edges: readonly CanvasEdge[],
  attempt: Attempt,
): string | null {
  const source = nodes.find((n) => n.id === attempt.source);
  const target = nodes.find((n) => n.id === attempt.target);
  if (!source || !target) return 'Both ends of a connection must be steps of this flow.';
  if (source.id === target.id) return 'A step cannot lead back to itself.';
  if (target.data.doc.kind === 'capture') {
    return 'Nothing can lead into the capture step: it is where leads enter the flow.';
  }
  if (isTerminal(source.data.doc.kind)) {
    return `${nameOf(source)} is a final step: leads stop there, so it cannot lead anywhere.`;
  }
  const handle = attempt.sourceHandle ?? null;
  if (edges.some((e) => e.source === source.id && (e.sourceHandle ?? null) === handle)) {
    return 'This output already leads to a step. Delete that connection first to change it.';
  }
  if (reaches(edges, target.id, source.id)) {
    return `That would make a loop: leads could go round from ${nameOf(target)} back to ${nameOf(source)} forever.`;
  }
  return null;
}

function reaches(edges: readonly CanvasEdge[], from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const edge of edges) if (edge.source === id) stack.push(edge.target);
  }
  return false;
}
