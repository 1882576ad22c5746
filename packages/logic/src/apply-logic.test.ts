import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { applyDataRule, applyLogic } from './apply-logic';
import { LogicError } from './issues';

const both = (rule: unknown, data?: unknown) => {
  const ours = applyLogic(rule, data);
  expect(ours).toStrictEqual(jsonLogic.apply(rule as never, data));
  return ours;
};

describe('applyLogic mirrors json-logic-js quirks', () => {
  it('== is loose, === is strict', () => {
    expect(both({ '==': [1, '1'] })).toBe(true);
    expect(both({ '==': [null, undefined] })).toBe(true);
    expect(both({ '==': [0, ''] })).toBe(true);
    expect(both({ '===': [1, '1'] })).toBe(false);
  });

  it('and/or return values, not booleans; empty and/or give undefined', () => {
    expect(both({ and: [1, 'x', [0]] })).toEqual([0]);
    expect(both({ or: [0, '', 'first'] })).toBe('first');
    expect(both({ and: [] })).toBeUndefined();
  });

  it('if with even arguments and no match gives null; one argument is the else', () => {
    expect(both({ if: [false, 1, false, 2] })).toBeNull();
    expect(both({ if: ['only'] })).toBe('only');
    expect(both({ if: [] })).toBeNull();
    expect(both({ '?:': [[], 'yes', 'no'] })).toBe('no');
  });

  it('all of nothing is false, none and some of nothing are true and false', () => {
    expect(both({ all: [[], true] })).toBe(false);
    expect(both({ none: [[], true] })).toBe(true);
    expect(both({ some: [{ var: 'missing' }, true] })).toBe(false);
  });

  it('reduce seeds with null (so a sum without a seed is NaN), and returns the seed for a non-array', () => {
    const sum = { '+': [{ var: 'current' }, { var: 'accumulator' }] };
    expect(both({ reduce: [[1, 2], sum] })).toBeNaN();
    expect(both({ reduce: [[1, 2], sum, 0] })).toBe(3);
    expect(both({ reduce: [{ var: 'x' }, { var: 'current' }, 'seed'] }, {})).toBe('seed');
  });

  it('var with no data gives the default, and the whole data for ""', () => {
    expect(both({ var: ['a', 'default'] })).toBe('default');
    expect(both({ var: '' })).toBeUndefined();
    expect(both({ var: '' }, 7)).toBe(7);
    expect(both({ var: 1 }, ['a', 'b'])).toBe('b');
  });
});

describe('applyLogic differs from json-logic-js only on inherited properties', () => {
  it('gives null where json-logic-js reads the prototype', () => {
    const rule = { var: { cat: ['constructor', '.name'] } };
    expect(jsonLogic.apply(rule as never, {})).toBe('Object');
    expect(applyLogic(rule, {})).toBeNull();
  });
});

describe('applyLogic refuses rules that fail checkLogic', () => {
  it('throws LogicError, even for an operation in a branch that would not run', () => {
    expect(jsonLogic.apply({ if: [true, 1, { xor: [] }] } as never)).toBe(1);
    expect(() => applyLogic({ if: [true, 1, { xor: [] }] })).toThrow(LogicError);
    expect(() => applyLogic(() => 1)).toThrow(LogicError);
  });

  it('still refuses a rule edited after it was first applied', () => {
    const rule: { and: unknown[] } = { and: [true] };
    expect(applyLogic(rule)).toBe(true);
    rule.and.push({ xor: [] });
    expect(() => applyLogic(rule)).toThrow(LogicError);
    rule.and[1] = { var: 'constructor' };
    expect(applyLogic(rule, {})).toBeNull();
  });
});

describe('applyDataRule, for keys that are rules inside data', () => {
  it('evaluates them like json-logic-js, but refuses unknown operations with LogicError', () => {
    expect(applyDataRule({ var: ['a', 'b'] }, { a: 1 })).toBe(1);
    expect(() => applyDataRule({ var: { x: 1 } }, {})).toThrow(LogicError);
  });

  it('lets forbidden paths through, because reading them gives the default', () => {
    expect(applyDataRule({ var: ['constructor', 'none'] }, {})).toBe('none');
  });
});
