import { describe, expect, it } from 'vitest';
import {
  contains,
  eagerOperations,
  less,
  minus,
  missingKeys,
  missingSome,
  product,
  substring,
  sum,
  toFloat,
} from './operations';

const noRules = () => {
  throw new Error('no key here should be read as a rule');
};

describe('arithmetic, as json-logic-js coerces it', () => {
  it('+ parses every argument with parseFloat, from 0', () => {
    expect(sum([])).toBe(0);
    expect(sum(['1e3', ' 5', '10px'])).toBe(1015);
    expect(sum([[2, 3]])).toBe(2);
    expect(sum([null])).toBeNaN();
    expect(sum([true])).toBeNaN();
  });

  it('* without arguments throws, with one returns it untouched', () => {
    expect(() => product([])).toThrow(TypeError);
    expect(product(['5'])).toBe('5');
    expect(product(['2', '3px'])).toBe(6);
    expect(Object.is(product([0, -1, 1]), 0)).toBe(true);
  });

  it('- negates one argument and subtracts two, without parseFloat', () => {
    expect(minus('5', undefined)).toBe(-5);
    expect(minus('5', '2')).toBe(3);
    expect(minus(undefined, undefined)).toBeNaN();
  });

  it('toFloat turns -0 into 0, as parseFloat(String(-0)) does', () => {
    expect(Object.is(toFloat(-0), 0)).toBe(true);
    expect(toFloat('-0')).toBe(-0);
    expect(toFloat(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });

  it('/, %, min and max use JavaScript coercion; min and max of nothing are infinite', () => {
    expect(eagerOperations['/'](['6', '3'], undefined, noRules)).toBe(2);
    expect(eagerOperations['%'](['7', 2], undefined, noRules)).toBe(1);
    expect(eagerOperations.min([], undefined, noRules)).toBe(Number.POSITIVE_INFINITY);
    expect(eagerOperations.max(['3', null], undefined, noRules)).toBe(3);
  });
});

describe('comparison and strings', () => {
  it('< compares two values, or three as a between', () => {
    expect(less(1, 2, undefined)).toBe(true);
    expect(less(1, 2, 3)).toBe(true);
    expect(less(1, 4, 3)).toBe(false);
    expect(less('10', '9', undefined)).toBe(true);
  });

  it('in searches strings by substring and arrays strictly', () => {
    expect(contains('Spring', 'Springfield')).toBe(true);
    expect(contains(1, ['1'])).toBe(false);
    expect(contains(null, 'nullable')).toBe(true);
    expect(contains('a', null)).toBe(false);
    expect(contains('a', 5)).toBe(false);
    expect(contains('a', {})).toBe(false);
  });

  it('in throws on an object with its own indexOf, as json-logic-js does', () => {
    expect(() => contains('a', { indexOf: 1 })).toThrow(TypeError);
  });

  it('substr takes negative starts and PHP-style negative lengths', () => {
    expect(substring('jsonlogic', -5, undefined)).toBe('logic');
    expect(substring('jsonlogic', 1, -2)).toBe('sonlog');
    expect(substring(12345, 1, 2)).toBe('23');
    expect(substring('abc', 0, '-1')).toBe('');
  });

  it('cat joins with String(), so null is empty and arrays get commas', () => {
    expect(eagerOperations.cat(['a', null, [1, 2], undefined, 3], undefined, noRules)).toBe(
      'a1,23',
    );
  });

  it('merge flattens one level', () => {
    expect(eagerOperations.merge([1, [2, [3]], null], undefined, noRules)).toEqual([
      1,
      2,
      [3],
      null,
    ]);
  });
});

describe('missing and missing_some', () => {
  const data = { a: 1, empty: '', nothing: null, zero: 0 };

  it('treat null and "" as missing, and take keys from a leading array', () => {
    expect(missingKeys(['a', 'empty', 'nothing', 'zero', 'gone'], data, noRules)).toEqual([
      'empty',
      'nothing',
      'gone',
    ]);
    expect(missingKeys([['a', 'gone'], 'ignored'], data, noRules)).toEqual(['gone']);
  });

  it('missing_some is [] when enough are present, else every missing key', () => {
    expect(missingSome(1, ['a', 'gone'], data, noRules)).toEqual([]);
    expect(missingSome(2, ['a', 'gone'], data, noRules)).toEqual(['gone']);
  });

  it('missing_some throws without a list, as json-logic-js reads its length', () => {
    expect(() => missingSome(1, null, data, noRules)).toThrow(TypeError);
    expect(() => missingSome(1, undefined, data, noRules)).toThrow(TypeError);
  });

  it('reads an object key as a rule through the evaluator it is given', () => {
    const seen: unknown[] = [];
    const evaluate = (rule: unknown) => {
      seen.push(rule);
      return null;
    };
    expect(missingKeys([{ x: 1 }], data, evaluate)).toEqual([{ x: 1 }]);
    expect(seen).toEqual([{ var: { x: 1 } }]);
  });
});
