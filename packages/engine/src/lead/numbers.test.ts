import { describe, expect, it } from 'vitest';
import { parseBoolean, parseNumber } from './numbers';

describe('parseNumber', () => {
  it.each([
    [12, 12],
    [-3.5, -3.5],
    ['12', 12],
    [' 1,000 ', 1000],
    ['1,000,000.50', 1_000_000.5],
    ['1.000.000', 1_000_000],
    ['10 000', 10_000],
    ["1'000", 1000],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['-5', -5],
    ['+5', 5],
    ['1.5k', 1500],
    ['2M', 2_000_000],
    ['2mm', 2_000_000],
    ['3 billion', 3_000_000_000],
    ['$2.5 million', 2_500_000],
    ['€ 40,000', 40_000],
    ['50k USD', 50_000],
    ['250 employees', 250],
    ['~50', 50],
    ['about 200', 200],
    [['201-500'], 201],
  ])('reads %j as %d', (raw, expected) => {
    expect(parseNumber(raw)).toBe(expected);
  });

  it.each([
    ['201-500', 201],
    ['201 – 500', 201],
    ['201—500', 201],
    ['201 to 500', 201],
    ['500-201', 201],
    ['1-5k', 1000],
    ['500-5k', 500],
    ['$1M - $5M', 1_000_000],
  ])('reads the range %j as its lower bound %d', (raw, expected) => {
    expect(parseNumber(raw)).toBe(expected);
  });

  it.each([
    ['1,000+', 1000],
    ['10000 or more', 10_000],
    ['5000 and above', 5000],
    ['>1000', 1000],
    ['more than 1000', 1000],
    ['at least 20', 20],
    ['over 10M', 10_000_000],
  ])('reads the open range %j as the stated figure %d', (raw, expected) => {
    expect(parseNumber(raw)).toBe(expected);
  });

  it.each(['<50', '< 50', 'under 50', 'less than 50', 'fewer than 10', 'up to 50', '≤ 50'])(
    'reads the upper limit %j as 0',
    (raw) => {
      expect(parseNumber(raw)).toBe(0);
    },
  );

  it.each([
    'lots',
    'n/a',
    '',
    '12 apples',
    '1,5',
    'k',
    '-',
    '1-',
    true,
    null,
    undefined,
    { n: 1 },
    ['1', '2'],
    [['5']],
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '9'.repeat(400),
  ])('refuses %j', (raw) => {
    expect(parseNumber(raw)).toBeNull();
  });

  it('survives a deeply nested list without recursing', () => {
    let nested: unknown = '5';
    for (let i = 0; i < 100_000; i++) nested = [nested];
    expect(parseNumber(nested)).toBeNull();
  });
});

describe('parseBoolean', () => {
  it.each([
    [true, true],
    [false, false],
    ['yes', true],
    ['No', false],
    [' TRUE ', true],
    ['y', true],
    ['n', false],
    ['1', true],
    ['0', false],
    ['on', true],
    ['off', false],
    ['checked', true],
    [1, true],
    [0, false],
    [['yes'], true],
  ])('reads %j as %s', (raw, expected) => {
    expect(parseBoolean(raw)).toBe(expected);
  });

  it.each(['maybe', '', 2, -1, null, {}, ['yes', 'no'], [['yes']], 'yes'.repeat(20)])(
    'refuses %j',
    (raw) => {
      expect(parseBoolean(raw)).toBeNull();
    },
  );
});
