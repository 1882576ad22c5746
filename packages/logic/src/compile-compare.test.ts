import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { compileLogic } from './compile-logic';

const values = [0, 1, -1, 2.5, '1', '10', '', 'a', null, true, false, [], [2], {}];
const operators = ['==', '===', '!=', '!==', '<', '<=', '>', '>='];

const agrees = (rule: unknown, data: unknown) => {
  expect(compileLogic(rule)(data), JSON.stringify([rule, data])).toStrictEqual(
    jsonLogic.apply(rule as never, data),
  );
};

describe('compiled comparisons agree with json-logic-js on mixed types', () => {
  it('a read against a constant, on either side', () => {
    for (const op of operators) {
      for (const x of values) {
        for (const c of values) {
          if (typeof c === 'object' && c !== null) continue;
          agrees({ [op]: [{ var: 'x' }, c] }, { x });
          agrees({ [op]: [c, { var: 'x' }] }, { x });
        }
      }
    }
  });

  it('two computed sides, and a missing side', () => {
    for (const op of operators) {
      for (const x of values) {
        agrees({ [op]: [{ var: 'x' }, { var: 'y' }] }, { x, y: '1' });
        agrees({ [op]: [{ var: 'x' }] }, { x });
      }
    }
  });

  it('the between forms of < and <=, with constant and computed bounds', () => {
    for (const op of ['<', '<=']) {
      for (const x of [0, 1, 5, 10, 11, '5', null]) {
        agrees({ [op]: [1, { var: 'x' }, 10] }, { x });
        agrees({ [op]: [{ var: 'lo' }, { var: 'x' }, { var: 'hi' }] }, { x, lo: 1, hi: 10 });
        // A computed upper bound that comes out undefined: json-logic-js compares two values.
        agrees({ [op]: [1, { var: 'x' }, { and: [] }] }, { x });
        agrees({ [op]: [1, { '+': [{ var: 'x' }, 1] }, 10] }, { x });
      }
    }
  });

  it('throws where json-logic-js throws: objects that cannot become primitives', () => {
    const data = { x: { toString: 'no', valueOf: 'no' } };
    expect(() => jsonLogic.apply({ '<': [{ var: 'x' }, 1] } as never, data)).toThrow(TypeError);
    expect(() => compileLogic({ '<': [{ var: 'x' }, 1] })(data)).toThrow(TypeError);
  });
});
