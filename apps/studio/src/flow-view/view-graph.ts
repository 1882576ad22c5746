import {
  type DocEdge,
  type DocNode,
  type DocumentMeta,
  toDocEdge,
  toEditorGraph,
} from '../editor/flow-graph';

/** How the read-only canvas marks a step or a connection: a diff's change or a lead's path. */
export type ViewStatus = 'added' | 'removed' | 'changed' | 'lit' | 'dim';

/** Status by node id and by edge id; anything absent is drawn plainly. */
export type StatusMap = Readonly<Record<string, ViewStatus>>;

/** A flow document as the read-only view draws it: its steps, connections and the rest. */
export type ViewGraph = { nodes: DocNode[]; edges: DocEdge[]; meta: DocumentMeta };

/** Reads a stored document (a version, a draft) tolerantly, as the editor does. */
export function viewGraphOf(document: unknown): ViewGraph {
  const graph = toEditorGraph(document);
  return {
    nodes: graph.nodes.map((node) => node.data.doc),
    edges: graph.edges.map(toDocEdge),
    meta: graph.meta,
  };
}

/** The output an edge leaves by, `''` for a step's single unnamed output. */
export const outputOf = (edge: Pick<DocEdge, 'sourceHandle'>) => edge.sourceHandle ?? '';
