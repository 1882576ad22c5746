/** Names that reach `Object.prototype` when used as keys; refused anywhere in any input. */
export const reservedKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** One reserved key found in an input, with where it is. */
export type ReservedKeyIssue = { path: (string | number)[]; message: string };

const maxDepth = 64;

/**
 * Every reserved key in a raw input, before zod sees it. Why here: zod drops an own `__proto__`
 * key silently, so a schema alone cannot refuse it, and a mapping or skills table keyed by
 * `constructor` would shadow the prototype wherever it is later read.
 */
export function reservedKeyIssues(input: unknown): ReservedKeyIssue[] {
  const issues: ReservedKeyIssue[] = [];
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (typeof value !== 'object' || value === null || path.length > maxDepth) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visit(item, [...path, index]);
      });
      return;
    }
    for (const key of Object.keys(value)) {
      if (reservedKeys.has(key)) {
        issues.push({ path: [...path, key], message: `"${key}" is a reserved name.` });
      } else {
        visit((value as Record<string, unknown>)[key], [...path, key]);
      }
    }
  };
  visit(input, []);
  return issues;
}
