import { fieldCatalogue } from '../conditions/field-catalogue';
import type { EditorView } from '../editor/editor-context';
import { type CanvasEdge, type CanvasNode, toCanvasEdge, toCanvasNode } from '../editor/flow-graph';
import { lookOf } from '../nodes/kind-looks';
import type { StatusMap, ViewGraph, ViewStatus } from './view-graph';

/** How a status reads to a screen reader, after the step's name. */
export const statusWords: Record<ViewStatus, string> = {
  added: 'added',
  removed: 'removed',
  changed: 'changed',
  lit: 'on the lead’s path',
  dim: 'not on the lead’s path',
};

// React Flow puts `className` and `domAttributes` on its own wrapper of each step and
// connection, so the shared node card is reused untouched and CSS and tests read the status.
// `data-*` attributes are valid on any element, but React's attribute types do not list them.
const marks = (status: ViewStatus | undefined) =>
  status
    ? {
        className: `view-${status}`,
        domAttributes: { 'data-status': status } as Record<string, string> as object,
      }
    : {};

/** The steps of a read-only canvas: not draggable, connectable or deletable; marked by status. */
export function viewNodes(graph: ViewGraph, status: StatusMap = {}): CanvasNode[] {
  return graph.nodes.map((doc) => {
    const mark = status[doc.id];
    const name = `${lookOf(doc.kind).title} ${doc.label || doc.id}`;
    return {
      ...toCanvasNode(doc),
      ...marks(mark),
      draggable: false,
      connectable: false,
      deletable: false,
      ariaLabel: mark ? `${name}, ${statusWords[mark]}` : name,
    };
  });
}

/** The connections of a read-only canvas; the lit path moves, as in the editor's simulator. */
export function viewEdges(graph: ViewGraph, status: StatusMap = {}): CanvasEdge[] {
  return graph.edges.map((doc) => {
    const mark = status[doc.id];
    return {
      ...toCanvasEdge(doc),
      ...marks(mark),
      deletable: false,
      animated: mark === 'lit',
    };
  });
}

/** What the shared node cards read: field, team and step names from the document itself. */
export function viewContext(graph: ViewGraph): EditorView {
  const fields = new Map(
    fieldCatalogue({ customFields: graph.meta.fields }).map((f) => [f.key, f.label]),
  );
  const teams = new Map((graph.meta.teams ?? []).map((t) => [t.key, t.label || t.key]));
  const steps = new Map(graph.nodes.map((n) => [n.id, n.label || n.id]));
  const lookup = (map: ReadonlyMap<string, string>) => (key: string) => map.get(key) ?? key;
  return {
    issuesByNode: new Map(),
    namer: { field: lookup(fields), team: lookup(teams), rep: (id) => id, node: lookup(steps) },
    path: null,
  };
}
