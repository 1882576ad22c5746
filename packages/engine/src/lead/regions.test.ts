import { describe, expect, it } from 'vitest';
import { toStateCode } from './regions';

describe('toStateCode', () => {
  it.each([
    ['California', 'US', 'CA'],
    ['california', 'US', 'CA'],
    ['ca', 'US', 'CA'],
    ['N.Y.', 'US', 'NY'],
    ['New York', 'US', 'NY'],
    ['District of Columbia', 'US', 'DC'],
    ['Washington', 'US', 'WA'],
    ['Puerto Rico', 'US', 'PR'],
    ['ontario', 'CA', 'ON'],
    ['Québec', 'CA', 'QC'],
    ['Colombie-Britannique', 'CA', 'BC'],
    ['Newfoundland', 'CA', 'NL'],
    ['bc', 'CA', 'BC'],
  ])('reads %j in %s as %s', (text, country, code) => {
    expect(toStateCode(text, country)).toBe(code);
  });

  it('keeps what it does not know, as written', () => {
    expect(toStateCode('Bavaria', 'DE')).toBe('Bavaria');
    expect(toStateCode('California', null)).toBe('California');
    expect(toStateCode('Gotham', 'US')).toBe('Gotham');
    expect(toStateCode('Ontario', 'US')).toBe('Ontario');
    expect(toStateCode('x'.repeat(200), 'US')).toBe('x'.repeat(200));
  });
});
