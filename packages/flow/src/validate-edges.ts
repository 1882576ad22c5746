import { type FlowGraph, type GraphNode, handleOf } from './graph';
import { type FlowIssue, flowError, nodeName } from './issues';

type RawEdge = { id: string; source: string; target: string; sourceHandle?: string | null };

/** Edges whose ends or handles do not exist, edges into capture or out of a terminal. */
export function checkEdges(edges: readonly RawEdge[], nodes: Map<string, GraphNode>): FlowIssue[] {
  const issues: FlowIssue[] = [];
  for (const edge of edges) {
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    const where = { edgeId: edge.id };
    if (!source || !target) {
      const missing = !source ? edge.source : edge.target;
      const end = !source ? 'starts at' : 'leads to';
      issues.push(
        flowError(
          'edge_missing_node',
          `A connection ${end} "${missing}", a step that does not exist.`,
          where,
        ),
      );
      continue;
    }
    if (target.kind === 'capture') {
      issues.push(
        flowError(
          'edge_into_capture',
          `A connection leads back into ${nodeName(target)}; leads only enter there from forms.`,
          {
            ...where,
            nodeId: target.id,
          },
        ),
      );
    }
    if (source.definition?.terminal) {
      issues.push(
        flowError(
          'edge_from_terminal',
          `${nodeName(source)} is a final step; nothing can come after it.`,
          {
            ...where,
            nodeId: source.id,
          },
        ),
      );
      continue;
    }
    if (source.definition && source.config !== undefined) {
      const outputs = source.definition.outputs(source.config);
      const handle = handleOf(edge);
      if (!outputs.includes(handle)) {
        const named = handle === '' ? 'an unnamed output' : `an output "${handle}"`;
        issues.push(
          flowError(
            'unknown_handle',
            `A connection leaves ${nodeName(source)} from ${named}, which it does not have.`,
            {
              ...where,
              nodeId: source.id,
            },
          ),
        );
      }
    }
  }
  return issues;
}

/** Every output of every non-terminal step has exactly one connection. */
export function checkOutputs(graph: FlowGraph): FlowIssue[] {
  const issues: FlowIssue[] = [];
  for (const node of graph.nodes.values()) {
    const { definition, config } = node;
    if (!definition || definition.terminal || config === undefined) continue;
    const edges = graph.outgoing.get(node.id) ?? [];
    if (edges.length === 0) {
      issues.push(
        flowError('dead_end', `${nodeName(node)} has no next step, so leads would stop there.`, {
          nodeId: node.id,
        }),
      );
      continue;
    }
    for (const output of definition.outputs(config)) {
      const leaving = edges.filter((edge) => edge.handle === output);
      const what = definition.describeOutput(config, output);
      if (leaving.length === 0) {
        const message =
          output === ''
            ? `${nodeName(node)} has no next step.`
            : `${nodeName(node)} has no destination for ${what}.`;
        issues.push(flowError('missing_output', message, { nodeId: node.id }));
      }
      for (const extra of leaving.slice(1)) {
        issues.push(
          flowError(
            'duplicate_output',
            `${nodeName(node)} sends ${output === '' ? 'its leads' : what} to two places; keep one connection.`,
            { nodeId: node.id, edgeId: extra.id },
          ),
        );
      }
    }
  }
  return issues;
}
