import { checkLogic, readVars } from '@switchyard/logic';
import { implies } from './condition-analysis';
import { findLeadField, matchFields } from './fields';
import type { FlowGraph, GraphNode } from './graph';
import { type FlowIssue, flowError, flowWarning, nodeName } from './issues';
import type { NodeCondition } from './nodes/define-node-kind';

/** What a condition may read at one step of the flow. */
export type ReadableFields = {
  declared: ReadonlySet<string>;
  matchNodes: ReadonlySet<string>;
  scored: boolean;
};

const matchPath = new RegExp(`^match\\.([A-Za-z0-9_-]+)\\.(${matchFields.join('|')})$`);

/** Why a condition may not read `path` here, or undefined when it may. */
export function unreadableReason(path: string, readable: ReadableFields): string | undefined {
  if (findLeadField(path) || readable.declared.has(path)) return undefined;
  const matched = matchPath.exec(path);
  if (matched && readable.matchNodes.has(matched[1] as string)) return undefined;
  if (path === 'score' || path === 'grade') {
    return readable.scored
      ? undefined
      : `reads the ${path}, but not every path to this step goes through a score step first`;
  }
  if (path.startsWith('custom.'))
    return `reads "${path}", which this flow does not declare under its fields`;
  if (path.startsWith('match.')) return `reads "${path}", but there is no match step by that id`;
  return `reads "${path}", which is not a lead field`;
}

function checkCondition(
  node: GraphNode,
  condition: NodeCondition,
  readable: ReadableFields,
): FlowIssue[] {
  const where = { nodeId: node.id };
  const prefix = `In ${nodeName(node)}, the condition "${condition.label}"`;
  const logicIssues = checkLogic(condition.rule);
  if (logicIssues.length > 0) {
    return logicIssues.map((issue) =>
      flowError('invalid_condition', `${prefix} is not valid: ${issue.message}`, where),
    );
  }
  const { paths, dynamic } = readVars(condition.rule);
  const issues: FlowIssue[] = [];
  if (dynamic) {
    issues.push(
      flowError(
        'invalid_condition',
        `${prefix} reads a field whose name is computed; name the field directly.`,
        where,
      ),
    );
  }
  for (const path of paths) {
    const reason = unreadableReason(path, readable);
    if (reason) issues.push(flowError('undeclared_field', `${prefix} ${reason}.`, where));
  }
  return issues;
}

/** A branch case every lead of which an earlier case already takes. */
function checkCaseOrder(node: GraphNode, conditions: NodeCondition[]): FlowIssue[] {
  const issues: FlowIssue[] = [];
  conditions.forEach((later, index) => {
    const earlier = conditions
      .slice(0, index)
      .find((candidate) => implies(later.rule, candidate.rule));
    if (!earlier) return;
    issues.push(
      flowWarning(
        'unreachable_case',
        `In ${nodeName(node)}, the case "${later.label}" can never be chosen: every lead it matches is taken by "${earlier.label}" above it.`,
        { nodeId: node.id },
      ),
    );
  });
  return issues;
}

/** Every condition is safe JSON Logic, reads only fields it may, and can hold. */
export function checkConditions(
  graph: FlowGraph,
  declared: ReadonlySet<string>,
  scored: ReadonlySet<string>,
): FlowIssue[] {
  const matchNodes = new Set(
    [...graph.nodes.values()].filter((n) => n.kind === 'match').map((n) => n.id),
  );
  const issues: FlowIssue[] = [];
  for (const node of graph.nodes.values()) {
    if (!node.definition || node.config === undefined) continue;
    const conditions = node.definition.conditions(node.config, node.id);
    const readable = { declared, matchNodes, scored: scored.has(node.id) };
    const problems = conditions.flatMap((condition) => checkCondition(node, condition, readable));
    issues.push(...problems);
    if (node.kind === 'branch' && problems.length === 0)
      issues.push(...checkCaseOrder(node, conditions));
  }
  return issues;
}
