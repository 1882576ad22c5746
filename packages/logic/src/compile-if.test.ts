import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { compileLogic } from './compile-logic';

const samples = [
  { n: 5, s: 'US', t: true },
  { n: -1, s: 'CA', t: [] },
  { n: '10', s: '' },
  {},
  null,
];

const agrees = (rule: unknown) => {
  const run = compileLogic(rule);
  for (const item of samples) {
    expect(run(item), JSON.stringify([rule, item])).toStrictEqual(
      jsonLogic.apply(rule as never, item),
    );
  }
};

describe('compiled if chains agree with json-logic-js', () => {
  it('with computed or constant branches, and a truthiness test on a plain read', () => {
    agrees({ if: [{ var: 't' }, 'yes', 'no'] });
    agrees({ if: [{ '>': [{ var: 'n' }, 0] }, { var: 's' }, { var: 'n' }] });
    agrees({ '?:': [{ var: 'n' }, { cat: ['n=', { var: 'n' }] }, null] });
  });

  it('as a routing table of constants, with and without an else', () => {
    const route = [
      { '==': [{ var: 's' }, 'US'] },
      'us',
      { '==': [{ var: 's' }, 'CA'] },
      'ca',
      { var: 'n' },
      'has-n',
    ];
    agrees({ if: [...route, 'other'] });
    agrees({ if: route });
  });

  it('with odd shapes: no arguments, one, two, a constant test', () => {
    agrees({ if: [] });
    agrees({ if: [{ var: 'n' }] });
    agrees({ if: [{ var: 'n' }, 'only-then'] });
    agrees({ if: [0, 'never', 'always'] });
  });

  it('long chains without growing the call stack', () => {
    const args: unknown[] = [];
    for (let i = 0; i < 60; i++) args.push({ '==': [{ var: 'n' }, i] }, { var: 's' });
    agrees({ if: [...args, 'none'] });
    agrees({ if: args.map((arg, i) => (i % 2 === 1 ? `value ${i}` : arg)) });
  });
});
