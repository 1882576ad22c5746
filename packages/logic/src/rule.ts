/** Any JSON value: a literal, an array of rules, or a one-key object naming an operation. */
export type JsonLogicRule = unknown;

/** The data a rule reads with `var`: any JSON value, usually an object. */
export type LogicData = unknown;

/** The standard operations we support, the whitelist (json-logic-js 2.0.5 minus `log`). */
export const logicOperations = [
  'var',
  'missing',
  'missing_some',
  'if',
  '?:',
  '==',
  '===',
  '!=',
  '!==',
  '!',
  '!!',
  'and',
  'or',
  '<',
  '<=',
  '>',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '%',
  'min',
  'max',
  'cat',
  'substr',
  'in',
  'merge',
  'map',
  'filter',
  'reduce',
  'all',
  'none',
  'some',
] as const;

/** One whitelisted operation name. */
export type LogicOperation = (typeof logicOperations)[number];

const operationSet: ReadonlySet<string> = new Set(logicOperations);

/** Whether a name is on the whitelist (a Set, so `toString` or `__proto__` are never found). */
export const isLogicOperation = (name: string): name is LogicOperation => operationSet.has(name);

/** Operations whose second argument runs once per array item, with the item as data. */
export const iteratingOperations: ReadonlySet<string> = new Set([
  'map',
  'filter',
  'reduce',
  'all',
  'none',
  'some',
]);

/** json-logic-js `is_logic`: a non-null, non-array object with exactly one own enumerable key. */
export function isLogic(value: unknown): value is Record<string, unknown> {
  return operationOf(value) !== undefined;
}

/** The operation name of a rule that is one (is_logic), else undefined; one Object.keys call. */
export function operationOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 ? keys[0] : undefined;
}

/** The arguments of an operation; a lone argument (`{"var":"x"}`) becomes a list of one. */
export function argumentsOf(logic: object, op: string): unknown[] {
  const raw = (logic as Record<string, unknown>)[op];
  return Array.isArray(raw) ? raw : [raw];
}

/** The operation name and its arguments, for a rule known to be one. */
export function splitOperation(logic: Record<string, unknown>): { op: string; args: unknown[] } {
  const op = operationOf(logic) as string;
  return { op, args: argumentsOf(logic, op) };
}

/** JSON Logic truthiness (json-logic-js `truthy`): `[]` is false, `"0"` is true. */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value) && value.length === 0) return false;
  return Boolean(value);
}
