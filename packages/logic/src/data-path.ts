/**
 * Reading data the way json-logic-js `var` does, with one deliberate difference: only own
 * properties are read. json-logic-js walks `data[key]`, so `{"var":"constructor.name"}` on `{}`
 * gives "Object" and `__proto__` reaches the prototype; here both give the default.
 */

const forbiddenSegments: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether a path segment names the prototype machinery (`__proto__`, `constructor`, `prototype`). */
export const isForbiddenSegment = (segment: string): boolean => forbiddenSegments.has(segment);

/** The first forbidden segment of a dotted path, or undefined when the path is safe. */
export function forbiddenSegmentOf(path: unknown): string | undefined {
  if (isWholeData(path)) return undefined;
  return String(path)
    .split('.')
    .find((segment) => forbiddenSegments.has(segment));
}

/** json-logic-js treats a missing, empty or null path as "the whole data". */
export const isWholeData = (path: unknown): boolean =>
  path === undefined || path === '' || path === null;

/**
 * `value[key]` when `key` is an own property of `value`, else undefined. Strings count as their
 * String object (`"abc".length` and `"abc"[0]` are own), so `length` agrees with json-logic-js.
 */
export function readOwn(value: unknown, key: string): unknown {
  if (value === null || value === undefined) return undefined;
  if (forbiddenSegments.has(key) || !Object.hasOwn(value, key)) return undefined;
  return (value as Record<string, unknown>)[key];
}

/** Walk pre-split segments from `data`; `notFound` when a step is absent or lands on undefined. */
export function readSegments(
  data: unknown,
  segments: readonly string[],
  notFound: unknown,
): unknown {
  let current = data;
  for (const segment of segments) {
    // json-logic-js checks null/undefined before each step and undefined after it: same here.
    if (current === null || current === undefined) return notFound;
    current = readOwn(current, segment);
    if (current === undefined) return notFound;
  }
  return current;
}

/** json-logic-js `var`: `path` is split on "." after String(); the default is null when undefined. */
export function readPath(data: unknown, path: unknown, fallback?: unknown): unknown {
  const notFound = fallback === undefined ? null : fallback;
  if (isWholeData(path)) return data;
  return readSegments(data, String(path).split('.'), notFound);
}

/** A single own key read with json-logic-js `var` semantics: the hot case, kept small to inline. */
export function readKey(data: unknown, key: string, notFound: unknown): unknown {
  if (data === null || data === undefined || !Object.hasOwn(data, key)) return notFound;
  const value = (data as Record<string, unknown>)[key];
  return value === undefined ? notFound : value;
}
