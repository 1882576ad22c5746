import { Background, Controls, ReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
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
        </ReactFlow>
      </EditorViewContext.Provider>
    </div>
  );
}
