import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import {
  applyLogic,
  checkLogic,
  compileLogic,
  LogicError,
  type LogicIssueCode,
} from '../src/index';

/** Nest `{"!": …}` n levels deep around `true`. */
const nested = (levels: number): unknown => {
  let rule: unknown = true;
  for (let i = 0; i < levels; i++) rule = { '!': rule };
  return rule;
};

/** The LogicError both entry points throw, checked for its code. */
function refusal(rule: unknown, code: LogicIssueCode): LogicError {
  const errors = [() => applyLogic(rule, {}), () => compileLogic(rule)].map((run) => {
    try {
      run();
    } catch (error) {
      return error;
    }
    throw new Error(`accepted ${JSON.stringify(rule)}`);
  });
  for (const error of errors) {
    expect(error).toBeInstanceOf(LogicError);
    expect((error as LogicError).code).toBe(code);
  }
  return errors[0] as LogicError;
}

describe('bad rules are refused with a typed issue, never a crash', () => {
  it('refuses an unknown operation, where json-logic-js throws a bare Error', () => {
    expect(() => jsonLogic.apply({ xor: [1, 2] } as never)).toThrow('Unrecognized operation xor');
    const error = refusal({ and: [true, { xor: [1, 2] }] }, 'unknown_operation');
    expect(error.issues).toEqual([
      {
        code: 'unknown_operation',
        message: 'The operation "xor" is not part of JSON Logic.',
        path: ['and', 1],
      },
    ]);
  });

  it('refuses log, method calls and prototype names as operations', () => {
    for (const op of [
      'log',
      'var.length',
      'toString',
      '__proto__',
      'constructor',
      'hasOwnProperty',
    ]) {
      refusal(JSON.parse(`{"${op}": [1]}`), 'unknown_operation');
    }
  });

  it('refuses 100-deep nesting without overflowing the stack', () => {
    const error = refusal(nested(100), 'too_deep');
    expect(error.message).toBe('This condition is nested 100 levels deep; the limit is 64.');
    // The 65th operation is the first too deep; 64 steps of "!" lead to it.
    expect(error.issues[0]?.path).toEqual(Array(64).fill('!'));
  });

  it('refuses nesting 200,000 deep, where json-logic-js overflows the stack', () => {
    const rule = nested(200_000);
    expect(() => jsonLogic.apply(rule as never)).toThrow(RangeError);
    const error = refusal(rule, 'too_deep');
    // The walk stops at twice the limit: the exact depth would not help anyone.
    expect(error.message).toBe(
      'This condition is nested more than 128 levels deep; the limit is 64.',
    );
  });

  it('refuses 20,000 nodes', () => {
    const rule = { '+': Array.from({ length: 20_000 }, (_, i) => i) };
    const error = refusal(rule, 'too_many_nodes');
    expect(error.message).toBe('This condition has more than 10,000 parts, which is the limit.');
  });

  it('ends on a cyclic object instead of looping', () => {
    const list: unknown[] = [1];
    list.push(list);
    expect(checkLogic(list).map((issue) => issue.code)).toEqual(['too_deep']);
    expect(
      checkLogic(list, { maxDepth: 10_000, maxNodes: Number.POSITIVE_INFINITY })[0]?.code,
    ).toBe('too_deep');
  });

  it('walks and compiles a shared subtree once, so a DAG is not exponential', () => {
    // 30 levels of two-way sharing: 2^30 values written out as JSON, about 200 in memory.
    let rule: unknown = { '==': [{ var: 'x' }, 1] };
    for (let i = 0; i < 30; i++) rule = { if: [{ var: `k${i % 3}` }, rule, { and: [rule] }] };
    expect(checkLogic(rule)).toEqual([]);
    expect(compileLogic(rule)({ x: 1, k0: true })).toBe(true);
    expect(applyLogic(rule, { x: 2, k1: true })).toBe(false);
  });

  it('refuses prototype paths in string, dotted, array and missing forms', () => {
    const rules = [
      { var: '__proto__' },
      { var: 'constructor.name' },
      { var: 'a.prototype' },
      { var: ['constructor', 'fallback'] },
      { missing: ['a', '__proto__.x'] },
      { missing: [['constructor']] },
      { missing_some: [1, ['a', 'prototype']] },
    ];
    for (const rule of rules) {
      const error = refusal(rule, 'forbidden_path');
      expect(error.message).toMatch(
        /^This condition reads "(__proto__|constructor|prototype)", which is not allowed\.$/,
      );
    }
    expect(checkLogic({ var: ['constructor', 1] })[0]?.path).toEqual(['var', 0]);
  });

  it('reads nothing through the prototype at run time, when the path is computed', () => {
    expect(jsonLogic.apply({ var: { cat: ['constructor', '.name'] } } as never, {})).toBe('Object');
    expect(checkLogic({ var: { cat: ['constructor', '.name'] } })).toEqual([]);
    expect(applyLogic({ var: { cat: ['constructor', '.name'] } }, {})).toBeNull();
    expect(compileLogic({ var: [{ var: 'key' }, 'none'] })({ key: 'toString' })).toBe('none');
    expect(compileLogic({ var: { var: 'key' } })({ key: 'prototype' })).toBeNull();
  });

  it('does not follow an own __proto__ key in data (prototype-polluting JSON)', () => {
    const data = JSON.parse('{"__proto__":{"x":1},"y":2}');
    expect(jsonLogic.apply({ var: { cat: ['__proto__', '.x'] } } as never, data)).toBe(1);
    expect(applyLogic({ var: { cat: ['__proto__', '.x'] } }, data)).toBeNull();
    expect(compileLogic({ var: 'x' })(data)).toBeNull();
    expect(compileLogic({ var: 'y' })(data)).toBe(2);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses an operation sharing its object with other keys', () => {
    const error = refusal({ if: [true, 1, 2], else: 3 }, 'invalid_rule');
    expect(error.message).toContain('"if"');
    // Plain data objects without an operation key stay literals, as in json-logic-js.
    expect(applyLogic({ a: 1, b: 2 })).toEqual({ a: 1, b: 2 });
    expect(applyLogic({})).toEqual({});
  });

  it('refuses shapes json-logic-js would throw on, and values that are not JSON', () => {
    refusal({ '*': [] }, 'invalid_rule');
    refusal({ missing_some: [1] }, 'invalid_rule');
    refusal({ missing_some: [1, null] }, 'invalid_rule');
    refusal({ '==': [() => 1, 1] }, 'invalid_rule');
    refusal({ '==': [new Date(0), 1] }, 'invalid_rule');
    refusal({ '+': [1n, 1] }, 'invalid_rule');
  });

  it('reports every issue at once', () => {
    const issues = checkLogic({ and: [{ xor: [] }, { var: 'constructor' }, { '*': [] }] });
    expect(issues.map((issue) => issue.code)).toEqual([
      'unknown_operation',
      'forbidden_path',
      'invalid_rule',
    ]);
  });

  it('never mutates the data it reads', () => {
    const data = { list: [3, 1, 2], obj: { a: 1 }, n: 5 };
    const before = structuredClone(data);
    const rules = [
      { merge: [{ var: 'list' }, [9]] },
      { map: [{ var: 'list' }, { '+': [{ var: '' }, 1] }] },
      { filter: [{ var: 'list' }, { '>': [{ var: '' }, 1] }] },
      { reduce: [{ var: 'list' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, 0] },
      { missing: [{ var: 'list' }] },
      { if: [{ var: 'obj' }, { var: 'obj' }, null] },
    ];
    for (const rule of rules) {
      applyLogic(rule, data);
      compileLogic(rule)(data);
    }
    expect(data).toEqual(before);
  });
});
