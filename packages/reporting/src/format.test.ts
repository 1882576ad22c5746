import { describe, expect, it } from 'vitest';
import { formatCount, formatPoints, formatPValue, roundAbout } from './format';

describe('verdict number formats', () => {
  it('groups thousands and rounds points to one decimal', () => {
    expect(formatCount(1240)).toBe('1,240');
    expect(formatCount(1240000)).toBe('1,240,000');
    expect(formatPoints(3.84)).toBe('3.8');
    expect(formatPoints(2)).toBe('2');
  });

  it('rounds "about" counts to two significant figures', () => {
    expect(roundAbout(913)).toBe(910);
    expect(roundAbout(1460)).toBe(1500);
    expect(roundAbout(87.2)).toBe(88);
  });

  it('prints p with two decimals unless that would cross alpha', () => {
    expect(formatPValue(0.0123, 0.05)).toBe('p = 0.01');
    expect(formatPValue(0.42, 0.05)).toBe('p = 0.42');
    expect(formatPValue(0.0496, 0.05)).toBe('p = 0.0496');
    expect(formatPValue(0.0504, 0.05)).toBe('p = 0.05');
    expect(formatPValue(0.0042, 0.05)).toBe('p = 0.004');
    expect(formatPValue(0.0004, 0.05)).toBe('p < 0.001');
  });
});
