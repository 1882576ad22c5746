import { outputLabel } from '../nodes/node-essence';
import { connectionProblem } from './connection-rules';
import { type EditorGraph, freshId, outputsOf } from './flow-graph';

/** One output of a step, where it leads now, and the steps it may lead to instead. */
export type OutputRoute = {
  output: string;
  label: string;
  target: string | null;
  choices: Array<{ value: string; label: string }>;
};

const sameOutput =
  (source: string, output: string) => (e: { source: string; sourceHandle?: string | null }) =>
    e.source === source && (e.sourceHandle ?? '') === output;

/**
 * Each output of step `id` with the steps it may lead to under the flow language's rules (the
 * canvas's own `connectionProblem`, asked as if the output were free): the inspector's
 * keyboard-friendly way to connect steps without dragging.
 */
export function outputRoutes(g: EditorGraph, id: string): OutputRoute[] {
  const step = g.nodes.find((n) => n.id === id);
  if (!step) return [];
  return outputsOf(step.data.doc).map((output) => {
    const current = g.edges.find(sameOutput(id, output));
    const others = g.edges.filter((e) => e !== current);
    const choices = g.nodes
      .filter(
        (n) =>
          connectionProblem(g.nodes, others, {
            source: id,
            target: n.id,
            sourceHandle: output || null,
          }) === null,
      )
      .map((n) => ({ value: n.id, label: n.data.doc.label || n.id }));
    return {
      output,
      label: output === '' ? 'Next step' : outputLabel(step.data.doc, output),
      target: current?.target ?? null,
      choices,
    };
  });
}

/** The graph with one output of a step leading to `target` instead (or nowhere, with null). */
export function routeOutput(
  g: EditorGraph,
  route: { source: string; output: string; target: string | null },
): EditorGraph {
  const edges = g.edges.filter((e) => !sameOutput(route.source, route.output)(e));
  if (route.target === null) return { ...g, edges };
  const id = freshId('e', new Set(g.edges.map((e) => e.id)));
  const sourceHandle = route.output === '' ? null : route.output;
  return {
    ...g,
    edges: [...edges, { id, source: route.source, target: route.target, sourceHandle }],
  };
}
