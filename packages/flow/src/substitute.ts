import { iteratingOperations, type JsonLogicRule } from '@switchyard/logic';

/**
 * Replace `{"var": name}` reads of the lead's top-level data scope by other rules: how the
 * compiler puts a score step's expression where a later condition reads `score`, so the
 * result stays standard JSON Logic with no extra operations.
 */
export function substituteVars(
  rule: JsonLogicRule,
  replacements: Readonly<Record<string, JsonLogicRule>>,
): JsonLogicRule {
  if (Array.isArray(rule)) return rule.map((item) => substituteVars(item, replacements));
  if (typeof rule !== 'object' || rule === null) return rule;
  const keys = Object.keys(rule);
  if (keys.length !== 1) return rule;
  const op = keys[0] as string;
  const args = (rule as Record<string, unknown>)[op];
  if (op === 'var') {
    const path = Array.isArray(args) ? args[0] : args;
    return typeof path === 'string' && Object.hasOwn(replacements, path)
      ? replacements[path]
      : rule;
  }
  const replaced = Array.isArray(args)
    ? args.map((arg, index) =>
        index === 1 && iteratingOperations.has(op) ? arg : substituteVars(arg, replacements),
      )
    : substituteVars(args, replacements);
  return Object.fromEntries([[op, replaced]]);
}

/** JSON with keys sorted, so equal rules always give the same text and the same hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const entries = Object.keys(value)
    .sort()
    .map(
      (key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`,
    );
  return `{${entries.join(',')}}`;
}
