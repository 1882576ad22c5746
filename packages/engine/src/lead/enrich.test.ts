import { describe, expect, it } from 'vitest';
import { enrichFields, type LeadFieldMap } from './enrich';
import type { NormalizeWarning } from './warnings';

function enrich(entries: Record<string, unknown>) {
  const fields: LeadFieldMap = new Map(Object.entries(entries));
  const warnings: NormalizeWarning[] = [];
  enrichFields(fields, warnings);
  return { fields: Object.fromEntries(fields), codes: warnings.map((w) => w.code) };
}

describe('enrichFields', () => {
  it('derives domain, free mail, ISO country, state, E.164 phone and seniority', () => {
    const { fields, codes } = enrich({
      email: 'Ann@Gmail.com',
      country: 'United States',
      state: 'california',
      phone: '(415) 555-2671',
      industry: 'SaaS',
      title: 'VP Sales',
    });
    expect(fields).toEqual({
      email: 'ann@gmail.com',
      domain: 'gmail.com',
      isFreeEmail: true,
      country: 'US',
      state: 'CA',
      phone: '+14155552671',
      industry: 'saas',
      title: 'VP Sales',
      seniority: 'vp',
    });
    expect(codes).toEqual([]);
  });

  it('keeps unreadable e-mail, country and phone as written, with warnings', () => {
    const { fields, codes } = enrich({
      email: 'ANN AT acme',
      country: 'Atlantis',
      phone: 'call me',
    });
    expect(fields).toMatchObject({
      email: 'ann at acme',
      isFreeEmail: false,
      country: 'Atlantis',
      phone: 'call me',
      seniority: 'unknown',
    });
    expect(fields).not.toHaveProperty('domain');
    expect(codes).toEqual(['invalid_email', 'unknown_country', 'invalid_phone']);
  });

  it('uses a supplied website as the domain when there is no e-mail address', () => {
    expect(enrich({ domain: 'https://www.acme.com/about' }).fields).toMatchObject({
      domain: 'acme.com',
      isFreeEmail: false,
    });
    expect(enrich({ email: 'bad', domain: 'acme.com' }).fields.domain).toBe('acme.com');
    expect(enrich({ email: 'a@b.example', domain: 'acme.com' }).fields.domain).toBe('b.example');
  });

  it('drops a domain that is not one, with a warning', () => {
    const { fields, codes } = enrich({ domain: 'n/a' });
    expect(fields).not.toHaveProperty('domain');
    expect(codes).toEqual(['invalid_domain']);
  });

  it('prefers an explicit seniority, and falls back to the title for unknown ones', () => {
    expect(enrich({ seniority: 'Director', title: 'CEO' }).fields.seniority).toBe('director');
    expect(enrich({ seniority: 'unknown', title: 'CEO' }).fields.seniority).toBe('c_level');
    expect(enrich({ seniority: 'boss', title: 'Engineer' }).fields.seniority).toBe('individual');
  });

  it('leaves state text alone outside the US and Canada', () => {
    expect(enrich({ country: 'Germany', state: 'Bayern' }).fields.state).toBe('Bayern');
    expect(enrich({ country: 'Atlantis', state: 'California' }).fields.state).toBe('California');
  });
});
