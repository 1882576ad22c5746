import type { FieldDeclaration } from '@switchyard/flow';
import { describe, expect, it } from 'vitest';
import { bucketOf } from './bucket';
import { normalizeLead } from './normalize-lead';

const fields: FieldDeclaration[] = [
  { key: 'custom.seats', type: 'number' },
  { key: 'custom.trial', type: 'boolean' },
  { key: 'custom.plan', type: 'string' },
];

describe('normalizeLead', () => {
  it('nests, types and enriches a mapped lead', () => {
    const { lead, warnings } = normalizeLead(
      {
        email: ' Ann@Acme.EXAMPLE ',
        firstName: ' Ann ',
        'utm.source': 'google',
        'utm.term': 'crm',
        'custom.seats': '12',
        'custom.trial': 'yes',
        'custom.plan': ' Pro ',
        employees: '1,000+',
        annualRevenue: '$2.5M',
        country: 'USA',
        title: 'Head of Sales',
      },
      { leadId: 'lead_1', fields },
    );
    expect(lead).toEqual({
      email: 'ann@acme.example',
      domain: 'acme.example',
      isFreeEmail: false,
      firstName: 'Ann',
      utm: { source: 'google', term: 'crm' },
      custom: { seats: 12, trial: true, plan: 'Pro' },
      employees: 1000,
      annualRevenue: 2_500_000,
      country: 'US',
      title: 'Head of Sales',
      seniority: 'vp',
      bucket: bucketOf('ann@acme.example'),
    });
    expect(warnings).toEqual([]);
  });

  it('buckets by lead id without an e-mail, and always sets isFreeEmail and seniority', () => {
    const { lead } = normalizeLead({ company: 'Acme' }, { leadId: 'lead_9' });
    expect(lead).toEqual({
      company: 'Acme',
      isFreeEmail: false,
      seniority: 'unknown',
      bucket: bucketOf('lead_9'),
    });
  });

  it('leaves out empty values without a warning', () => {
    const { lead, warnings } = normalizeLead(
      { email: '   ', employees: '', phone: null, 'utm.source': undefined, 'custom.plan': [] },
      { leadId: 'l', fields },
    );
    expect(lead).toEqual({ isFreeEmail: false, seniority: 'unknown', bucket: bucketOf('l') });
    expect(warnings).toEqual([]);
  });

  it('leaves out unknown, undeclared and computed fields with a warning each', () => {
    const { lead, warnings } = normalizeLead(
      { website: 'acme.com', 'custom.colour': 'red', 'match.n1.found': true, bucket: 3, score: 99 },
      { leadId: 'l' },
    );
    expect(lead).toEqual({ isFreeEmail: false, seniority: 'unknown', bucket: bucketOf('l') });
    expect(warnings.map((w) => [w.field, w.code])).toEqual([
      ['website', 'unknown_field'],
      ['custom.colour', 'unknown_field'],
      ['match.n1.found', 'unknown_field'],
      ['bucket', 'unknown_field'],
      ['score', 'unknown_field'],
    ]);
  });

  it('warns about values it cannot type, and keeps the rest of the lead', () => {
    const { lead, warnings } = normalizeLead(
      { employees: 'lots', 'custom.trial': 'maybe', company: { name: 'Acme' }, city: 'Berlin' },
      { leadId: 'l', fields },
    );
    expect(lead).toMatchObject({ city: 'Berlin' });
    expect(lead).not.toHaveProperty('employees');
    expect(lead).not.toHaveProperty('company');
    expect(warnings.map((w) => w.code)).toEqual(['not_a_number', 'not_a_boolean', 'not_a_text']);
  });

  it('never throws on hostile input, and reports a flood of unknown keys briefly', () => {
    const flood = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]));
    const hostile: Record<string, unknown> = {
      ...flood,
      email: 'x'.repeat(2_000_000),
      title: ['CEO', ['nested']],
      phone: 4155552671,
      country: 'us',
      'custom.seats': [[[['1']]]],
      ['__proto__']: { polluted: true },
      'custom.__proto__': 'x',
    };
    const { lead, warnings } = normalizeLead(hostile, {
      leadId: 'l',
      fields: [{ key: 'custom.__proto__', type: 'string' }, ...fields],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(lead).toMatchObject({ phone: '+14155552671', seniority: 'unknown' });
    expect((lead.email as string).length).toBe(1000);
    expect(warnings.length).toBeLessThan(40);
    expect(warnings.filter((w) => w.code === 'unknown_field').at(-1)?.message).toMatch(
      /more fields/,
    );
  });

  it('treats a non-object input as an empty lead', () => {
    for (const input of [null, 'text', 42, [1, 2]]) {
      const { lead } = normalizeLead(input as unknown as Record<string, unknown>, { leadId: 'l' });
      expect(lead).toMatchObject({ isFreeEmail: false, bucket: bucketOf('l') });
    }
  });
});
