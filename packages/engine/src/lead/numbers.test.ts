import { describe, expect, it } from 'vitest';
import { parseBoolean, parseNumber } from './numbers';

describe('parseNumber', () => {
  it.each([
    [1200, 1200],
    ['1,200', 1200],
    ['1.5k', 1500],
    ['2M', 2_000_000],
    ['$3.5m', 3_500_000],
    ['201-500', 201],
    ['201 – 500', 201],
    ['1,000+', 1000],
    ['10000 or more', 10000],
    ['<50', 0],
    ['under 50', 0],
    ['-5', -5],
    ['0', 0],
  ] as const)('reads %j as %d', (input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });

  it.each([['lots'], [''], [Number.NaN], [Number.POSITIVE_INFINITY], [null], [{}], [['5']]])(
    'gives null for %j',
    (input) => {
      expect(parseNumber(input)).toBeNull();
    },
  );
});

describe('parseBoolean', () => {
  it('reads yes/no words and 1/0', () => {
    expect(['Yes', 'true', 'ON', '1', 1, true].map(parseBoolean)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['no', 'FALSE', 'off', '0', 0, false].map(parseBoolean)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('gives null for anything else', () => {
    expect(['maybe', '', 2, null, {}].map(parseBoolean)).toEqual([null, null, null, null, null]);
  });
});
