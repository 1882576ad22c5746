import { describe, expect, it } from 'vitest';
import { ruleInWords } from './rule-in-words';

const labels: Record<string, string> = { employees: 'Employees', country: 'Country' };
const label = (key: string) => labels[key] ?? key;

describe('ruleInWords', () => {
  it('reads the issue example as a manager would', () => {
    const rule = {
      and: [{ '>=': [{ var: 'employees' }, 1000] }, { '==': [{ var: 'country' }, 'US'] }],
    };
    expect(ruleInWords(rule, label)).toBe('Employees ≥ 1,000 and Country is US');
  });

  it('brackets nested groups and reads lists, contains, between and set', () => {
    const rule = {
      or: [
        { in: [{ var: 'country' }, ['US', 'CA']] },
        { and: [{ in: ['acme', { var: 'company' }] }, { '<=': [10, { var: 'employees' }, 50] }] },
        { '!!': { var: 'phone' } },
        { '!': { var: 'isFreeEmail' } },
      ],
    };
    expect(ruleInWords(rule, label)).toBe(
      'Country is one of US, CA or (company contains "acme" and Employees between 10 and 50) or phone is set or isFreeEmail is not set',
    );
  });

  it('reads "not one of" and "does not contain" as one phrase (issue 20)', () => {
    expect(ruleInWords({ '!': { in: [{ var: 'country' }, ['US', 'CA']] } }, label)).toBe(
      'Country is not one of US, CA',
    );
    expect(ruleInWords({ '!': [{ in: ['acme', { var: 'company' }] }] }, label)).toBe(
      'company does not contain "acme"',
    );
    expect(ruleInWords({ '!': { '>': [{ var: 'employees' }, 5] } }, label)).toBe(
      'not Employees > 5',
    );
  });

  it('says a condition whose value was left empty has no value yet', () => {
    expect(ruleInWords({ '==': [{ var: 'employees' }, ''] }, label)).toBe(
      'Employees is (no value yet)',
    );
  });

  it('falls back to JSON for what it cannot word', () => {
    expect(ruleInWords({ '+': [1, 2] }, label)).toBe('{"+":[1,2]}');
    expect(ruleInWords({ a: 1, b: 2 }, label)).toBe('{"a":1,"b":2}');
    expect(ruleInWords(true, label)).toBe('always');
  });
});
