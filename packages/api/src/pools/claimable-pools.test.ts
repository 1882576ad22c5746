import { describe, expect, it } from 'vitest';
import { poolsOfDocument } from './claimable-pools';

const flow = { id: 'flow_1', name: 'Inbound' };

describe('poolsOfDocument', () => {
  it('finds the pool steps with their mode and mapped team', () => {
    const document = {
      nodes: [
        { id: 'start', kind: 'capture', config: {} },
        { id: 'open', kind: 'pool', label: 'Open', config: { mode: 'cherry_pick', team: 'smb' } },
        { id: 'queue', kind: 'pool', label: '', config: { mode: 'blind', team: 'unmapped' } },
      ],
    };
    expect(poolsOfDocument(flow, document, { smb: 'team_smb' })).toEqual([
      {
        flowId: 'flow_1',
        flowName: 'Inbound',
        poolNodeId: 'open',
        label: 'Open',
        mode: 'cherry_pick',
        teamId: 'team_smb',
      },
      {
        flowId: 'flow_1',
        flowName: 'Inbound',
        poolNodeId: 'queue',
        label: 'queue',
        mode: 'blind',
        teamId: null,
      },
    ]);
  });

  it('reads a pool without a mode as blind, and finds nothing in a broken document', () => {
    const [pool] = poolsOfDocument(flow, { nodes: [{ id: 'p', kind: 'pool' }] }, {});
    expect(pool).toMatchObject({ mode: 'blind', teamId: null });
    expect(poolsOfDocument(flow, null, {})).toEqual([]);
    expect(poolsOfDocument(flow, { nodes: 'x' }, {})).toEqual([]);
  });
});
