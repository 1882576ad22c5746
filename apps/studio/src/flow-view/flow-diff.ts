import { fieldCatalogue } from '../conditions/field-catalogue';
import type { DocEdge, DocNode } from '../editor/flow-graph';
import { lookOf } from '../nodes/kind-looks';
import { outputLabel } from '../nodes/node-essence';
import { type ChangeNames, nodeChanges } from './node-changes';
import { isSameValue } from './same-value';
import { outputOf, type ViewGraph, viewGraphOf } from './view-graph';

/** How a step or connection differs between the older and the newer document. */
export type DiffStatus = 'added' | 'removed' | 'changed';

/** One change in words, pointing at what the canvas marks. */
export type FlowChange = { status: DiffStatus; sentence: string; nodeId?: string; edgeId?: string };

/** Two documents compared: what to draw, how to mark it, and the changes in words. */
export type FlowDiff = {
  /** The newer graph plus what the older one had and the newer lost (drawn where it was). */
  graph: ViewGraph;
  nodes: Record<string, DiffStatus>;
  edges: Record<string, DiffStatus>;
  changes: FlowChange[];
};

/** A connection drawn from the older version: prefixed so it never collides with a newer id. */
export const removedEdgeId = (id: string) => `removed:${id}`;

// Each output has at most one connection, so an output is a connection's identity: edge ids
// may be renumbered by the editor without the flow changing.
const outputKey = (edge: DocEdge) => `${edge.source}\u0000${outputOf(edge)}`;

function namesFor(before: ViewGraph, after: ViewGraph): ChangeNames {
  const teams = new Map<string, string>();
  const steps = new Map<string, string>();
  for (const graph of [before, after]) {
    for (const team of graph.meta.teams ?? []) teams.set(team.key, team.label || team.key);
    for (const node of graph.nodes) steps.set(node.id, stepName(node));
  }
  const fields = new Map(
    fieldCatalogue({
      customFields: [...(before.meta.fields ?? []), ...(after.meta.fields ?? [])],
    }).map((f) => [f.key, f.label]),
  );
  return {
    field: (key) => fields.get(key) ?? key,
    team: (key) => teams.get(key) ?? key,
    node: (id) => steps.get(id) ?? id,
    rep: (id) => id,
  };
}

/** A step as the change list names it: "Qualify 'Enterprise?'". */
export const stepName = (node: Pick<DocNode, 'kind' | 'label' | 'id'>) =>
  `${lookOf(node.kind).title} '${node.label || node.id}'`;

/** Team placeholder → team id, saved beside a draft or version (not in its document). */
export type TeamMap = Readonly<Record<string, string>>;

// Re-mapping a placeholder to another team changes who gets leads without touching the
// document, so two versions with equal documents may still route differently.
function teamMapChanges(names: ChangeNames, older?: TeamMap, newer?: TeamMap): FlowChange[] {
  if (!older || !newer) return [];
  const keys = [...new Set([...Object.keys(older), ...Object.keys(newer)])].sort();
  return keys
    .filter((key) => older[key] !== newer[key])
    .map((key) => ({
      status: 'changed',
      sentence: newer[key]
        ? `Team '${names.team(key)}' is now a different team of yours`
        : `Team '${names.team(key)}' is no longer chosen`,
    }));
}

function metaChanges(before: ViewGraph, after: ViewGraph): FlowChange[] {
  const sentences = [
    before.meta.name !== after.meta.name &&
      `Flow renamed '${before.meta.name}' → '${after.meta.name}'`,
    !isSameValue(before.meta.description, after.meta.description) && 'Flow description changed',
    !isSameValue(before.meta.fields, after.meta.fields) && 'Custom fields changed',
    !isSameValue(before.meta.teams, after.meta.teams) && 'Team placeholders changed',
  ].filter((s): s is string => typeof s === 'string');
  return sentences.map((sentence) => ({ status: 'changed', sentence }));
}

