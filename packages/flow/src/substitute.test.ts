import { describe, expect, it } from 'vitest';
import { canonicalJson, substituteVars } from './substitute';

describe('substituteVars', () => {
  it('replaces top-level reads, in string and array forms, and leaves other fields alone', () => {
    const rule = {
      and: [
        { '>': [{ var: 'score' }, 10] },
        { '==': [{ var: ['grade', 'x'] }, 'hot'] },
        { var: 'employees' },
      ],
    };
    expect(substituteVars(rule, { score: 42, grade: 'hot' })).toEqual({
      and: [{ '>': [42, 10] }, { '==': ['hot', 'hot'] }, { var: 'employees' }],
    });
  });

  it('does not touch reads inside per-element bodies, where data is the element', () => {
    const rule = { some: [{ var: 'score' }, { '>': [{ var: 'score' }, 1] }] };
    expect(substituteVars(rule, { score: [1, 2] })).toEqual({
      some: [[1, 2], { '>': [{ var: 'score' }, 1] }],
    });
    const reduce = {
      reduce: [{ var: 'score' }, { '+': [{ var: 'current' }, { var: 'score' }] }, { var: 'score' }],
    };
    expect(substituteVars(reduce, { score: 0 })).toEqual({ reduce: [0, reduce.reduce[1], 0] });
  });

  it('does not mutate its input', () => {
    const rule = { '>': [{ var: 'score' }, 1] };
    substituteVars(rule, { score: 1 });
    expect(rule).toEqual({ '>': [{ var: 'score' }, 1] });
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth so equal values give equal text', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: null }] })).toBe('{"a":[{"c":null,"d":1}],"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
});
