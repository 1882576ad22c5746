import { describe, expect, it } from 'vitest';
import { isSeniority, seniorityFromTitle } from './seniority';

const titles: Array<[string, string]> = [
  ['CEO', 'c_level'],
  ['Chief Revenue Officer', 'c_level'],
  ['CTO & Co-Founder', 'c_level'],
  ['Co-founder', 'c_level'],
  ['Founder', 'c_level'],
  ['Owner', 'c_level'],
  ['President', 'c_level'],
  ['Managing Director', 'c_level'],
  ['Geschäftsführer', 'c_level'],
  ['CFO', 'c_level'],
  ['VP Sales', 'vp'],
  ['Vice President, Marketing', 'vp'],
  ['SVP Engineering', 'vp'],
  ['EVP Operations', 'vp'],
  ['Head of Revenue Operations', 'vp'],
  ['Director of Sales', 'director'],
  ['Sales Director', 'director'],
  ['Directrice commerciale', 'director'],
  ['Directeur commercial', 'director'],
  ['Senior Director, IT', 'director'],
  ['Sales Manager', 'manager'],
  ['Procurement Manager', 'manager'],
  ['Team Lead', 'manager'],
  ['Sales Operations Manager', 'manager'],
  ['Software Engineer', 'individual'],
  ['Account Executive', 'individual'],
  ['SDR', 'individual'],
  ['Directory Administrator', 'individual'],
  ['Presidential scholar', 'individual'],
  ['Headhunter', 'individual'],
  ['', 'unknown'],
  ['  ', 'unknown'],
];

describe('seniorityFromTitle', () => {
  it.each(titles)('reads %j as %s', (title, level) => {
    expect(seniorityFromTitle(title)).toBe(level);
  });

  it('answers unknown without a title', () => {
    expect(seniorityFromTitle(null)).toBe('unknown');
    expect(seniorityFromTitle(undefined)).toBe('unknown');
  });

  it('knows the catalogue levels and nothing else', () => {
    expect(isSeniority('vp')).toBe(true);
    expect(isSeniority('boss')).toBe(false);
    expect(isSeniority(3)).toBe(false);
  });
});
