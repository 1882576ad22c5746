import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { compileLogic } from './compile-logic';

const samples = [
  { a: 1, b: '2', s: 'Springfield', list: ['x', 1], obj: { k: 'v' } },
  { a: '1e3', b: ' 5', s: '', list: [], obj: {} },
  { a: null, b: true, s: 'x' },
  {},
  null,
  'text',
  [3, 4],
];

const agrees = (rule: unknown) => {
  const run = compileLogic(rule);
  for (const item of samples) {
    expect(run(item), JSON.stringify([rule, item])).toStrictEqual(
      jsonLogic.apply(rule as never, item),
    );
  }
};

describe('compiled eager operations agree with json-logic-js', () => {
  it('var in every form: one key, dotted, defaults, whole data, computed', () => {
    for (const path of ['a', 'obj.k', 'list.0', 'length', 's.length', 0, 1, '', null]) {
      agrees({ var: path });
      agrees({ var: [path, 'default'] });
    }
    agrees({ var: [] });
    agrees({ var: { cat: ['o', 'bj.k'] } });
    agrees({ var: ['a', { var: 'b' }] });
  });

  it('+ in sums of points and sums of anything', () => {
    agrees({ '+': [{ if: [{ var: 'a' }, 10, 0] }, { if: [{ '>': [{ var: 'b' }, 1] }, 5, -0] }] });
    agrees({ '+': [{ var: 'a' }, { var: 'b' }, '3'] });
    agrees({ '+': { var: 'a' } });
    agrees({ '+': [] });
  });

  it('!, !!, -, in and the generic path', () => {
    agrees({ '!': { var: 'a' } });
    agrees({ '!!': [{ var: 'list' }] });
    agrees({ '!': [{ in: [{ var: 's' }, ['x', '']] }] });
    agrees({ '-': [{ var: 'a' }] });
    agrees({ '-': [{ var: 'a' }, { var: 'b' }] });
    agrees({ in: [{ var: 'b' }, ['2', true, 1]] });
    agrees({ in: ['Spring', { var: 's' }] });
    agrees({ in: [{ var: 'a' }, [{ var: 'a' }]] });
    agrees({ cat: [{ var: 'a' }, '-', { var: 'list' }] });
    agrees({ substr: [{ var: 's' }, 2, -3] });
    agrees({ merge: [{ var: 'list' }, [{ var: 'a' }]] });
    agrees({ max: [{ var: 'a' }, { var: 'b' }] });
  });

  it('folds constant arguments at compile time, but leaves throws to run time', () => {
    agrees({ '+': [1, '2', 3.5] });
    agrees({ cat: ['a', null, 1] });
    // json-logic-js only throws if this branch runs.
    agrees({ if: [{ var: 'a' }, 1, { in: ['x', { var: 'obj' }] }] });
  });

  it('evaluates extra arguments too, so their throws are kept', () => {
    const rule = { '!': [false, { missing_some: [1, { var: 'nothing' }] }] };
    expect(() => jsonLogic.apply(rule as never, {})).toThrow(TypeError);
    expect(() => compileLogic(rule)({})).toThrow(TypeError);
  });
});
