import {
  applyEdgeChanges,
  applyNodeChanges,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import type { CanvasEdge, CanvasNode, EditorGraph } from './flow-graph';
import { history } from './history';

// Changes React Flow sends while the user drags, selects or the browser measures: folded into
// the current undo step. Removing and adding are steps of their own.
const isRecorded = (change: NodeChange | EdgeChange) =>
  change.type === 'remove' || change.type === 'add';

/** The editor's graph with undo/redo, and the edits the canvas and inspector make. */
export function useEditorState(initial: () => EditorGraph) {
  const [h, setH] = useState(() => history.start(initial()));
  const graph = h.present;

  const commit = useCallback(
    (change: (g: EditorGraph) => EditorGraph, recorded = true) =>
      setH((current) => {
        const next = change(current.present);
        return recorded ? history.record(current, next) : history.replace(current, next);
      }),
    [],
  );

  const actions = useMemo(
    () => ({
      onNodesChange: (changes: NodeChange<CanvasNode>[]) =>
        commit(
          (g) => ({ ...g, nodes: applyNodeChanges(changes, g.nodes) }),
          changes.some(isRecorded),
        ),
      onEdgesChange: (changes: EdgeChange<CanvasEdge>[]) =>
        commit(
          (g) => ({ ...g, edges: applyEdgeChanges(changes, g.edges) }),
          changes.some(isRecorded),
        ),
      /** Before a drag: the drag's many position changes undo as one step. */
      checkpoint: () => setH((current) => history.checkpoint(current)),
      /** Any other edit of the graph as one undoable step. */
      edit: (change: (g: EditorGraph) => EditorGraph) => commit(change),
      select: (ids: ReadonlySet<string>) =>
        commit(
          (g) => ({
            ...g,
            nodes: g.nodes.map((n) =>
              n.selected === ids.has(n.id) ? n : { ...n, selected: ids.has(n.id) },
            ),
            edges: g.edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
          }),
          false,
        ),
      undo: () => setH(history.undo),
      redo: () => setH(history.redo),
    }),
    [commit],
  );
  return { graph, canUndo: h.past.length > 0, canRedo: h.future.length > 0, ...actions };
}
