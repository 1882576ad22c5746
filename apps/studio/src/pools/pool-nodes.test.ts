import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { isClaimRace, pickFields, poolsByFlow } from './pool-nodes';

describe('poolsByFlow', () => {
  it('groups pools under their flow, keeping the order they came in', () => {
    const pool = (flowId: string, poolNodeId: string) => ({
      flowId,
      flowName: flowId.toUpperCase(),
      poolNodeId,
    });
    expect(poolsByFlow([pool('a', 'p1'), pool('b', 'p2'), pool('a', 'p3')])).toEqual([
      { flowId: 'a', flowName: 'A', pools: [pool('a', 'p1'), pool('a', 'p3')] },
      { flowId: 'b', flowName: 'B', pools: [pool('b', 'p2')] },
    ]);
    expect(poolsByFlow([])).toEqual([]);
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
