import { describe, expect, it } from 'vitest';
import { assertLogic, checkLogic } from './check-logic';
import { LogicError } from './issues';

const nestedNot = (levels: number): unknown =>
  levels === 0 ? true : { '!': nestedNot(levels - 1) };

const codes = (rule: unknown, limits?: { maxDepth?: number; maxNodes?: number }) =>
  checkLogic(rule, limits).map((issue) => issue.code);

describe('checkLogic accepts', () => {
  it('every standard rule shape, literals, and data-like objects', () => {
    const rules = [
      { and: [{ '>=': [{ var: 'age' }, 18] }, { in: [{ var: 'country' }, ['US', 'CA']] }] },
      { var: '' },
      { var: ['a.b', 0] },
      { var: { cat: ['a', '.b'] } },
      { missing_some: [1, ['a', 'b']] },
      { map: [{ var: 'list' }, { '*': [{ var: '' }, 2] }] },
      { if: [true, { name: 'x', score: 1 }, {}] },
      [1, 'two', null],
      'plain',
      42,
    ];
    for (const rule of rules) expect(checkLogic(rule), JSON.stringify(rule)).toEqual([]);
  });
});

describe('checkLogic refuses', () => {
  it('operations outside the whitelist, wherever they are', () => {
    expect(checkLogic({ or: [false, { if: [true, { xor: [1] }] }] })).toEqual([
      {
        code: 'unknown_operation',
        message: 'The operation "xor" is not part of JSON Logic.',
        path: ['or', 1, 'if', 1],
      },
    ]);
    expect(codes({ log: 'x' })).toEqual(['unknown_operation']);
  });

  it('forbidden segments in var and missing paths, pointing at the path', () => {
    expect(checkLogic({ var: 'a.__proto__' })[0]?.path).toEqual(['var']);
    expect(checkLogic({ missing: ['a', 'constructor'] })[0]?.path).toEqual(['missing', 1]);
    expect(checkLogic({ missing_some: [1, ['prototype']] })[0]?.path).toEqual([
      'missing_some',
      1,
      0,
    ]);
  });

  it('rules past the limits, with the limits it was given', () => {
    expect(codes({ '!': { '!': { '!': true } } }, { maxDepth: 2 })).toEqual(['too_deep']);
    expect(checkLogic({ '!': { '!': { '!': true } } }, { maxDepth: 2 })[0]?.message).toBe(
      'This condition is nested 3 levels deep; the limit is 2.',
    );
    expect(codes({ '+': [1, 2, 3] }, { maxNodes: 3 })).toEqual(['too_many_nodes']);
    expect(codes(nestedNot(70), { maxDepth: undefined })).toEqual(['too_deep']);
  });

  it('malformed shapes, and values that are not JSON', () => {
    expect(codes({ var: 'a', if: [] })).toEqual(['invalid_rule']);
    expect(codes({ '*': [] })).toEqual(['invalid_rule']);
    expect(codes({ missing_some: 1 })).toEqual(['invalid_rule']);
    expect(codes({ '==': [Symbol('x'), 1] })).toEqual(['invalid_rule']);
    expect(codes(new Map())).toEqual(['invalid_rule']);
  });
});

describe('assertLogic', () => {
  it('returns quietly for a safe rule and throws LogicError with the issues otherwise', () => {
    expect(() => assertLogic({ var: 'a' })).not.toThrow();
    expect(() => assertLogic({ xor: [] })).toThrow(LogicError);
  });
});
