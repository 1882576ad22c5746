import { argumentsOf, iteratingOperations, operationOf } from './rule';

/** One value met while walking a rule, and where it sits. */
export type RuleNode = {
  value: unknown;
  /** Operations and literal arrays from the root down to this value, itself included. */
  depth: number;
  /** Inside a map/filter/reduce/all/none/some body, where `var` reads the item, not the data. */
  scoped: boolean;
  parent: RuleNode | undefined;
  /** Path steps from the parent: `[i]` in an array, `[op]` or `[op, i]` for an argument. */
  steps: (string | number)[];
  /** The operation, when `value` is one (json-logic-js `is_logic`). */
  op: string | undefined;
  /** The operation's arguments, a lone argument wrapped in a list. */
  args: unknown[];
  /** Whether the arguments were written as a list (`{"var":["x"]}` rather than `{"var":"x"}`). */
  listed: boolean;
};

/** The JSON path of a node inside the rule, built only when an issue needs it. */
export function pathOf(node: RuleNode, ...more: (string | number)[]): (string | number)[] {
  const path: (string | number)[] = [...more];
  for (let at: RuleNode | undefined = node; at; at = at.parent) path.unshift(...at.steps);
  return path;
}

/** The path of an operation's i-th argument, as the rule spells it. */
export const argumentPath = (node: RuleNode, index: number): (string | number)[] =>
  node.listed ? pathOf(node, node.op as string, index) : pathOf(node, node.op as string);

function makeNode(
  value: unknown,
  parent: RuleNode | undefined,
  steps: (string | number)[],
  scoped: boolean,
): RuleNode {
  const base = parent?.depth ?? 0;
  const op = operationOf(value);
  if (op !== undefined) {
    const listed = Array.isArray((value as Record<string, unknown>)[op]);
    const args = argumentsOf(value as object, op);
    return { value, depth: base + 1, scoped, parent, steps, op, args, listed };
  }
  const depth = Array.isArray(value) ? base + 1 : base;
  return { value, depth, scoped, parent, steps, op: undefined, args: [], listed: false };
}

/** How far a walk goes: values visited in total, and levels below which it stops descending. */
export type WalkBounds = { maxNodes: number; maxDepth: number };

/**
 * Visit every value json-logic-js would treat as a rule, depth first in document order: array
 * items and operation arguments, but not the inside of literal objects (json-logic-js returns
 * those untouched). Iterative, so a rule nested 100,000 deep cannot overflow the stack. A subtree
 * shared by reference (the flow compiler emits such DAGs) is walked again only when met deeper,
 * or outside an iteration body for the first time, so sharing costs nothing and a cycle ends.
 * Returns false when it stopped at `maxNodes`.
 */
export function walkRule(
  rule: unknown,
  visit: (node: RuleNode) => void,
  bounds: WalkBounds,
): boolean {
  const stack: RuleNode[] = [makeNode(rule, undefined, [], false)];
  const seen = new Map<object, { depth: number; scoped: boolean }>();
  let visited = 0;
  for (let node = stack.pop(); node; node = stack.pop()) {
    const { op, args, listed, scoped, value, depth } = node;
    if (typeof value === 'object' && value !== null) {
      const before = seen.get(value);
      if (before && before.depth >= depth && (scoped || !before.scoped)) continue;
      seen.set(value, {
        depth: Math.max(depth, before?.depth ?? 0),
        scoped: scoped && (before?.scoped ?? true),
      });
    }
    visited += 1;
    visit(node);
    if (depth > bounds.maxDepth) continue;
    if (op !== undefined) {
      const iterating = iteratingOperations.has(op);
      for (let i = args.length - 1; i >= 0; i--) {
        const steps = listed ? [op, i] : [op];
        stack.push(makeNode(args[i], node, steps, scoped || (iterating && i === 1)));
      }
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(makeNode(value[i], node, [i], scoped));
    }
    // Everything stacked will be visited unless shared, so the limit is as good as passed.
    if (visited + stack.length > bounds.maxNodes) return false;
  }
  return true;
}
