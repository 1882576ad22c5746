import { describe, expect, it } from 'vitest';
import { inputFor, without } from '../../test/strategy-fixtures';
import { territory } from './territory';

const rules = [
  { id: 'us', country: 'US', repId: 'ana' },
  { id: 'california', country: 'US', state: 'CA', repId: 'ben' },
  { id: 'sf', country: 'US', postalPrefix: '941', repId: 'cy' },
  { id: 'uk', country: 'GB', repId: 'dee' },
];
const input = (lead: Record<string, unknown>) =>
  inputFor({ type: 'territory' as const, rules }, { lead }, ['ana', 'ben', 'cy', 'dee']);

describe('territory', () => {
  it('gives the lead to the most specific matching rule: postal prefix, then state, then country', () => {
    expect(territory(input({ country: 'US', state: 'CA', postalCode: '94105' })).repId).toBe('cy');
    expect(territory(input({ country: 'US', state: 'CA', postalCode: '90210' })).repId).toBe('ben');
    expect(territory(input({ country: 'US', state: 'NY' })).repId).toBe('ana');
    expect(territory(input({ country: 'US', state: 'CA' })).note).toBe(
      'by territory rule "california"',
    );
  });

  it('falls to the next most specific rule when that rep cannot take the lead', () => {
    const lead = { country: 'US', state: 'CA', postalCode: '94105' };
    expect(territory(without(input(lead), 'cy')).repId).toBe('ben');
    expect(territory(without(input(lead), 'cy', 'ben')).repId).toBe('ana');
    expect(territory(without(input(lead), 'cy', 'ben', 'ana')).repId).toBeNull();
  });

  it('lists reps whose rules do not cover the lead as not in territory', () => {
    const pick = territory(input({ country: 'US', state: 'NY' }));
    expect(pick.candidates).toEqual([
      { repId: 'ana', eligible: true, skipped: [], detail: { rule: '"us"' } },
      { repId: 'ben', eligible: false, skipped: ['not_in_territory'] },
      { repId: 'cy', eligible: false, skipped: ['not_in_territory'] },
      { repId: 'dee', eligible: false, skipped: ['not_in_territory'] },
    ]);
  });

  it('compares case-insensitively, reads full state names, and ignores spaces in postal codes', () => {
    const named = [
      { state: 'California', repId: 'ben' },
      { country: 'gb', postalPrefix: 'sw1', repId: 'dee' },
    ];
    const table = (lead: Record<string, unknown>) =>
      inputFor({ type: 'territory' as const, rules: named }, { lead }, ['ben', 'dee']);
    expect(territory(table({ country: 'US', state: 'ca' })).repId).toBe('ben');
    expect(territory(table({ country: 'GB', postalCode: 'SW1A 1AA' })).repId).toBe('dee');
    expect(territory(table({ country: 'GB', postalCode: 'SE1 9SG' })).repId).toBeNull();
  });

  it('ranks a catch-all rule last and breaks ties by rule order', () => {
    const table = [
      { repId: 'ana' },
      { country: 'DE', repId: 'ben' },
      { country: 'DE', repId: 'cy' },
    ];
    const lead = (country: string) =>
      inputFor({ type: 'territory' as const, rules: table }, { lead: { country } });
    expect(territory(lead('DE')).repId).toBe('ben');
    expect(territory(lead('FR')).repId).toBe('ana');
  });

  it('picks nobody, and says so, when no rule covers the lead', () => {
    const pick = territory(input({ country: 'FR' }));
    expect(pick).toMatchObject({ repId: null, why: 'no territory rule covers this lead' });
    expect(territory(input({})).repId).toBeNull();
  });
});
