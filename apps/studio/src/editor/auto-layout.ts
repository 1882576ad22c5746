import type { ELK } from 'elkjs/lib/elk-api';
import type { CanvasEdge, CanvasNode } from './flow-graph';
import { outputsOf } from './flow-graph';

// elkjs is 1.4 MB: loaded the first time someone tidies up, not with the editor.
let elk: Promise<ELK> | undefined;
const loadElk = () => {
  elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: Elk }) => new Elk());
  return elk;
};
const fallbackSize = { width: 220, height: 90 };

/**
 * Lays the flow out left to right with elkjs' layered algorithm (React Flow's auto-layout hook
 * is a paid example). Outputs keep their order top to bottom, so "pass" stays above "fail".
 */
export async function autoLayout(
  nodes: readonly CanvasNode[],
  edges: readonly CanvasEdge[],
): Promise<Map<string, { x: number; y: number }>> {
  const outputOrder = new Map(nodes.map((n) => [n.id, outputsOf(n.data.doc)] as const));
  const rank = (edge: CanvasEdge) =>
    outputOrder.get(edge.source)?.indexOf(edge.sourceHandle ?? '') ?? 0;
  const ordered = [...edges].sort((a, b) => a.source.localeCompare(b.source) || rank(a) - rank(b));
  const layout = await (await loadElk()).layout({
    id: 'flow',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '80',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: nodes.map((n) => ({
      id: n.id,
      width: n.measured?.width ?? fallbackSize.width,
      height: n.measured?.height ?? fallbackSize.height,
    })),
    edges: ordered
      .filter((e) => outputOrder.has(e.source) && outputOrder.has(e.target))
      .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  return new Map(
    (layout.children ?? []).map((child) => [child.id, { x: child.x ?? 0, y: child.y ?? 0 }]),
  );
}
