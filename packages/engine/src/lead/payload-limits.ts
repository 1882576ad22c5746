import { type AppFailure, failure } from '../errors';

/** How big a value from outside may be, checked at the edge before it is mapped or stored. */
export type PayloadLimits = {
  /** Objects and arrays inside each other: `{"a":[1]}` is 2 deep. */
  maxDepth: number;
  /** Characters in one string, a key or a value. */
  maxStringLength: number;
  /** Items in one array. */
  maxArrayLength: number;
  /** Keys in one object. */
  maxKeys: number;
};

/**
 * The limits of an inbound lead delivery. Form tools nest a handful of levels (Typeform's
 * answers 5, Meta's Graph reply 4); nothing legitimate comes near these, and each is far below
 * what breaks a structured clone, a recursive JSON walk or the database (a 10,000-deep value
 * once hung the writer thread, issue 19).
 */
export const leadPayloadLimits: PayloadLimits = {
  maxDepth: 32,
  maxStringLength: 32_768,
  maxArrayLength: 1_000,
  maxKeys: 1_000,
};

/**
 * The first limit `value` breaks, as a failure (`payload_too_deep`, `field_too_large`), or null.
 * Walks without recursion, so a value too deep for the stack is measured, not crashed on.
 */
export function checkPayloadLimits(
  value: unknown,
  limits: PayloadLimits = leadPayloadLimits,
): AppFailure | null {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [
    { value, depth: 0, path: '' },
  ];
  while (stack.length > 0) {
    const item = stack.pop() as { value: unknown; depth: number; path: string };
    const where = item.path === '' ? 'The body' : `The field "${item.path}"`;
    if (typeof item.value === 'string') {
      if (item.value.length > limits.maxStringLength) {
        return failure(
          'field_too_large',
          `${where} holds text over ${limits.maxStringLength.toLocaleString('en')} characters.`,
          { path: item.path, limit: limits.maxStringLength },
        );
      }
      continue;
    }
    if (typeof item.value !== 'object' || item.value === null) continue;
    const depth = item.depth + 1;
    if (depth > limits.maxDepth) {
      return failure(
        'payload_too_deep',
        `${where} nests lists or objects more than ${limits.maxDepth} levels deep.`,
        { path: item.path, limit: limits.maxDepth },
      );
    }
    if (Array.isArray(item.value)) {
      if (item.value.length > limits.maxArrayLength) {
        return failure(
          'field_too_large',
          `${where} holds a list of over ${limits.maxArrayLength.toLocaleString('en')} items.`,
          { path: item.path, limit: limits.maxArrayLength },
        );
      }
      item.value.forEach((inner, index) => {
        stack.push({ value: inner, depth, path: join(item.path, String(index)) });
      });
      continue;
    }
    const keys = Object.keys(item.value);
    if (keys.length > limits.maxKeys) {
      return failure(
        'field_too_large',
        `${where} holds over ${limits.maxKeys.toLocaleString('en')} fields.`,
        { path: item.path, limit: limits.maxKeys },
      );
    }
    for (const key of keys) {
      const path = join(item.path, key.length > 64 ? `${key.slice(0, 64)}…` : key);
      if (key.length > limits.maxStringLength) {
        return failure(
          'field_too_large',
          `A field name in ${item.path === '' ? 'the body' : `"${item.path}"`} is over ${limits.maxStringLength.toLocaleString('en')} characters.`,
          { path: item.path, limit: limits.maxStringLength },
        );
      }
      stack.push({ value: (item.value as Record<string, unknown>)[key], depth, path });
    }
  }
  return null;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
