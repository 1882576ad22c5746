import { describe, expect, it } from 'vitest';
import { isLogic, isLogicOperation, logicOperations, splitOperation, truthy } from './rule';

describe('logicOperations', () => {
  it('is json-logic-js 2.0.5 standard set without log', () => {
    expect(logicOperations).toHaveLength(34);
    expect(logicOperations).toContain('missing_some');
    expect(logicOperations).not.toContain('log');
  });

  it('never finds inherited names on the whitelist', () => {
    for (const name of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'log', 'xor']) {
      expect(isLogicOperation(name)).toBe(false);
    }
  });
});

describe('isLogic, as json-logic-js is_logic', () => {
  it('takes a one-key object as an operation', () => {
    expect(isLogic({ var: 'a' })).toBe(true);
    expect(isLogic({ anything: 1 })).toBe(true);
  });

  it('takes everything else as data', () => {
    for (const value of [{}, { a: 1, b: 2 }, [], ['var'], null, 'var', 1, true, undefined]) {
      expect(isLogic(value)).toBe(false);
    }
  });
});

describe('splitOperation', () => {
  it('wraps a lone argument in a list', () => {
    expect(splitOperation({ var: 'x' })).toEqual({ op: 'var', args: ['x'] });
    expect(splitOperation({ '!': [true] })).toEqual({ op: '!', args: [true] });
  });

  it('reads an own __proto__ key from parsed JSON as the operation name', () => {
    expect(splitOperation(JSON.parse('{"__proto__":[1]}'))).toEqual({ op: '__proto__', args: [1] });
  });
});

describe('truthy', () => {
  it('follows JSON Logic: [] is false, "0" is true', () => {
    expect(truthy([])).toBe(false);
    expect(truthy('0')).toBe(true);
    expect(truthy([0])).toBe(true);
    expect(truthy({})).toBe(true);
  });

  it('is false for JavaScript falsy values', () => {
    for (const value of [0, -0, '', null, undefined, false, Number.NaN]) {
      expect(truthy(value)).toBe(false);
    }
  });
});
