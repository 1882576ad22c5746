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

// A step card is about this tall on the canvas; a copy goes below the copied steps by that and
// a gap, and further down while that place is taken (issue 20: it landed on the original).
const cardHeight = 120;
const gap = 40;

/** How far down the copy goes: below the copied steps, past any copy already there. */
function pasteOffset(clipping: Clipping, existing: readonly CanvasNode[]): number {
  const ys = clipping.nodes.map((n) => n.position.y);
  const step = Math.max(...ys) - Math.min(...ys) + cardHeight + gap;
  const occupied = (dy: number) =>
    clipping.nodes.some((doc) =>
      existing.some(
        (n) =>
          Math.abs(n.position.x - (doc.position.x + gap)) < gap &&
          Math.abs(n.position.y - (doc.position.y + dy)) < cardHeight,
      ),
    );
  let dy = step;
  for (let tries = 0; tries < 50 && occupied(dy); tries++) dy += step;
  return dy;
}

/** "Overflow pool (copy)", "(copy 2)", … : a name no step has yet. */
function copyName(label: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = `${label} (copy${n === 1 ? '' : ` ${n}`})`;
    if (!taken.has(name)) return name;
  }
}

/**
 * The clipping as new canvas nodes and edges with fresh ids, named as copies, placed below the
 * original (never on top of it or of an earlier copy) and selected (the rest of the canvas is
 * deselected). A second capture is left to validation, which says why it is wrong.
 */
export function pasteClipping(
  clipping: Clipping,
  existing: { nodes: readonly CanvasNode[]; edges: readonly CanvasEdge[] },
): { nodes: CanvasNode[]; edges: CanvasEdge[] } {
  const taken = new Set(existing.nodes.map((n) => n.id));
  const names = new Set(existing.nodes.map((n) => n.data.doc.label ?? ''));
  const renamed = new Map<string, string>();
  const dy = pasteOffset(clipping, existing.nodes);
  const nodes = clipping.nodes.map((doc) => {
    const id = freshId(doc.kind, taken);
    taken.add(id);
    renamed.set(doc.id, id);
    const label = doc.label ? copyName(doc.label, names) : doc.label;
    if (label) names.add(label);
    const position = { x: doc.position.x + gap, y: doc.position.y + dy };
    const copy = { ...structuredClone(doc), id, position, ...(label ? { label } : {}) };
    return { ...toCanvasNode(copy), selected: true };
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