/**
 * Compares two flow documents (stored JSON, read tolerantly): steps by id, connections by the
 * output they leave from. Connections of an added or removed step are marked but not worded:
 * the step's own line says it.
 */
export function diffFlows(
  older: unknown,
  newer: unknown,
  teamMaps: { older?: TeamMap; newer?: TeamMap } = {},
): FlowDiff {
  const before = viewGraphOf(older);
  const after = viewGraphOf(newer);
  const names = namesFor(before, after);
  const wasNodes = new Map(before.nodes.map((node) => [node.id, node]));
  const nowIds = new Set(after.nodes.map((node) => node.id));
  const wasEdges = new Map(before.edges.map((edge) => [outputKey(edge), edge]));
  const nowEdges = new Map(after.edges.map((edge) => [outputKey(edge), edge]));
  const nodes: Record<string, DiffStatus> = {};
  const edges: Record<string, DiffStatus> = {};
  const changes = [
    ...metaChanges(before, after),
    ...teamMapChanges(names, teamMaps.older, teamMaps.newer),
  ];
  const removedEdges: DocEdge[] = [];

  const output = (edge: DocEdge, graph: ViewGraph) => {
    const source = graph.nodes.find((node) => node.id === edge.source);
    const label = source ? outputLabel(source, outputOf(edge)) : '';
    return label ? `'${label}' ` : '';
  };

  for (const node of after.nodes) {
    const was = wasNodes.get(node.id);
    if (!was) {
      nodes[node.id] = 'added';
      changes.push({ status: 'added', sentence: `${stepName(node)} added`, nodeId: node.id });
      continue;
    }
    const details = nodeChanges(was, node, names);
    if (details.length > 0) nodes[node.id] = 'changed';
    for (const detail of details) {
      changes.push({
        status: 'changed',
        sentence: `${stepName(node)}: ${detail}`,
        nodeId: node.id,
      });
    }
  }

  for (const edge of after.edges) {
    const was = wasEdges.get(outputKey(edge));
    if (was && was.target === edge.target) continue;
    const status: DiffStatus = was ? 'changed' : 'added';
    edges[edge.id] = status;
    if (was) removedEdges.push(was);
    if (!wasNodes.has(edge.source)) continue;
    const from = `${names.node(edge.source)}: ${output(edge, after)}`;
    const to = names.node(edge.target);
    const sentence = was
      ? `${from}now goes to ${to} (was ${names.node(was.target)})`
      : `${from}now goes to ${to}`;
    changes.push({ status, sentence, edgeId: edge.id });
  }

  for (const edge of before.edges) {
    if (nowEdges.has(outputKey(edge))) continue;
    removedEdges.push(edge);
    if (!nowIds.has(edge.source)) continue;
    changes.push({
      status: 'removed',
      sentence: `${names.node(edge.source)}: ${output(edge, before)}no longer goes to ${names.node(edge.target)}`,
      edgeId: removedEdgeId(edge.id),
    });
  }

  const removedNodes = before.nodes.filter((node) => !nowIds.has(node.id));
  for (const node of removedNodes) {
    nodes[node.id] = 'removed';
    changes.push({ status: 'removed', sentence: `${stepName(node)} removed`, nodeId: node.id });
  }
  const drawnRemoved = removedEdges.map((edge) => ({ ...edge, id: removedEdgeId(edge.id) }));
  for (const edge of drawnRemoved) edges[edge.id] = 'removed';

  return {
    graph: {
      meta: after.meta,
      nodes: [...after.nodes, ...removedNodes],
      edges: [...after.edges, ...drawnRemoved],
    },
    nodes,
    edges,
    changes,
  };
}

/** The steps a change is about, to bring into view: its own, or both ends of a connection. */
export function stepsOfChange(change: FlowChange, graph: Pick<ViewGraph, 'edges'>): string[] {
  if (change.nodeId) return [change.nodeId];
  const edge = graph.edges.find((e) => e.id === change.edgeId);
  return edge ? [edge.source, edge.target] : [];
}
