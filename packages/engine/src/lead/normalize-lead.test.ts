import { describe, expect, it } from 'vitest';
import { normalizeLead } from './normalize-lead';

const leadId = 'lead_1';

describe('normalizeLead', () => {
  it('cleans, types and enriches a mapped lead', () => {
    const { lead, warnings } = normalizeLead(
      {
        email: ' Ana.Lopez@Acme.EXAMPLE ',
        firstName: ' Ana ',
        title: 'VP Sales',
        country: 'Germany',
        phone: '030 1234567',
        employees: '1,000+',
        industry: 'Software',
        'utm.source': 'google',
        'custom.seats': '12',
      },
      { leadId, fields: [{ key: 'custom.seats', label: 'Seats', type: 'number' }] },
    );
    expect(lead).toMatchObject({
      email: 'ana.lopez@acme.example',
      domain: 'acme.example',
      isFreeEmail: false,
      firstName: 'Ana',
      seniority: 'vp',
      country: 'DE',
      phone: '+49301234567',
      employees: 1000,
      industry: 'software',
      utm: { source: 'google' },
      custom: { seats: 12 },
    });
    expect(lead.bucket).toBeGreaterThanOrEqual(0);
    expect(lead.bucket).toBeLessThan(100);
    expect(warnings).toEqual([]);
  });

  it('flags free mailboxes', () => {
    expect(normalizeLead({ email: 'someone@gmail.com' }, { leadId }).lead.isFreeEmail).toBe(true);
    expect(normalizeLead({}, { leadId }).lead.isFreeEmail).toBe(false);
  });

  it.each([
    ['USA', 'US'],
    ['United States of America', 'US'],
    ['U.S.', 'US'],
    ['UK', 'GB'],
    ['England', 'GB'],
    ['Deutschland', 'DE'],
    ['deu', 'DE'],
    ['fr', 'FR'],
    ['Allemagne', 'DE'],
    ['Czech Republic', 'CZ'],
  ])('reads the country %j as %s', (country, code) => {
    expect(normalizeLead({ country }, { leadId }).lead.country).toBe(code);
  });

  it('converts US and Canadian region names to postal codes', () => {
    expect(normalizeLead({ country: 'US', state: 'california' }, { leadId }).lead.state).toBe('CA');
    expect(normalizeLead({ country: 'Canada', state: 'Ontario' }, { leadId }).lead.state).toBe(
      'ON',
    );
    expect(normalizeLead({ country: 'DE', state: 'Bayern' }, { leadId }).lead.state).toBe('Bayern');
  });

  it('takes the domain from a website when there is no e-mail', () => {
    expect(
      normalizeLead({ website: 'https://www.acme.example/about' }, { leadId }).lead.domain,
    ).toBe('acme.example');
  });

  it('keeps what it cannot read, warns, and never throws on hostile input', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "constructor": "x"}');
    const { lead, warnings } = normalizeLead(
      {
        ...hostile,
        email: 'not an address',
        country: 'Atlantis',
        phone: 'call me',
        employees: 'many',
        secret: 'x',
        'match.n1.found': true,
        title: { nested: ['object'] },
        company: ['A', 'B'],
        message: 'x'.repeat(10_000),
      },
      { leadId },
    );
    expect(lead).toMatchObject({
      email: 'not an address',
      country: 'Atlantis',
      phone: 'call me',
      company: 'A, B',
    });
    expect(lead.domain).toBeUndefined();
    expect(lead.employees).toBeUndefined();
    expect(lead.match).toBeUndefined();
    expect(String(lead.message)).toHaveLength(2000);
    expect(Object.getPrototypeOf(lead)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(warnings.map((w) => w.code).sort()).toEqual(
      [
        'invalid_email',
        'invalid_phone',
        'not_a_number',
        'unknown_country',
        'unknown_field',
        'unknown_field',
        'unknown_field',
        'unknown_field',
      ].sort(),
    );
  });

  it('ignores values sent for derived fields', () => {
    const { lead } = normalizeLead(
      { email: 'a@acme.example', bucket: 7000, isFreeEmail: true, domain: 'x.example' },
      { leadId },
    );
    expect(lead.domain).toBe('acme.example');
    expect(lead.isFreeEmail).toBe(false);
    expect(lead.bucket).not.toBe(7000);
  });

  it('buckets by the lead id when there is no e-mail', () => {
    const a = normalizeLead({}, { leadId: 'lead_a' }).lead.bucket;
    expect(normalizeLead({}, { leadId: 'lead_a' }).lead.bucket).toBe(a);
  });
});
