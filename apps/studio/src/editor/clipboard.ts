import type { CanvasEdge, CanvasNode, DocNode } from './flow-graph';
import { freshId, toCanvasNode } from './flow-graph';

/** What a copy holds: the selected steps and the connections among them. */
export type Clipping = {
  nodes: DocNode[];
  edges: Array<{ source: string; target: string; sourceHandle?: string | null }>;
};

/** Copies the selected nodes and the edges between them. */
export function copySelection(
  nodes: readonly CanvasNode[],
  edges: readonly CanvasEdge[],
): Clipping | null {
  const chosen = nodes.filter((n) => n.selected);
  if (chosen.length === 0) return null;
  const ids = new Set(chosen.map((n) => n.id));
  return {
    nodes: chosen.map((n) => structuredClone({ ...n.data.doc, position: n.position })),
    edges: edges
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({ source: e.source, target: e.target, sourceHandle: e.sourceHandle ?? null })),
  };
}

/**
 * The clipping as new canvas nodes and edges with fresh ids, offset so the copy sits beside the
 * original, and selected (the rest of the canvas is deselected). A second capture is left to
 * validation, which says why it is wrong.
 */
export function pasteClipping(
  clipping: Clipping,
  existing: { nodes: readonly CanvasNode[]; edges: readonly CanvasEdge[] },
  offset = 40,
): { nodes: CanvasNode[]; edges: CanvasEdge[] } {
  const taken = new Set(existing.nodes.map((n) => n.id));
  const renamed = new Map<string, string>();
  const nodes = clipping.nodes.map((doc) => {
    const id = freshId(doc.kind, taken);
    taken.add(id);
    renamed.set(doc.id, id);
    const position = { x: doc.position.x + offset, y: doc.position.y + offset };
    return { ...toCanvasNode({ ...structuredClone(doc), id, position }), selected: true };
  });
  const edgeIds = new Set(existing.edges.map((e) => e.id));
  const edges = clipping.edges.map((e) => {
    const id = freshId('e', edgeIds);
    edgeIds.add(id);
    return {
      id,
      source: renamed.get(e.source) ?? e.source,
      target: renamed.get(e.target) ?? e.target,
      sourceHandle: e.sourceHandle ?? null,
    };
  });
  return { nodes, edges };
}
