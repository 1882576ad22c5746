import type { Flow } from '@switchyard/flow';
import { describe, expect, it } from 'vitest';
import { matchRequests, withMatches } from './match';

const flow = {
  format: 'switchyard.flow/1',
  name: 'm',
  nodes: [
    { id: 'known', kind: 'match', config: { by: 'email', withinDays: 90 } },
    { id: 'company', kind: 'match', config: { by: 'domain' } },
    { id: 'called', kind: 'match', config: { by: 'phone' } },
  ],
  edges: [],
} as unknown as Flow;

describe('match enrichment', () => {
  it('asks only for keys the lead has', () => {
    expect(matchRequests(flow, { email: 'a@acme.example', domain: 'acme.example' })).toEqual([
      { nodeId: 'known', by: 'email', value: 'a@acme.example', withinDays: 90 },
      { nodeId: 'company', by: 'domain', value: 'acme.example', withinDays: null },
    ]);
    expect(matchRequests(flow, { email: 42 })).toEqual([]);
  });

  it('fills every match node, found or not, without touching the input', () => {
    const lead = { email: 'a@acme.example' };
    const enriched = withMatches(lead, flow, { known: { found: true, ownerId: 'rep_1' } });
    expect(enriched.match).toEqual({
      known: { found: true, ownerId: 'rep_1' },
      company: { found: false, ownerId: null },
      called: { found: false, ownerId: null },
    });
    expect(lead).toEqual({ email: 'a@acme.example' });
  });
});
