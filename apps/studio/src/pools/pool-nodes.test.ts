import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { isClaimRace, pickFields, poolNodesOf } from './pool-nodes';

describe('poolNodesOf', () => {
  it('finds the pool nodes with their label and mode', () => {
    const document = {
      nodes: [
        { id: 'capture', kind: 'capture' },
        { id: 'p1', kind: 'pool', label: 'Open leads', config: { mode: 'cherry_pick' } },
        { id: 'p2', kind: 'pool', label: '', config: { mode: 'blind' } },
        { kind: 'pool' },
      ],
    };
    expect(poolNodesOf(document)).toEqual([
      { id: 'p1', label: 'Open leads', blind: false },
      { id: 'p2', label: 'p2', blind: true },
    ]);
  });

  it('finds none in a document it cannot read', () => {
    expect(poolNodesOf(null)).toEqual([]);
    expect(poolNodesOf({ nodes: 'x' })).toEqual([]);
  });
});

describe('isClaimRace', () => {
  const apiError = (appCode: string, httpStatus: number) =>
    new TRPCClientError('Someone else claimed this lead first.', {
      result: { error: { message: 'x', code: -32009, data: { appCode, httpStatus } } },
    });

  it('knows a lost race by its code', () => {
    expect(isClaimRace(apiError('already_claimed', 409))).toBe(true);
    expect(isClaimRace(apiError('not_in_pool', 409))).toBe(true);
  });

  it('leaves other failures to the error toast', () => {
    expect(isClaimRace(apiError('not_allowed', 403))).toBe(false);
    expect(isClaimRace(new Error('network down'))).toBe(false);
  });
});

describe('pickFields', () => {
  it('shows the known fields in order and skips empty ones', () => {
    expect(pickFields({ employees: 40, email: 'a@b.example', title: '', extra: 'x' })).toEqual([
      ['email', 'a@b.example'],
      ['employees', '40'],
    ]);
    expect(pickFields(null)).toEqual([]);
  });
});
