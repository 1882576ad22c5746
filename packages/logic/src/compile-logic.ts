import { assertLogic } from './check-logic';
import { compileEager } from './compile-eager';
import { compileIf } from './compile-if';
import { compileIterate } from './compile-iterate';
import { type Compiled, computed, literal, type Run } from './compiled';
import type { LogicLimits } from './issues';
import type { EagerOperation } from './operations';
import { argumentsOf, type JsonLogicRule, type LogicData, operationOf, truthy } from './rule';

/**
 * Compile once, run many times: same results as applyLogic, much faster. Closures, not
 * `new Function`, so it runs under a strict Content-Security-Policy. Throws LogicError for a rule
 * that fails checkLogic with `limits` (default: defaultLogicLimits).
 */
export function compileLogic(
  rule: JsonLogicRule,
  limits?: Partial<LogicLimits>,
): (data?: LogicData) => unknown {
  assertLogic(rule, limits);
  return compileRule(rule, new Map()).run;
}

/**
 * Compile one value. A subtree shared by reference (the flow compiler emits such DAGs) compiles
 * once and its closure is reused, so compile time follows the rule's size in memory, not its
 * size written out as JSON.
 */
function compileRule(rule: unknown, done: Map<object, Compiled>): Compiled {
  if (typeof rule !== 'object' || rule === null) return literal(rule);
  const cached = done.get(rule);
  if (cached) return cached;
  const compiled = compileFresh(rule, done);
  done.set(rule, compiled);
  return compiled;
}

function compileFresh(rule: object, done: Map<object, Compiled>): Compiled {
  const compileArg = (arg: unknown) => compileRule(arg, done);
  if (Array.isArray(rule)) return compileArray(rule.map(compileArg));
  const op = operationOf(rule);
  if (op === undefined) return literal(rule);
  const args = argumentsOf(rule, op);
  const compiled = args.map(compileArg);
  switch (op) {
    case 'if':
    case '?:':
      return compileIf(compiled);
    case 'and':
      return compileJunction(compiled, false);
    case 'or':
      return compileJunction(compiled, true);
    case 'map':
    case 'filter':
    case 'reduce':
    case 'all':
    case 'none':
    case 'some':
      return compileIterate(op, compiled, args);
    default:
      return compileEager(op as EagerOperation, compiled, args);
  }
}

/** A literal array is evaluated item by item into a fresh array, as json-logic-js's `map` does. */
function compileArray(items: Compiled[]): Compiled {
  const runs = items.map((item) => item.run);
  return computed((data) => {
    const out = new Array<unknown>(runs.length);
    for (let i = 0; i < runs.length; i++) out[i] = (runs[i] as Run)(data);
    return out;
  });
}

/** `and` returns the first falsy value or the last; `or` the first truthy value or the last. */
function compileJunction(args: Compiled[], stopWhen: boolean): Compiled {
  if (args.length === 0) return literal(undefined);
  if (args.length === 1) return args[0] as Compiled;
  const boolean = args.every((arg) => arg.boolean);
  if (args.length === 2) {
    const [a, b] = [(args[0] as Compiled).run, (args[1] as Compiled).run];
    if ((args[0] as Compiled).boolean) {
      return computed(stopWhen ? (d) => a(d) || b(d) : (d) => a(d) && b(d), { boolean });
    }
    return computed(
      (d) => {
        const first = a(d);
        return truthy(first) === stopWhen ? first : b(d);
      },
      { boolean },
    );
  }
  const runs = args.map((arg) => arg.run);
  // All booleans: `and` is "every", `or` is "some", and the value returned is that boolean.
  if (boolean) {
    return computed(
      (data) => {
        for (let i = 0; i < runs.length; i++)
          if ((runs[i] as Run)(data) === stopWhen) return stopWhen;
        return !stopWhen;
      },
      { boolean },
    );
  }
  return computed(
    (data) => {
      let current: unknown;
      for (let i = 0; i < runs.length; i++) {
        current = (runs[i] as Run)(data);
        if (truthy(current) === stopWhen) return current;
      }
      return current;
    },
    { boolean },
  );
}
