import { describe, expect, it } from 'vitest';
import { entryName, findMismatches, toLeadEntries } from './samples';

describe('toLeadEntries', () => {
  it('takes bare leads and samples, naming each', () => {
    const result = toLeadEntries(
      [
        { email: 'ada@acme.com', employees: 10 },
        { name: 'big co', lead: { employees: 500 }, expect: { terminal: 'sales', grade: null } },
        { employees: 3 },
      ],
      'leads.json',
    );
    expect(result).toEqual({
      ok: true,
      value: [
        { name: 'ada@acme.com', lead: { email: 'ada@acme.com', employees: 10 } },
        { name: 'big co', lead: { employees: 500 }, expect: { terminal: 'sales', grade: null } },
        { name: 'lead 3', lead: { employees: 3 } },
      ],
    });
  });

  it('rejects what is not an array of leads', () => {
    const result = toLeadEntries({ leads: [] }, 'leads.json');
    expect(result.ok || result.error.code).toBe('invalid_leads');
  });

  it('names the item with a bad expectation', () => {
    const result = toLeadEntries([{ lead: {} }, { lead: {}, expect: { termnal: 'x' } }], 's.json');
    expect(result.ok || result.error.message).toBe(
      '"s.json" item 2: "expect" has unknown keys: termnal.',
    );
  });

  it('rejects a sample whose lead is not an object', () => {
    const result = toLeadEntries([{ name: 'x', lead: 'ada@acme.com' }], 's.json');
    expect(result.ok || result.error.message).toContain('"lead" must be an object');
  });
});

describe('entryName', () => {
  it('prefers the sample name, then the lead name, then the e-mail', () => {
    expect(entryName(0, { name: 'Ada', email: 'a@b.c' }, 'sample')).toBe('sample');
    expect(entryName(0, { name: 'Ada', email: 'a@b.c' })).toBe('Ada');
    expect(entryName(0, { email: 'a@b.c' })).toBe('a@b.c');
    expect(entryName(4, {})).toBe('lead 5');
  });
});

describe('findMismatches', () => {
  const decision = { terminal: 'sales', score: 40, grade: 'warm' };

  it('checks score and grade only when expected', () => {
    expect(findMismatches(decision, { terminal: 'sales' })).toEqual([]);
    expect(findMismatches(decision, { terminal: 'sales', score: 40, grade: 'warm' })).toEqual([]);
  });

  it('words every difference', () => {
    expect(findMismatches(decision, { terminal: 'drop', score: 60, grade: null })).toEqual([
      'terminal sales, expected drop',
      'score 40, expected 60',
      'grade warm, expected none',
    ]);
  });
});
