import { describe, expect, it } from 'vitest';
import { repIdsOf, repReferences } from './rep-references';

const territory = {
  nodes: [
    { id: 'start', kind: 'capture', config: {} },
    {
      id: 'route',
      kind: 'assign',
      label: 'By country',
      config: {
        strategy: {
          type: 'territory',
          rules: [
            { country: 'DE', repId: 'rep_dach' },
            { country: 'FR', repId: 'rep_fr' },
          ],
        },
        fallback: { rep: 'rep_dach' },
      },
    },
    { id: 'vip', kind: 'assign', config: { strategy: { type: 'named_rep', repId: 'rep_vip' } } },
    { id: 'queue', kind: 'pool', config: { escalateTo: { rep: 'rep_lead' }, mode: 'blind' } },
  ],
};

describe('repReferences', () => {
  it('finds every rep id with its node and JSON path', () => {
    expect(repReferences(territory)).toEqual([
      {
        repId: 'rep_dach',
        nodeId: 'route',
        nodeLabel: 'By country',
        path: ['nodes', 1, 'config', 'strategy', 'rules', 0, 'repId'],
      },
      {
        repId: 'rep_fr',
        nodeId: 'route',
        nodeLabel: 'By country',
        path: ['nodes', 1, 'config', 'strategy', 'rules', 1, 'repId'],
      },
      {
        repId: 'rep_dach',
        nodeId: 'route',
        nodeLabel: 'By country',
        path: ['nodes', 1, 'config', 'fallback', 'rep'],
      },
      {
        repId: 'rep_vip',
        nodeId: 'vip',
        nodeLabel: undefined,
        path: ['nodes', 2, 'config', 'strategy', 'repId'],
      },
      {
        repId: 'rep_lead',
        nodeId: 'queue',
        nodeLabel: undefined,
        path: ['nodes', 3, 'config', 'escalateTo', 'rep'],
      },
    ]);
  });

  it('finds nothing in a document it cannot read, or in empty rep ids', () => {
    expect(repReferences(null)).toEqual([]);
    expect(repReferences({ nodes: 'x' })).toEqual([]);
    expect(repReferences({ nodes: [{ id: 'a', config: { fallback: { rep: '' } } }] })).toEqual([]);
  });
});

describe('repIdsOf', () => {
  it('names each rep once, in order of first mention', () => {
    expect(repIdsOf(territory)).toEqual(['rep_dach', 'rep_fr', 'rep_vip', 'rep_lead']);
  });
});
