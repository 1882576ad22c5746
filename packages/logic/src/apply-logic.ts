import { assertLogic, checkLogic } from './check-logic';
import { defaultLogicLimits, LogicError, logicIssue } from './issues';
import { type EagerOperation, eagerOperations } from './operations';
import {
  argumentsOf,
  isLogicOperation,
  type JsonLogicRule,
  type LogicData,
  operationOf,
  truthy,
} from './rule';

// Rule objects that passed checkLogic, held weakly: a caller applying one rule to many leads pays
// for the check once. Interpreting still guards what it meets (unknown operations, depth, paths),
// so a rule edited after its first use cannot slip past the whitelist.
const checkedRules = new WeakSet<object>();

/** Evaluate a rule with exactly json-logic-js 2.0.5 semantics (except: own properties only). */
export function applyLogic(rule: JsonLogicRule, data?: LogicData): unknown {
  if (typeof rule !== 'object' || rule === null) assertLogic(rule);
  else if (!checkedRules.has(rule)) {
    assertLogic(rule);
    checkedRules.add(rule);
  }
  return interpret(rule, data, 0);
}

/**
 * Evaluate a rule that came out of data: json-logic-js's `missing` reads each key as
 * `{"var": key}`, so an object key runs as a rule. It must pass checkLogic like any rule; only
 * forbidden paths are let through, since reading them at run time gives the default anyway.
 */
export function applyDataRule(rule: unknown, data: unknown): unknown {
  const issues = checkLogic(rule).filter((issue) => issue.code !== 'forbidden_path');
  if (issues.length > 0) throw new LogicError(issues);
  return interpret(rule, data, 0);
}

/** json-logic-js `apply`, line for line, on a rule already checked. */
function interpret(rule: unknown, data: unknown, depth: number): unknown {
  if (Array.isArray(rule)) return rule.map((item) => interpret(item, data, depth + 1));
  const op = operationOf(rule);
  if (op === undefined) return rule;
  const args = argumentsOf(rule as object, op);
  // Only a rule edited after it was checked can fail these.
  if (!isLogicOperation(op)) throw new LogicError([logicIssue.unknownOperation([], op)]);
  const { maxDepth } = defaultLogicLimits;
  if (depth >= maxDepth) throw new LogicError([logicIssue.tooDeep([], depth + 1, maxDepth)]);
  const next = depth + 1;
  switch (op) {
    case 'if':
    case '?:': {
      let i = 0;
      for (; i < args.length - 1; i += 2) {
        if (truthy(interpret(args[i], data, next))) return interpret(args[i + 1], data, next);
      }
      return args.length === i + 1 ? interpret(args[i], data, next) : null;
    }
    case 'and':
    case 'or': {
      let current: unknown;
      for (const arg of args) {
        current = interpret(arg, data, next);
        if (truthy(current) === (op === 'or')) return current;
      }
      return current;
    }
    case 'map':
    case 'filter':
    case 'reduce':
    case 'all':
    case 'none':
    case 'some':
      return iterate(op, args, data, next);
  }
  const values = args.map((arg) => interpret(arg, data, next));
  return eagerOperations[op as EagerOperation](values, data, applyDataRule);
}

/** The operations that run their second argument once per item of the first. */
function iterate(op: string, args: unknown[], data: unknown, depth: number): unknown {
  const items = interpret(args[0], data, depth);
  const body = args[1];
  if (op === 'reduce') {
    const initial = typeof args[2] !== 'undefined' ? interpret(args[2], data, depth) : null;
    if (!Array.isArray(items)) return initial;
    return items.reduce(
      (accumulator, current) => interpret(body, { current, accumulator }, depth),
      initial,
    );
  }
  if (op === 'map')
    return Array.isArray(items) ? items.map((item) => interpret(body, item, depth)) : [];
  if (op === 'filter') {
    return Array.isArray(items) ? items.filter((item) => truthy(interpret(body, item, depth))) : [];
  }
  // all of nothing is false; none of nothing is true; some of nothing is false.
  if (!Array.isArray(items) || items.length === 0) return op === 'none';
  for (const item of items) {
    const holds = truthy(interpret(body, item, depth));
    if (op === 'all' && !holds) return false;
    if (op !== 'all' && holds) return op === 'some';
  }
  return op !== 'some';
}
