import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { compileLogic } from './compile-logic';
import { LogicError } from './issues';

const agrees = (rule: unknown, ...data: unknown[]) => {
  const run = compileLogic(rule);
  for (const item of data) {
    expect(run(item), JSON.stringify([rule, item])).toStrictEqual(
      jsonLogic.apply(rule as never, item),
    );
  }
};

describe('compileLogic', () => {
  it('returns a function that can run many times on different data', () => {
    const isAdult = compileLogic({ '>=': [{ var: 'age' }, 18] });
    expect([{ age: 30 }, { age: 12 }, {}, null].map((lead) => isAdult(lead))).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });

  it('returns a fresh array from a literal array each time, as json-logic-js does', () => {
    const run = compileLogic(['a', { var: 'x' }]);
    const first = run({ x: 1 }) as unknown[];
    first.push('mutated');
    expect(run({ x: 1 })).toEqual(['a', 1]);
  });

  it('agrees with json-logic-js on and/or values and short circuits', () => {
    for (const rule of [
      { and: [{ var: 'a' }, { var: 'b' }] },
      { or: [{ var: 'a' }, { var: 'b' }] },
      { and: [{ '>': [{ var: 'a' }, 0] }, { '<': [{ var: 'b' }, 5] }] },
      { or: [{ var: 'a' }, { var: 'b' }, { var: 'c' }, 'fallback'] },
      { and: [{ '==': [{ var: 'a' }, 1] }, { '!': { var: 'b' } }, { in: [{ var: 'c' }, 'xyz'] }] },
      { and: [] },
      { or: [[]] },
    ]) {
      agrees(rule, { a: 1, b: 0, c: 'y' }, { a: [], b: 'x', c: null }, {}, null);
    }
  });

  it('keeps the meaning it was compiled with when the rule object is edited later', () => {
    const rule = { in: [{ var: 'c' }, ['US', 'CA']] };
    const run = compileLogic(rule);
    (rule.in[1] as string[]).push('MX');
    expect(run({ c: 'MX' })).toBe(false);
  });

  it('takes raised limits for large trusted rules, such as compiled flows', () => {
    let deep: unknown = true;
    for (let i = 0; i < 100; i++) deep = { '!': deep };
    expect(() => compileLogic(deep)).toThrow(LogicError);
    expect(compileLogic(deep, { maxDepth: 200 })()).toBe(true);
  });

  it('compiles a subtree shared by reference once and reuses it', () => {
    const shared = { in: [{ var: 'c' }, ['US', 'CA']] };
    const run = compileLogic({ if: [shared, 'north', { and: [shared, 'never'] }] });
    expect([run({ c: 'US' }), run({ c: 'MX' })]).toEqual(['north', false]);
  });

  it('throws LogicError for a rule that fails checkLogic, before running anything', () => {
    expect(() => compileLogic({ if: [true, 1, { xor: [] }] })).toThrow(LogicError);
    expect(() => compileLogic({ var: 'constructor.name' })).toThrow(/"constructor"/);
  });
});
