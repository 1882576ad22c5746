import { describe, expect, it } from 'vitest';
import { forbiddenSegmentOf, readKey, readOwn, readPath, readSegments } from './data-path';

describe('readPath, json-logic-js var with own properties only', () => {
  const data = { a: { b: [10, 20] }, zero: 0, empty: '', nothing: null, text: 'abc' };

  it('walks dotted paths through objects, arrays and strings', () => {
    expect(readPath(data, 'a.b.1')).toBe(20);
    expect(readPath(data, 'a.b.length')).toBe(2);
    expect(readPath(data, 'text.length')).toBe(3);
    expect(readPath(data, 'text.0')).toBe('a');
    expect(readPath([5, 6], 1)).toBe(6);
  });

  it('returns the whole data for an empty, null or missing path', () => {
    expect(readPath(data, '')).toBe(data);
    expect(readPath(data, null)).toBe(data);
    expect(readPath(undefined, undefined)).toBeUndefined();
  });

  it('keeps falsy values and returns the default only for absent or undefined', () => {
    expect(readPath(data, 'zero', 7)).toBe(0);
    expect(readPath(data, 'nothing', 7)).toBeNull();
    expect(readPath(data, 'missing', 7)).toBe(7);
    expect(readPath(data, 'missing')).toBeNull();
    expect(readPath(null, 'a', 'fallback')).toBe('fallback');
  });

  it('never reads inherited properties', () => {
    expect(readPath({}, 'constructor.name')).toBeNull();
    expect(readPath({}, 'toString')).toBeNull();
    expect(readPath([], 'map')).toBeNull();
    expect(readPath('abc', 'toUpperCase')).toBeNull();
    expect(readPath(5, 'toFixed', 'none')).toBe('none');
  });

  it('refuses __proto__ even when it is an own key of parsed JSON', () => {
    const polluted = JSON.parse('{"__proto__":{"x":1}}');
    expect(readOwn(polluted, '__proto__')).toBeUndefined();
    expect(readPath(polluted, '__proto__.x')).toBeNull();
  });
});

describe('readSegments and readKey', () => {
  it('read pre-split paths and single keys', () => {
    expect(readSegments({ a: { b: 1 } }, ['a', 'b'], null)).toBe(1);
    expect(readKey({ a: 1 }, 'a', null)).toBe(1);
    expect(readKey({ a: undefined }, 'a', 'none')).toBe('none');
  });

  it('give the default on null data and inherited keys', () => {
    expect(readSegments(null, ['a'], 'none')).toBe('none');
    expect(readKey({}, 'valueOf', 'none')).toBe('none');
  });
});

describe('forbiddenSegmentOf', () => {
  it('finds the prototype machinery in any segment', () => {
    expect(forbiddenSegmentOf('a.constructor.name')).toBe('constructor');
    expect(forbiddenSegmentOf('__proto__')).toBe('__proto__');
    expect(forbiddenSegmentOf('x.prototype')).toBe('prototype');
  });

  it('passes ordinary paths, numbers and the whole-data path', () => {
    for (const path of ['a.b', 'constructors', 'proto', '', null, 3]) {
      expect(forbiddenSegmentOf(path)).toBeUndefined();
    }
  });
});
