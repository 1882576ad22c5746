/** What running an implementation gave: a value, or the fact that it threw. */
export type Outcome = { threw: false; value: unknown } | { threw: true; error: unknown };

/** Run and record the outcome instead of letting a throw escape. */
export function outcome(run: () => unknown): Outcome {
  try {
    return { threw: false, value: run() };
  } catch (error) {
    return { threw: true, error };
  }
}

/** Both threw, or neither did and the values are deeply equal. */
export const sameOutcome = (a: Outcome, b: Outcome): boolean =>
  a.threw || b.threw ? a.threw === b.threw : sameValue(a.value, b.value);

/**
 * Deep equality for JSON-like results: numbers by Object.is (NaN equals NaN, and -0 is not 0, so
 * a sign slip shows), arrays item by item, objects by own keys and prototype.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return keys.every((key) => Object.hasOwn(b, key) && sameValue(left[key], right[key]));
}

/** A short printable form of an outcome for failure messages (NaN and undefined kept visible). */
export function describeOutcome(result: Outcome): string {
  if (result.threw) return `throws ${String(result.error)}`;
  return JSON.stringify(result.value, (_key, value: unknown) =>
    value === undefined ? '<undefined>' : Number.isNaN(value) ? '<NaN>' : value,
  );
}
