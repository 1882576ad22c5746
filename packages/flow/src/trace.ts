import { applyLogic, compileLogic, type JsonLogicRule, readVars, truthy } from '@switchyard/logic';
import { validGraph } from './compile';
import type { Flow } from './document';
import type { ConditionResult, NodeCondition, TraceScope } from './nodes/define-node-kind';
import { substituteVars } from './substitute';

/** One step a lead took: the node, the output it left by, and what each condition gave. */
export type TraceStep = {
  nodeId: string;
  kind: string;
  label: string;
  /** The output taken; null at the terminal. */
  output: string | null;
  conditions: ConditionResult[];
  /** Score and grade once this step is done (set by a score step, carried after it). */
  score: number;
  grade: string | null;
};

/** Why a lead went where it went: the terminal, score, grade and every step on the way. */
export type FlowTrace = {
  terminal: string;
  score: number;
  grade: string | null;
  steps: TraceStep[];
};

type PreparedCondition = { paths: string[]; readsScope: boolean; run: (lead: unknown) => unknown };

function prepare(rule: JsonLogicRule): PreparedCondition {
  const { paths } = readVars(rule);
  const readsScope = paths.includes('score') || paths.includes('grade');
  return { paths, readsScope, run: compileLogic(rule) };
}

/** Validate once, then trace many leads; throws FlowError for a flow that does not validate. */
export function createTracer(flow: Flow): (lead: unknown) => FlowTrace {
  const { graph, captureId } = validGraph(flow);
  const prepared = new Map<string, PreparedCondition>();

  const evaluate = (
    condition: NodeCondition,
    lead: unknown,
    scope: TraceScope,
  ): ConditionResult => {
    // Keyed by text: split and match steps build their condition objects afresh on each call.
    const key = JSON.stringify(condition.rule);
    let entry = prepared.get(key);
    if (!entry) {
      entry = prepare(condition.rule);
      prepared.set(key, entry);
    }
    // The compiled flow inlines score and grade; the trace inlines their values: same answer.
    const value = entry.readsScope
      ? applyLogic(substituteVars(condition.rule, scope), lead)
      : entry.run(lead);
    const seen: Record<string, unknown> = {};
    for (const path of entry.paths) {
      seen[path] =
        path === 'score' || path === 'grade' ? scope[path] : applyLogic({ var: path }, lead);
    }
    return { id: condition.id, label: condition.label, value, holds: truthy(value), seen };
  };

  return (lead) => {
    const steps: TraceStep[] = [];
    let scope: TraceScope = { score: 0, grade: null };
    for (let id: string | undefined = captureId; id !== undefined; ) {
      const node = graph.nodes.get(id);
      const definition = node?.definition;
      if (!node || !definition) throw new Error(`validated flow lost step ${id}`);
      const outcome = definition.trace(node.config, {
        nodeId: id,
        scope,
        evaluate: (condition) => evaluate(condition, lead, scope),
      });
      scope = outcome.scope ?? scope;
      steps.push({ nodeId: id, kind: node.kind, label: node.label ?? id, ...outcome, ...scope });
      if (definition.terminal) return { terminal: id, ...scope, steps };
      const edge: { target: string } | undefined = graph.outgoing
        .get(id)
        ?.find((candidate) => candidate.handle === outcome.output);
      id = edge?.target;
    }
    throw new Error('validated flow has a path that ends nowhere');
  };
}

/** Trace one lead through a flow: the same answer as the compiled flow, with every reason. */
export function traceFlow(flow: Flow, lead: unknown): FlowTrace {
  return createTracer(flow)(lead);
}
