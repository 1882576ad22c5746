import { type NodeKind, nodeKinds } from '@switchyard/flow';
import type { Edge, Node } from '@xyflow/react';

/** A node of the flow document as the studio edits it; unknown keys are kept. */
export type DocNode = {
  id: string;
  kind: string;
  label?: string;
  position: { x: number; y: number };
  config: Record<string, unknown>;
  [key: string]: unknown;
};
/** An edge of the flow document; no `sourceHandle` is the single unnamed output. */
export type DocEdge = { id: string; source: string; target: string; sourceHandle?: string };
/** Everything of the flow document but its graph; unknown keys are kept. */
export type DocumentMeta = {
  format: string;
  name: string;
  fields?: Array<{ key: string; label?: string; type: string }>;
  teams?: Array<{ key: string; label?: string }>;
  [key: string]: unknown;
};
/** The flow document (`switchyard.flow/1`), tolerant of drafts that do not validate yet. */
export type FlowDocument = DocumentMeta & { nodes: DocNode[]; edges: DocEdge[] };

export type CanvasNode = Node<{ doc: DocNode }>;
export type CanvasEdge = Edge;
/** What the editor holds and undo restores: the canvas and the rest of the document. */
export type EditorGraph = {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  meta: DocumentMeta;
  /** The flow's team placeholders → this organisation's team ids; saved beside the draft. */
  teamMap: Record<string, string>;
};

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** Reads a saved draft into the editor; anything malformed becomes something the canvas can show. */
export function toEditorGraph(draft: unknown, teamMap: Record<string, string> = {}): EditorGraph {
  const { nodes, edges, ...meta } = record(draft);
  const docNodes = (Array.isArray(nodes) ? nodes : []).map((raw, index): DocNode => {
    const node = record(raw);
    const position = record(node.position);
    return {
      ...node,
      id: typeof node.id === 'string' ? node.id : `node-${index + 1}`,
      kind: typeof node.kind === 'string' ? node.kind : 'unknown',
      position: {
        x: typeof position.x === 'number' ? position.x : index * 240,
        y: typeof position.y === 'number' ? position.y : 0,
      },
      config: record(node.config),
    };
  });
  const docEdges = (Array.isArray(edges) ? edges : []).map((raw, index): DocEdge => {
    const edge = record(raw);
    return {
      id: typeof edge.id === 'string' ? edge.id : `e${index + 1}`,
      source: String(edge.source ?? ''),
      target: String(edge.target ?? ''),
      ...(typeof edge.sourceHandle === 'string' && edge.sourceHandle !== ''
        ? { sourceHandle: edge.sourceHandle }
        : {}),
    };
  });
  return {
    meta: { format: 'switchyard.flow/1', name: '', ...meta } as DocumentMeta,
    nodes: docNodes.map(toCanvasNode),
    edges: docEdges.map(toCanvasEdge),
    teamMap,
  };
}

/** A document node on the canvas: its kind picks the component, the document rides along. */
export function toCanvasNode(doc: DocNode): CanvasNode {
  return {
    id: doc.id,
    type: doc.kind in nodeKinds ? doc.kind : 'unknown',
    position: doc.position,
    data: { doc },
  };
}

export function toCanvasEdge(doc: DocEdge): CanvasEdge {
  return {
    id: doc.id,
    source: doc.source,
    target: doc.target,
    sourceHandle: doc.sourceHandle ?? null,
  };
}

/** The document the editor shows, ready to save, validate and compile. */
export function toDocument(graph: EditorGraph): FlowDocument {
  return {
    ...graph.meta,
    nodes: graph.nodes.map((node) => ({
      ...node.data.doc,
      position: { x: Math.round(node.position.x), y: Math.round(node.position.y) },
    })),
    edges: graph.edges.map(toDocEdge),
  };
}

/** A canvas edge as the document writes it: no `sourceHandle` for the single unnamed output. */
export function toDocEdge(edge: CanvasEdge): DocEdge {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    ...(edge.sourceHandle ? { sourceHandle: edge.sourceHandle } : {}),
  };
}

const itemIds = (items: unknown): string[] =>
  Array.isArray(items) ? items.map((item) => String(record(item).id ?? '')).filter(Boolean) : [];

/**
 * A node's outputs, named as edges' `sourceHandle`; `''` is the single unnamed output. Read
 * from the raw config so a half-filled node still shows its handles.
 */
export function outputsOf(node: Pick<DocNode, 'kind' | 'config'>): string[] {
  switch (node.kind) {
    case 'capture':
    case 'score':
      return [''];
    case 'qualify':
      return ['pass', 'fail'];
    case 'match':
      return ['matched', 'new'];
    case 'branch':
      return [...itemIds(node.config.cases), 'else'];
    case 'split':
      return itemIds(node.config.arms);
    default:
      return [];
  }
}

/** True for the kinds where a lead's path ends. */
export function isTerminal(kind: string): boolean {
  return kind in nodeKinds ? nodeKinds[kind as NodeKind].terminal : false;
}

/** The first id `<prefix>-<n>` not taken. */
export function freshId(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!taken.has(id)) return id;
  }
}
