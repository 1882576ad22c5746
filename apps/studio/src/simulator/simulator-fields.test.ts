import { describe, expect, it } from 'vitest';
import { fieldCatalogue } from '../conditions/field-catalogue';
import { fieldsTheFlowReads, leadFromForm, typedFields } from './simulator-fields';

const catalogue = fieldCatalogue({
  customFields: [{ key: 'custom.seats', label: 'Seats', type: 'number' }],
  matchNodes: [{ id: 'known', label: 'Known?' }],
  grades: ['A', 'B'],
});

describe('simulator fields', () => {
  it('offers what a person types, not what enrichment or the flow derives', () => {
    const keys = typedFields(catalogue).map((field) => field.key);
    expect(keys).toContain('email');
    expect(keys).toContain('employees');
    expect(keys).toContain('custom.seats');
    for (const derived of ['domain', 'isFreeEmail', 'seniority', 'bucket', 'score', 'grade']) {
      expect(keys).not.toContain(derived);
    }
    expect(keys.some((key) => key.startsWith('match.'))).toBe(false);
  });

  it('puts first the fields the flow reads, derived ones traced to what is typed', () => {
    const steps = [
      { kind: 'capture', config: {} },
      {
        kind: 'qualify',
        config: {
          rule: { and: [{ '!': { var: 'isFreeEmail' } }, { '>=': [{ var: 'employees' }, 100] }] },
        },
      },
      {
        kind: 'score',
        config: { rules: [{ when: { '==': [{ var: ['seniority', 'x'] }, 'vp'] }, points: 5 }] },
      },
      { kind: 'branch', config: { cases: [{ when: { '>': [{ var: 'custom.seats' }, 5] } }] } },
      { kind: 'match', config: { by: 'phone' } },
    ];
    const read = fieldsTheFlowReads(steps, typedFields(catalogue)).map((field) => field.key);
    expect(read).toEqual(['email', 'phone', 'title', 'employees', 'custom.seats']);
  });

  it('turns the form into a lead, leaving blanks out', () => {
    expect(
      leadFromForm({ email: ' ana@acme.example ', company: '', employees: '1200', vip: false }),
    ).toEqual({ email: 'ana@acme.example', employees: '1200', vip: false });
  });
});
