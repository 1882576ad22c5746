import { VisuallyHidden } from '@mantine/core';
import type { NodeKind } from '@switchyard/flow';
import { Handle, type NodeProps, Position } from '@xyflow/react';
import type { CSSProperties } from 'react';
import { useEditorView } from '../editor/editor-context';
import { type CanvasNode, outputsOf } from '../editor/flow-graph';
import { countText } from '../simulator/impact';
import { kindLooks, lookOf, stageColours } from './kind-looks';
import { nodeEssence, outputLabel } from './node-essence';

/**
 * One step on the canvas: its kind, its label, what it does in words, and a handle per output
 * labelled as the manager named it. Problems and the simulated path colour the card.
 */
export function FlowNode({ id, data, selected }: NodeProps<CanvasNode>) {
  const { doc } = data;
  const view = useEditorView();
  const look = lookOf(doc.kind);
  const issues = view.issuesByNode.get(id) ?? [];
  const outputs = outputsOf(doc);
  const classes = [
    'flow-node',
    selected && 'selected',
    issues.some((i) => i.severity === 'error') && 'has-error',
    issues.some((i) => i.severity === 'warning') && 'has-warning',
    view.path?.has(id) && 'on-path',
    view.path && !view.path.has(id) && 'off-path',
  ].filter(Boolean);
  const ended = view.impact?.terminals.get(id);
  const named = outputs.length > 1 || (outputs.length === 1 && outputs[0] !== '');
  return (
    <div
      className={classes.join(' ')}
      style={{ '--stage-colour': stageColours[look.stage] } as CSSProperties}
      data-testid={`node-${id}`}
      data-kind={doc.kind}
    >
      {doc.kind !== 'capture' && <Handle type="target" position={Position.Left} />}
      <div className="kind">
        <look.icon size={14} aria-hidden />
        {look.title}
      </div>
      <div className="label">{doc.label || id}</div>
      {issues.length > 0 && (
        <VisuallyHidden>
          {issues.length} problem{issues.length === 1 ? '' : 's'}:{' '}
          {issues.map((i) => i.message).join(' ')}
        </VisuallyHidden>
      )}
      <div className="essence">{nodeEssence(doc, view.namer)}</div>
      {ended && (
        <div className="impact" data-testid={`impact-${id}`}>
          {countText(ended)}{' '}
          {view.impactFromSamples
            ? `sample lead${ended.count === 1 ? '' : 's'}`
            : `lead${ended.count === 1 ? '' : 's'} in 30 days`}
        </div>
      )}
      {named ? (
        <div className="outputs">
          {outputs.map((output) => (
            <div className="output" key={output}>
              {outputLabel(doc, output)}
              <Handle
                type="source"
                position={Position.Right}
                id={output}
                title={`${outputLabel(doc, output)} output`}
              />
            </div>
          ))}
        </div>
      ) : (
        outputs.length === 1 && <Handle type="source" position={Position.Right} />
      )}
    </div>
  );
}

/** React Flow's node types, built once at module level (xyflow warns, error002, otherwise). */
export const nodeTypes = {
  ...(Object.fromEntries(Object.keys(kindLooks).map((kind) => [kind, FlowNode])) as Record<
    NodeKind,
    typeof FlowNode
  >),
  unknown: FlowNode,
};
