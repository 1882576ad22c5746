import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { compileLogic, type JsonLogicRule, readVars } from '@switchyard/logic';
import type { Flow } from './document';
import type { FlowGraph } from './graph';
import { FlowError, isPublishable } from './issues';
import type { CompileScope } from './nodes/define-node-kind';
import { canonicalJson, substituteVars } from './substitute';
import { analyzeFlow } from './validate';

export type TerminalInfo = { id: string; kind: string; label: string };

/** The published artifact: standard JSON Logic returning `[terminalNodeId, score, grade]`. */
export type CompiledFlow = {
  logic: JsonLogicRule;
  /** Terminal steps the logic can return, in the order first met. */
  terminals: TerminalInfo[];
  /** Lead fields the conditions read, sorted; the runtime must fill them before deciding. */
  fieldsRead: string[];
  /** SHA-256 of the logic in canonical JSON: equal hashes, equal decisions. */
  hash: string;
};

/** A valid flow's graph, or FlowError: compile and trace refuse flows that do not validate. */
export function validGraph(flow: Flow): { graph: FlowGraph; captureId: string } {
  const { issues, graph } = analyzeFlow(flow);
  const capture = graph && [...graph.nodes.values()].find((node) => node.kind === 'capture');
  if (!isPublishable(issues) || !graph || !capture) throw new FlowError(issues);
  return { graph, captureId: capture.id };
}

export const startScope: CompileScope = { score: 0, grade: null };
const derivedFields = new Set(['score', 'grade']);

/** Compile a valid flow into one portable JSON Logic expression; throws FlowError otherwise. */
export function compileFlow(flow: Flow): CompiledFlow {
  const { graph, captureId } = validGraph(flow);
  const terminals = new Map<string, TerminalInfo>();
  const fieldsRead = new Set<string>();
  // A step reached twice under the same score compiles once; the JSON shares the subtree.
  const memo = new Map<CompileScope, Map<string, JsonLogicRule>>();

  const compileStep = (id: string, scope: CompileScope): JsonLogicRule => {
    const cached = memo.get(scope)?.get(id);
    if (cached !== undefined) return cached;
    const node = graph.nodes.get(id);
    const definition = node?.definition;
    if (!node || !definition) throw new Error(`validated flow lost step ${id}`);
    if (definition.terminal) terminals.set(id, { id, kind: node.kind, label: node.label ?? id });
    for (const condition of definition.conditions(node.config, id)) {
      for (const path of readVars(condition.rule).paths)
        if (!derivedFields.has(path)) fieldsRead.add(path);
    }
    const rule = definition.compile(node.config, {
      nodeId: id,
      scope,
      condition: (rule) => substituteVars(rule, scope),
      next: (output, nextScope = scope) => {
        const edge = graph.outgoing.get(id)?.find((candidate) => candidate.handle === output);
        if (!edge) throw new Error(`validated step ${id} has no edge for output "${output}"`);
        return compileStep(edge.target, nextScope);
      },
    });
    memo.set(scope, (memo.get(scope) ?? new Map()).set(id, rule));
    return rule;
  };

  const logic = compileStep(captureId, startScope);
  return {
    logic,
    terminals: [...terminals.values()],
    fieldsRead: [...fieldsRead].sort(),
    hash: bytesToHex(sha256(utf8ToBytes(canonicalJson(logic)))),
  };
}

/** The decision for one lead: which terminal it reaches, its score and grade. */
export type Decision = { terminal: string; score: number; grade: string | null };

// Compiled flows are ours and trusted: the size limits guard hand-written rules, not these.
const compiledFlowLimits = { maxDepth: 100_000, maxNodes: Number.POSITIVE_INFINITY };

/** A fast function from an enriched lead to its decision, from the compiled artifact alone. */
export function createDecider(compiled: Pick<CompiledFlow, 'logic'>): (lead: unknown) => Decision {
  const run = compileLogic(compiled.logic, compiledFlowLimits);
  return (lead) => {
    const [terminal, score, grade] = run(lead) as [string, number, string | null];
    return { terminal, score, grade };
  };
}
