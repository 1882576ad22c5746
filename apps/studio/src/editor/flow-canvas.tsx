import type { NodeKind } from '@switchyard/flow';
import {
  Background,
  type Connection,
  Controls,
  type Edge,
  MiniMap,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import { type DragEvent, useCallback, useMemo } from 'react';
import { nodeTypes } from '../nodes/flow-node';
import { lookOf, stageColours } from '../nodes/kind-looks';
import { countText } from '../simulator/impact';
import { connectionProblem } from './connection-rules';
import type { EditorView } from './editor-context';
import { useEditorView } from './editor-context';
import type { CanvasNode, EditorGraph } from './flow-graph';
import { removeElements } from './graph-edits';
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
      onConnectEnd={(_event, state) => {
        if (state.isValid !== false || !state.fromNode || !state.toNode) return;
        const why = connectionProblem(graph.nodes, graph.edges, {
          source: state.fromNode.id,
          target: state.toNode.id,
          sourceHandle: state.fromHandle?.id ?? null,
        });
        if (why) onRefused(why);
      }}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(kindMime)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
      }}
      onDrop={onDrop}
      deleteKeyCode={['Backspace', 'Delete']}
      multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
      fitView
      fitViewOptions={{ padding: 0.2, maxZoom: 1 }}
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
