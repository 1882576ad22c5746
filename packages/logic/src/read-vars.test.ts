import { describe, expect, it } from 'vitest';
import { readVars } from './read-vars';

describe('readVars', () => {
  it('lists literal paths read at the top level, once each, in order', () => {
    const rule = {
      and: [
        { '>=': [{ var: 'employees' }, 10] },
        { '==': [{ var: ['contact.email', ''] }, { var: 'employees' }] },
        { '!': { missing: ['phone', 'country'] } },
        { missing_some: [1, ['budget', 'timeline']] },
        { var: 0 },
      ],
    };
    expect(readVars(rule)).toEqual({
      paths: ['employees', 'contact.email', 'phone', 'country', 'budget', 'timeline', '0'],
      dynamic: false,
    });
  });

  it('skips iteration bodies but keeps what they iterate over and the reduce seed', () => {
    const rule = {
      reduce: [
        { var: 'items' },
        { '+': [{ var: 'current.price' }, { var: 'accumulator' }] },
        { var: 'base' },
      ],
    };
    expect(readVars(rule)).toEqual({ paths: ['items', 'base'], dynamic: false });
  });

  it('reports the whole data as "" and a computed path as dynamic', () => {
    expect(readVars({ var: '' })).toEqual({ paths: [''], dynamic: false });
    expect(readVars({ var: { cat: ['a', { var: 'which' }] } })).toEqual({
      paths: ['which'],
      dynamic: true,
    });
    expect(readVars({ missing: { merge: [['a'], { var: 'more' }] } })).toEqual({
      paths: ['more'],
      dynamic: true,
    });
  });

  it('finds nothing in literals and data-like objects', () => {
    expect(readVars({ if: [true, { var: 'x', other: 1 }, 2] })).toEqual({
      paths: [],
      dynamic: false,
    });
    expect(readVars(null)).toEqual({ paths: [], dynamic: false });
  });
});
