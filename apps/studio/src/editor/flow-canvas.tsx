import type { NodeKind } from '@switchyard/flow';
import {
  Background,
  type Connection,
  Controls,
  type Edge,
  type FinalConnectionState,
  MiniMap,
  ReactFlow,
  useNodesInitialized,
  useReactFlow,
} from '@xyflow/react';
import { type DragEvent, useCallback, useEffect, useMemo, useRef } from 'react';
import { nodeTypes } from '../nodes/flow-node';
import { lookOf, stageColours } from '../nodes/kind-looks';
import { countText } from '../simulator/impact';
import { connectionProblem } from './connection-rules';
import type { EditorView } from './editor-context';
import { useEditorView } from './editor-context';
import type { CanvasNode, EditorGraph } from './flow-graph';
import { removeElements } from './graph-edits';
import { openingViewport } from './opening-view';
import { kindMime } from './palette';
import type { useEditorState } from './use-editor-state';

type Editor = ReturnType<typeof useEditorState>;

/**
 * The canvas: drop kinds from the palette, drag from an output to connect (the flow language's
 * rules refuse a wrong connection and say why), select, move and delete.
 */
export function FlowCanvas(props: {
  editor: Editor;
  onAddNode: (kind: NodeKind, position: { x: number; y: number }) => void;
  onConnect: (connection: Connection) => void;
  onRefused: (why: string) => void;
  edgeIssues: ReadonlySet<string>;
}) {
  const { editor, onAddNode, onConnect, onRefused, edgeIssues } = props;
  const { graph } = editor;
  const flow = useReactFlow();
  const view = useEditorView();

  const isValidConnection = useCallback(
    (c: Connection | Edge) => connectionProblem(graph.nodes, graph.edges, c) === null,
    [graph.nodes, graph.edges],
  );

  const onDrop = (event: DragEvent) => {
    const kind = event.dataTransfer.getData(kindMime);
    if (!kind) return;
    event.preventDefault();
    onAddNode(kind as NodeKind, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };

  const edges = useMemo(() => decorateEdges(graph, edgeIssues, view), [graph, edgeIssues, view]);

  // Once the steps are measured: open at a readable zoom (see openingViewport), not fit-all.
  const measured = useNodesInitialized();
  const opened = useRef(false);
  useEffect(() => {
    if (!measured || opened.current) return;
    const box = window.document.querySelector('.react-flow')?.getBoundingClientRect();
    const boxes = graph.nodes.map((n) => ({
      x: n.position.x,
      y: n.position.y,
      width: n.measured?.width ?? 200,
      height: n.measured?.height ?? 80,
    }));
    const captureIndex = graph.nodes.findIndex((n) => n.data.doc.kind === 'capture');
    const viewport = openingViewport({
      boxes,
      capture: boxes[captureIndex],
      width: box?.width ?? 0,
      height: box?.height ?? 0,
    });
    if (!viewport) return;
    opened.current = true;
    void flow.setViewport(viewport);
  }, [measured, flow, graph.nodes]);

  // A drop the canvas refused (onto capture, onto the step itself, onto a step without an
  // input): the step under the pointer says why, instead of the line snapping back silently.
  const onConnectEnd = (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    if (state.isValid === true || !state.fromNode) return;
    const point = 'changedTouches' in event ? event.changedTouches[0] : event;
    const under = point
      ? window.document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node')
      : null;
    const target = state.toNode?.id ?? under?.getAttribute('data-id');
    if (!target) return;
    const why = connectionProblem(graph.nodes, graph.edges, {
      source: state.fromNode.id,
      target,
      sourceHandle: state.fromHandle?.id ?? null,
    });
    if (why) onRefused(why);
  };

  return (
    <ReactFlow<CanvasNode>
      nodes={graph.nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={editor.onNodesChange}
      onEdgesChange={editor.onEdgesChange}
      // One undo step for the steps and their edges: React Flow would send them as two changes,
      // and undo then brought a step back without its connections (issue 20).
      onBeforeDelete={async (removed) => {
        editor.edit((g) => removeElements(g, removed));
        return false;
      }}
      onNodeDragStart={editor.checkpoint}
      onSelectionDragStart={editor.checkpoint}
      onConnect={onConnect}
      isValidConnection={isValidConnection}
      onConnectEnd={onConnectEnd}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(kindMime)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
      }}
      onDrop={onDrop}
      deleteKeyCode={['Backspace', 'Delete']}
      multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
      minZoom={0.2}
      proOptions={{ hideAttribution: true }}
      aria-label="Flow canvas"
    >
      <Background gap={16} />
      <MiniMap
        pannable
        zoomable
        nodeColor={(n) => stageColours[lookOf((n as CanvasNode).data.doc.kind).stage]}
        ariaLabel="Overview of the flow"
        style={{ width: 160, height: 110 }}
      />
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}

// Edges carry problems, the simulated path and lead counts; the graph's own edges stay clean
// (the history and the saved document never see these decorations).
function decorateEdges(
  graph: EditorGraph,
  edgeIssues: ReadonlySet<string>,
  view: Pick<EditorView, 'path' | 'impact'>,
): Edge[] {
  const { path, impact } = view;
  return graph.edges.map((edge) => {
    const onPath = path?.get(edge.source) === (edge.sourceHandle ?? '') && path.has(edge.target);
    const counted = impact?.edges.get(edge.id);
    const moved = counted && counted.live !== null ? Math.sign(counted.count - counted.live) : 0;
    const className = [
      edgeIssues.has(edge.id) && 'has-error',
      onPath && 'on-path',
      moved > 0 && 'impact-up',
      moved < 0 && 'impact-down',
    ]
      .filter(Boolean)
      .join(' ');
    if (!className && !counted) return edge;
    return {
      ...edge,
      className,
      animated: Boolean(onPath),
      ...(counted ? { label: countText(counted), ariaLabel: `${countText(counted)} leads` } : {}),
    };
  });
}
