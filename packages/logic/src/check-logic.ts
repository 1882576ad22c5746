import { forbiddenSegmentOf } from './data-path';
import {
  defaultLogicLimits,
  LogicError,
  type LogicIssue,
  type LogicLimits,
  logicIssue,
} from './issues';
import { isLogicOperation } from './rule';
import { argumentPath, pathOf, type RuleNode, walkRule } from './walk-rule';

/** Check a rule before use: every issue at once, each with a plain-English message. Empty array = safe. */
export function checkLogic(rule: unknown, limits?: Partial<LogicLimits>): LogicIssue[] {
  // `?? default` rather than a spread, so `{ maxDepth: undefined }` keeps the default.
  const maxDepth = limits?.maxDepth ?? defaultLogicLimits.maxDepth;
  const maxNodes = limits?.maxNodes ?? defaultLogicLimits.maxNodes;
  const depthShown = Math.min(2 * maxDepth, maxDepth + 10_000);
  const issues: LogicIssue[] = [];
  let deepest = 0;
  let firstTooDeep: RuleNode | undefined;
  const complete = walkRule(
    rule,
    (node) => {
      if (node.depth > maxDepth) firstTooDeep ??= node;
      deepest = Math.max(deepest, node.depth);
      issues.push(...issuesOf(node));
    },
    // Past twice the limit the exact depth no longer helps anyone; stopping there ends cycles.
    { maxNodes, maxDepth: depthShown },
  );
  // One issue per limit: a 100-deep rule is one problem, not 36.
  if (firstTooDeep) {
    const path = pathOf(firstTooDeep);
    issues.unshift(logicIssue.tooDeep(path, deepest, maxDepth, deepest > depthShown));
  }
  if (!complete) issues.unshift(logicIssue.tooManyNodes(maxNodes));
  return issues;
}

/** Throw LogicError unless the rule passes checkLogic (with the default limits unless given). */
export function assertLogic(rule: unknown, limits?: Partial<LogicLimits>): void {
  const issues = checkLogic(rule, limits);
  if (issues.length > 0) throw new LogicError(issues);
}

function issuesOf(node: RuleNode): LogicIssue[] {
  const { value, op, args } = node;
  const kind = nonJsonKind(value);
  if (kind) return [logicIssue.notJson(pathOf(node), kind)];
  if (op === undefined) return literalIssues(node);
  if (!isLogicOperation(op)) return [logicIssue.unknownOperation(pathOf(node), op)];
  if (op === 'var') return pathIssues([[args[0], () => argumentPath(node, 0)]]);
  if (op === 'missing') return pathIssues(keysOf(node, 0));
  if (op === 'missing_some') {
    // json-logic-js reads `options.length`, which throws when the list is absent.
    if (args.length < 2 || args[1] === null || args[1] === undefined) {
      return [logicIssue.missingArguments(pathOf(node), op, 'a count and a list of fields')];
    }
    return pathIssues(keysOf(node, 1));
  }
  // json-logic-js reduces without a seed: `{"*":[]}` throws a TypeError.
  if (op === '*' && args.length === 0) {
    return [logicIssue.missingArguments(pathOf(node), op, 'at least one value')];
  }
  return [];
}

/** A literal object is data, but one holding a known operation beside other keys is a mistake. */
function literalIssues(node: RuleNode): LogicIssue[] {
  const { value } = node;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const op = Object.keys(value).find(isLogicOperation);
  return op ? [logicIssue.mixedOperation(pathOf(node), op)] : [];
}

/** Literal field names an operation reads: an argument, or the items of a literal list. */
function keysOf(node: RuleNode, index: number): Key[] {
  const list = node.args[index];
  if (Array.isArray(list)) {
    return list.map((key, i) => [key, () => [...argumentPath(node, index), i]]);
  }
  if (index > 0) return [[list, () => argumentPath(node, index)]];
  return node.args.map((key, i) => [key, () => argumentPath(node, i)]);
}

/** A field name and, built only when it is reported, its JSON path in the rule. */
type Key = [unknown, () => (string | number)[]];

function pathIssues(keys: Key[]): LogicIssue[] {
  const issues: LogicIssue[] = [];
  for (const [key, path] of keys) {
    // A computed path (a rule) is walked as a rule and guarded when it runs.
    if (typeof key === 'object' && key !== null) continue;
    const segment = forbiddenSegmentOf(key);
    if (segment !== undefined) issues.push(logicIssue.forbiddenPath(path(), segment));
  }
  return issues;
}

function nonJsonKind(value: unknown): string | undefined {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'bigint') return 'a BigInt number';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null
    ? undefined
    : 'an object that is not plain data';
}
