import { z } from 'zod';
import { type Flow, flowSchema } from './document';
import { buildGraph, type FlowGraph, type GraphNode, handleOf } from './graph';
import { type FlowIssue, flowError, flowWarning, nodeName } from './issues';
import { isNodeKind, kindOf } from './nodes';
import { readJson, schemaIssues } from './parse';
import { checkConditions } from './validate-conditions';
import { checkEdges, checkOutputs } from './validate-edges';
import { checkPaths } from './validate-paths';

/** The document with nodes checked one by one, so one bad node does not hide the rest. */
const envelopeSchema = flowSchema.extend({
  nodes: z.array(z.looseObject({ id: z.string(), kind: z.string(), label: z.string().optional() })),
});

export type FlowAnalysis = {
  issues: FlowIssue[];
  /** The typed flow, when the document is well-formed (it may still have graph errors). */
  flow?: Flow;
  graph?: FlowGraph;
};

function duplicateIds(
  ids: string[],
  what: string,
  where: (id: string) => Partial<FlowIssue>,
): FlowIssue[] {
  const seen = new Set<string>();
  return ids.flatMap((id) => {
    if (!seen.has(id)) return seen.add(id) && [];
    return [
      flowError('duplicate_id', `Two ${what} share the id "${id}"; each needs its own.`, where(id)),
    ];
  });
}

function graphNodes(
  nodes: z.infer<typeof envelopeSchema>['nodes'],
  document: unknown,
  issues: FlowIssue[],
) {
  return nodes.map((raw, index): GraphNode => {
    const node: GraphNode = { id: raw.id, kind: raw.kind, label: raw.label };
    if (!isNodeKind(raw.kind)) {
      const message = `${nodeName(raw)} is of a kind this version does not know: "${raw.kind}".`;
      issues.push(
        flowError('unknown_kind', message, { nodeId: raw.id, path: ['nodes', index, 'kind'] }),
      );
      return node;
    }
    const definition = kindOf({ kind: raw.kind });
    const parsed = definition.schema.safeParse(raw);
    if (!parsed.success) {
      const prefixed = new z.ZodError(
        parsed.error.issues.map((i) => ({ ...i, path: ['nodes', index, ...i.path] })),
      );
      issues.push(...schemaIssues(prefixed, document));
      return { ...node, definition };
    }
    return { ...node, definition, config: (parsed.data as { config: unknown }).config };
  });
}

/** Validate and keep what validation learned, for compile and trace to reuse. */
export function analyzeFlow(input: unknown): FlowAnalysis {
  const json = readJson(input);
  if (!json.ok) return { issues: json.error.issues };
  const envelope = envelopeSchema.safeParse(json.value);
  if (!envelope.success) return { issues: schemaIssues(envelope.error, json.value) };
  const document = envelope.data;
  const issues: FlowIssue[] = [];
  const nodes = graphNodes(document.nodes, json.value, issues);
  const edges = document.edges.map((edge) => ({ ...edge, handle: handleOf(edge) }));
  issues.push(
    ...duplicateIds(
      nodes.map((n) => n.id),
      'steps',
      (id) => ({ nodeId: id }),
    ),
    ...duplicateIds(
      edges.map((e) => e.id),
      'connections',
      (id) => ({ edgeId: id }),
    ),
    ...duplicateIds(
      (document.fields ?? []).map((f) => f.key),
      'custom fields',
      () => ({ path: ['fields'] }),
    ),
    ...duplicateIds(
      (document.teams ?? []).map((t) => t.key),
      'teams',
      () => ({ path: ['teams'] }),
    ),
  );
  const graph = buildGraph(nodes, edges);
  issues.push(...checkEdges(document.edges, graph.nodes), ...checkOutputs(graph));
  const { scored } = checkPaths(graph, issues);
  const teams = new Set((document.teams ?? []).map((team) => team.key));
  const kindContext = { teams, nodeKindOf: (id: string) => graph.nodes.get(id)?.kind };
  for (const node of graph.nodes.values()) {
    if (!node.definition?.validate || node.config === undefined) continue;
    issues.push(...node.definition.validate({ ...node, config: node.config }, kindContext));
  }
  const declared = new Set((document.fields ?? []).map((field) => field.key));
  issues.push(...checkConditions(graph, declared, scored), ...unusedTeams(nodes, teams));
  const flow = flowSchema.safeParse(json.value);
  return { issues, graph, ...(flow.success ? { flow: flow.data } : {}) };
}

function unusedTeams(nodes: GraphNode[], teams: ReadonlySet<string>): FlowIssue[] {
  const used = new Set(nodes.map((node) => (node.config as { team?: unknown } | undefined)?.team));
  return [...teams]
    .filter((team) => !used.has(team))
    .map((team) =>
      flowWarning('unused_team', `The team "${team}" is listed but no step hands leads to it.`, {
        path: ['teams'],
      }),
    );
}

/**
 * Check a flow document (JSON text or a value): every problem at once, each in a sales
 * manager's words and pointing at the step or connection to highlight.
 */
export function validateFlow(input: unknown): FlowIssue[] {
  return analyzeFlow(input).issues;
}
