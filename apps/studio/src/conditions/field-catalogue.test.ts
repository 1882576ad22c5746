import { describe, expect, it } from 'vitest';
import { fieldCatalogue } from './field-catalogue';

describe('fieldCatalogue', () => {
  it('names countries as people say them, never by an abbreviation or a shared name', () => {
    const country = fieldCatalogue({}).find((field) => field.key === 'country');
    const named = new Map(country?.values?.map((v) => [v.value, v.label]));
    // Issue 20: "United States" in conditions, "United States of America" in Try a lead.
    expect(named.get('US')).toBe('United States');
    expect(named.get('GB')).toBe('United Kingdom');
    expect(named.get('KR')).toBe('South Korea');
    expect(named.get('RU')).toBe('Russia');
    expect(named.get('CD')).not.toBe(named.get('CG'));
    expect(new Set(named.values()).size).toBe(named.size);
  });
});
