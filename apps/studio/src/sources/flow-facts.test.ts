import { describe, expect, it } from 'vitest';
import { flowFacts } from './flow-facts';

describe('flowFacts', () => {
  it("reads a draft's custom fields and node labels", () => {
    const facts = flowFacts({
      fields: [{ key: 'custom.seats', label: 'Seats' }, { key: 'email' }, null],
      nodes: [{ id: 'ent', label: 'Enterprise AEs' }, { id: 'pool' }, { label: 'no id' }],
    });
    expect(facts.customFields).toEqual([{ key: 'custom.seats', label: 'Seats' }]);
    expect([...facts.nodeLabels]).toEqual([
      ['ent', 'Enterprise AEs'],
      ['pool', 'pool'],
    ]);
  });

  it('gives nothing for a missing or broken draft', () => {
    expect(flowFacts(undefined)).toEqual({ customFields: [], nodeLabels: new Map() });
    expect(flowFacts({ fields: 'x', nodes: 3 }).customFields).toEqual([]);
  });
});
