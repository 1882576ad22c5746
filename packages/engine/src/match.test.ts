import { type Flow, matchFieldPath } from '@switchyard/flow';
import { describe, expect, it } from 'vitest';
import { readLeadField } from './lead/lead-fields';
import { matchRequests, withMatches } from './match';

const node = (id: string, config: Record<string, unknown>, kind = 'match') => ({
  id,
  kind,
  label: id,
  position: { x: 0, y: 0 },
  config,
});
const flow = {
  format: 'switchyard.flow/1',
  name: 'Matches',
  nodes: [
    node('start', {}, 'capture'),
    node('byEmail', { by: 'email', withinDays: 90 }),
    node('byDomain', { by: 'domain' }),
    node('byPhone', { by: 'phone', withinDays: 7 }),
  ],
  edges: [],
} as unknown as Flow;

describe('matchRequests', () => {
  it('asks for one lookup per match node whose key the lead has', () => {
    const lead = { email: 'ann@acme.example', domain: 'acme.example' };
    expect(matchRequests(flow, lead)).toEqual([
      { nodeId: 'byEmail', by: 'email', value: 'ann@acme.example', withinDays: 90 },
      { nodeId: 'byDomain', by: 'domain', value: 'acme.example', withinDays: null },
    ]);
  });

  it('asks for nothing when the lead lacks every key, or the flow has no match node', () => {
    expect(matchRequests(flow, { phone: '', email: 42 })).toEqual([]);
    const plain = { ...flow, nodes: [node('start', {}, 'capture')] } as unknown as Flow;
    expect(matchRequests(plain, { email: 'a@b.example' })).toEqual([]);
    expect(matchRequests({} as Flow, { email: 'a@b.example' })).toEqual([]);
  });
});

describe('withMatches', () => {
  it('sets found and ownerId for every match node, not found where there is no result', () => {
    const lead = { email: 'ann@acme.example' };
    const matched = withMatches(lead, flow, {
      byEmail: { found: true, ownerId: 'rep_ana' },
      byDomain: { found: true, ownerId: null },
    });
    expect(matched).toEqual({
      email: 'ann@acme.example',
      match: {
        byEmail: { found: true, ownerId: 'rep_ana' },
        byDomain: { found: true, ownerId: null },
        byPhone: { found: false, ownerId: null },
      },
    });
    expect(lead).toEqual({ email: 'ann@acme.example' });
    expect(readLeadField(matched, matchFieldPath('byEmail', 'ownerId'))).toBe('rep_ana');
  });

  it('ignores results for unknown nodes, owners of unfound records and malformed results', () => {
    const matched = withMatches({}, flow, {
      elsewhere: { found: true, ownerId: 'x' },
      byEmail: { found: false, ownerId: 'rep_ana' },
      byDomain: { found: 'yes', ownerId: 7 } as never,
    });
    expect(matched.match).toEqual({
      byEmail: { found: false, ownerId: null },
      byDomain: { found: false, ownerId: null },
      byPhone: { found: false, ownerId: null },
    });
    expect(withMatches({}, flow, null as never).match).toHaveProperty('byEmail');
  });

  it('keeps a node id such as __proto__ as an own field', () => {
    const odd = { ...flow, nodes: [node('__proto__', { by: 'email' })] } as unknown as Flow;
    const matched = withMatches({}, odd, { __proto__: { found: true, ownerId: 'r' } } as never);
    expect(Object.keys(matched.match as object)).toEqual(['__proto__']);
  });
});
