import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { compileLogic } from './compile-logic';

const samples = [
  { list: [1, 2, 3], items: [{ x: 1 }, { x: 0 }], n: 4 },
  { list: [], items: [], n: 0 },
  { list: 'not a list', items: null },
  {},
];

const agrees = (rule: unknown) => {
  const run = compileLogic(rule);
  for (const item of samples) {
    expect(run(item), JSON.stringify([rule, item])).toStrictEqual(
      jsonLogic.apply(rule as never, item),
    );
  }
};

describe('compiled iteration agrees with json-logic-js', () => {
  it('map and filter, with items as their data', () => {
    agrees({ map: [{ var: 'list' }, { '*': [{ var: '' }, 2] }] });
    agrees({ filter: [{ var: 'list' }, { '>': [{ var: '' }, 1] }] });
    agrees({ filter: [{ var: 'items' }, { var: 'x' }] });
  });

  it('reduce with and without a seed, and a seed rule that gives undefined', () => {
    const sum = { '+': [{ var: 'current' }, { var: 'accumulator' }] };
    agrees({ reduce: [{ var: 'list' }, sum, 0] });
    agrees({ reduce: [{ var: 'list' }, sum] });
    agrees({ reduce: [{ var: 'list' }, sum, { and: [] }] });
    agrees({ reduce: [{ var: 'items' }, { var: 'current.x' }, { var: 'n' }] });
  });

  it('all, none and some, including empty and non-array inputs', () => {
    for (const op of ['all', 'none', 'some']) {
      agrees({ [op]: [{ var: 'list' }, { '>': [{ var: '' }, 1] }] });
      agrees({ [op]: [{ var: 'items' }, { var: 'x' }] });
    }
  });

  it('bodies that are missing or not rules at all', () => {
    agrees({ map: { var: 'list' } });
    agrees({ some: [{ var: 'list' }] });
  });
});
