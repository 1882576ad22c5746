import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, twoSidedZ } from './normal';

// Values from any standard normal table, e.g. NIST/SEMATECH e-Handbook §1.3.6.7.1.
describe('normal distribution', () => {
  it('gives the tabulated cumulative probabilities', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 10);
    expect(normalCdf(1.96)).toBeCloseTo(0.975002, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
  });

  it('gives the tabulated critical values', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.8)).toBeCloseTo(0.841621, 6);
    expect(twoSidedZ(0.95)).toBeCloseTo(1.959964, 6);
    expect(twoSidedZ(0.99)).toBeCloseTo(2.575829, 6);
  });
});
