import { Background, Controls, ReactFlow, useReactFlow } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import { EditorViewContext } from '../editor/editor-context';
import type { CanvasNode } from '../editor/flow-graph';
import { nodeTypes } from '../nodes/flow-node';
import { viewContext, viewEdges, viewNodes } from './view-elements';
import type { StatusMap, ViewGraph } from './view-graph';

/**
 * A flow drawn read-only with the editor's node cards: nothing moves, connects or deletes.
 * `nodeStatus` and `edgeStatus` mark steps and connections (a diff, a lead's path) through
 * `data-status` and a `view-<status>` class on React Flow's wrappers.
 */
export function FlowView(props: {
  graph: ViewGraph;
  nodeStatus?: StatusMap;
  edgeStatus?: StatusMap;
  /** What the canvas shows, for screen readers: "Version 3 of Inbound". */
  label: string;
  height?: number | string;
  /** Steps to bring into view, e.g. those of a change picked in a list; null keeps the view. */
  focus?: readonly string[] | null;
}) {
  const { graph, nodeStatus, edgeStatus, label, height = 480 } = props;
  const nodes = useMemo(() => viewNodes(graph, nodeStatus), [graph, nodeStatus]);
  const edges = useMemo(() => viewEdges(graph, edgeStatus), [graph, edgeStatus]);
  const context = useMemo(() => viewContext(graph), [graph]);
  return (
    <div className="flow-view" style={{ height }} data-testid="flow-view">
      <EditorViewContext.Provider value={context}>
        <ReactFlow<CanvasNode>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          edgesReconnectable={false}
          deleteKeyCode={null}
          fitView
          fitViewOptions={{ padding: 0.15, maxZoom: 1 }}
          minZoom={0.1}
          proOptions={{ hideAttribution: true }}
          aria-label={label}
        >
          <Background gap={16} />
          <Controls showInteractive={false} />
          <FocusOn nodeIds={props.focus ?? null} />
        </ReactFlow>
      </EditorViewContext.Provider>
    </div>
  );
}

/** Fits the view to the given steps whenever the list of them changes (a new array). */
function FocusOn(props: { nodeIds: readonly string[] | null }) {
  const flow = useReactFlow();
  const { nodeIds } = props;
  useEffect(() => {
    if (!nodeIds || nodeIds.length === 0) return;
    void flow.fitView({ nodes: nodeIds.map((id) => ({ id })), maxZoom: 1.2, duration: 300 });
  }, [flow, nodeIds]);
  return null;
}
