import { describe, expect, it } from 'vitest';
import { allConstant, computed, fixedArguments, keyed, literal } from './compiled';
import { keyTests } from './key-reader';

describe('literal', () => {
  it('marks primitives as constants with what they return', () => {
    expect(literal(3)).toMatchObject({ constant: true, value: 3, number: true, boolean: false });
    expect(literal(true)).toMatchObject({ constant: true, boolean: true });
    expect(literal(null).run(undefined)).toBeNull();
  });

  it('does not treat objects as constants, and returns the same object', () => {
    const data = { a: 1, b: 2 };
    const compiled = literal(data);
    expect(compiled.constant).toBe(false);
    expect(compiled.run(undefined)).toBe(data);
  });
});

describe('computed and keyed', () => {
  it('carry what compile time knows', () => {
    expect(computed(() => 1, { number: true })).toMatchObject({ constant: false, number: true });
    const read = keyed({ key: 'a', notFound: null, op: keyTests['>='], operand: 2, negate: false });
    expect(read.boolean).toBe(true);
    expect(read.run({ a: 3 })).toBe(true);
  });
});

describe('fixedArguments', () => {
  it('pads missing arguments with undefined, as json-logic-js passes them', () => {
    const [a, b] = fixedArguments([literal(1)], 2) ?? [];
    expect(a?.value).toBe(1);
    expect(b).toMatchObject({ constant: true, value: undefined });
  });

  it('refuses extra arguments that are computed, since they must still run', () => {
    expect(fixedArguments([literal(1), literal(2), computed(() => 3)], 2)).toBeUndefined();
    expect(fixedArguments([literal(1), literal(2), literal(3)], 2)).toHaveLength(2);
    expect(allConstant([])).toBe(true);
  });
});
