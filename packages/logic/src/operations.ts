import { readPath } from './data-path';
import { type LogicOperation, truthy } from './rule';

/**
 * Value-level semantics of every eager operation, shared by the interpreter and the compiler.
 * Each body is json-logic-js 2.0.5's, operator for operator: the casts only quiet TypeScript, at
 * run time `a < b`, `-a` or `String(x)` coerce exactly as json-logic-js's untyped code does.
 */

type Values = readonly unknown[];
/** Evaluates a rule built from data (`missing` re-reads each key as `{"var": key}`). */
export type EvaluateRule = (rule: unknown, data: unknown) => unknown;
/** An eager operation's body: its evaluated arguments, the data, and a way to run data as rules. */
export type EagerFunction = (values: Values, data: unknown, evaluate: EvaluateRule) => unknown;

/** parseFloat as json-logic-js applies it; a number skips the string round trip (same value). */
export const toFloat = (value: unknown): number =>
  typeof value === 'number' ? value + 0 : Number.parseFloat(value as string);

const num = (value: unknown) => value as number;

/** `+`: parseFloat on every argument, summed from 0. */
export function sum(values: Values): number {
  let total = 0;
  for (const value of values) total += toFloat(value);
  return total;
}

/** `*`: a reduce without a seed, so one argument comes back untouched and none throws. */
export function product(values: Values): unknown {
  if (values.length === 0) throw new TypeError('Reduce of empty array with no initial value');
  let total: unknown = values[0];
  for (let i = 1; i < values.length; i++) total = toFloat(total) * toFloat(values[i]);
  return total;
}

/** `-`: negation when the second argument is undefined, else subtraction (no parseFloat). */
export const minus = (a: unknown, b: unknown): number =>
  b === undefined ? -num(a) : num(a) - num(b);

/** `<` and its between form `a < b < c` (used when c is not undefined). */
export const less = (a: unknown, b: unknown, c: unknown): boolean =>
  c === undefined ? num(a) < num(b) : num(a) < num(b) && num(b) < num(c);

/** `<=` and its between form. */
export const lessOrEqual = (a: unknown, b: unknown, c: unknown): boolean =>
  c === undefined ? num(a) <= num(b) : num(a) <= num(b) && num(b) <= num(c);

/**
 * `in`: substring for strings, strict indexOf for arrays. json-logic-js calls `b.indexOf` on
 * anything that has one; a JSON object can only have it as an own non-function value, which makes
 * json-logic-js throw, so we throw too, without ever calling a function found in data.
 */
export function contains(a: unknown, b: unknown): boolean {
  if (!b) return false;
  if (typeof b === 'string') return b.indexOf(a as string) !== -1;
  if (Array.isArray(b)) return b.indexOf(a) !== -1;
  if (typeof b === 'object' && Object.hasOwn(b, 'indexOf')) {
    if ((b as { indexOf: unknown }).indexOf !== undefined) {
      throw new TypeError('b.indexOf is not a function');
    }
  }
  return false;
}

/** `substr`: String.prototype.substr, plus PHP-style negative length. */
export function substring(source: unknown, start: unknown, end: unknown): string {
  if (num(end) < 0) {
    const temp = String(source).substr(num(start));
    // `temp.length + end` concatenates when end is a string ("-1"): json-logic-js does the same.
    return temp.substr(0, temp.length + num(end));
  }
  return String(source).substr(num(start), num(end));
}

/** `missing`: keys from the first argument when it is an array, else from all arguments. */
export function missingKeys(values: Values, data: unknown, evaluate: EvaluateRule): unknown[] {
  const keys: Values = Array.isArray(values[0]) ? values[0] : values;
  const missing: unknown[] = [];
  for (const key of keys) {
    // json-logic-js evaluates {"var": key}: an object or array key is itself read as a rule.
    const value =
      typeof key === 'object' && key !== null ? evaluate({ var: key }, data) : readPath(data, key);
    if (value === null || value === '') missing.push(key);
  }
  return missing;
}

/** `missing_some`: [] when at least `need` of `options` are present, else the missing ones. */
export function missingSome(
  need: unknown,
  options: unknown,
  data: unknown,
  evaluate: EvaluateRule,
) {
  const missing = isPlainList(options)
    ? missingKeys(options, data, evaluate)
    : typeof options === 'object' && options !== null
      ? (evaluate({ missing: options }, data) as unknown[])
      : missingKeys([options], data, evaluate);
  // `options.length` throws on null and undefined, as in json-logic-js.
  return (options as string).length - missing.length >= num(need) ? [] : missing;
}

const isPlainList = (value: unknown): value is Values =>
  Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null);

/** Every operation that evaluates all its arguments first, by name. */
export const eagerOperations: Record<EagerOperation, EagerFunction> = {
  // Indexing, not destructuring: `([a, b]) =>` walks the array iterator on every call.
  // biome-ignore lint/suspicious/noDoubleEquals: JSON Logic "==" is JavaScript loose equality.
  '==': (v) => v[0] == v[1],
  '===': (v) => v[0] === v[1],
  // biome-ignore lint/suspicious/noDoubleEquals: JSON Logic "!=" is JavaScript loose inequality.
  '!=': (v) => v[0] != v[1],
  '!==': (v) => v[0] !== v[1],
  '>': (v) => num(v[0]) > num(v[1]),
  '>=': (v) => num(v[0]) >= num(v[1]),
  '<': (v) => less(v[0], v[1], v[2]),
  '<=': (v) => lessOrEqual(v[0], v[1], v[2]),
  '!!': (v) => truthy(v[0]),
  '!': (v) => !truthy(v[0]),
  '%': (v) => num(v[0]) % num(v[1]),
  in: (v) => contains(v[0], v[1]),
  cat: (v) => v.join(''),
  substr: (v) => substring(v[0], v[1], v[2]),
  '+': (v) => sum(v),
  '*': (v) => product(v),
  '-': (v) => minus(v[0], v[1]),
  '/': (v) => num(v[0]) / num(v[1]),
  min: (v) => Math.min(...(v as number[])),
  max: (v) => Math.max(...(v as number[])),
  merge: (v) => ([] as unknown[]).concat(...v),
  var: (v, data) => readPath(data, v[0], v[1]),
  missing: (v, data, evaluate) => missingKeys(v, data, evaluate),
  missing_some: (v, data, evaluate) => missingSome(v[0], v[1], data, evaluate),
};

/** Operations that decide themselves which arguments to evaluate. */
export type LazyOperation =
  | 'if'
  | '?:'
  | 'and'
  | 'or'
  | 'map'
  | 'filter'
  | 'reduce'
  | 'all'
  | 'none'
  | 'some';
/** Operations that evaluate every argument, in order, before running. */
export type EagerOperation = Exclude<LogicOperation, LazyOperation>;
