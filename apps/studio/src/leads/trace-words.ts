import { ruleParts } from '@switchyard/flow';
import { ruleInWords } from '../conditions/rule-in-words';
import { viewContext } from '../flow-view/view-elements';
import { viewGraphOf } from '../flow-view/view-graph';
import { outputLabel } from '../nodes/node-essence';

/**
 * How a lead's trace reads in the words of the flow it went through (issue 20): outputs by the
 * names the canvas gives them ("United States", not "large"), steps by their names, fields by
 * their labels, and each condition of a qualify step as the sentence its card shows.
 */
export type TraceWords = {
  field: (key: string) => string;
  step: (nodeId: string) => string;
  output: (nodeId: string, output: string) => string;
  /** The condition's words; `fallback` (the stored label) when the document has none. */
  condition: (nodeId: string, conditionId: string, fallback: string) => string;
  /** The name of the pool an assign step falls back to; null when it falls back to a rep. */
  fallbackPool: (nodeId: string) => string | null;
};

/** Words for a trace from the flow document (a version's); plain ids where it has none. */
export function traceWords(document: unknown): TraceWords {
  const graph = viewGraphOf(document);
  const { namer } = viewContext(graph);
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  return {
    field: namer.field,
    step: namer.node,
    output: (nodeId, output) => {
      const node = nodes.get(nodeId);
      return (node && outputLabel(node, output)) || output;
    },
    condition: (nodeId, conditionId, fallback) => {
      const node = nodes.get(nodeId);
      if (node?.kind !== 'qualify') return fallback;
      const rule: unknown = node.config.rule;
      if (conditionId === 'rule') return ruleInWords(rule, namer.field);
      // `rule.N`: the Nth condition of the step's "all of" / "any of", as the flow traced it.
      const part = /^rule\.(\d+)$/.exec(conditionId)?.[1];
      const chosen = part === undefined ? undefined : ruleParts(rule)?.[Number(part)];
      return chosen === undefined ? fallback : ruleInWords(chosen, namer.field);
    },
    fallbackPool: (nodeId) => {
      const node = nodes.get(nodeId);
      const pool = node?.kind === 'assign' ? (node.config.fallback as { pool?: unknown }) : null;
      return typeof pool?.pool === 'string' ? namer.node(pool.pool) : null;
    },
  };
}

/** Words without a document: ids and keys as they are. */
export const plainTraceWords: TraceWords = {
  field: (key) => key,
  step: (nodeId) => nodeId,
  output: (_nodeId, output) => output,
  condition: (_nodeId, _conditionId, fallback) => fallback,
  fallbackPool: () => null,
};
