import { describe, expect, it } from 'vitest';
import { inputFor, picks, without } from '../../test/strategy-fixtures';
import { weighted } from './weighted';

const team = (weights: Record<string, number>) =>
  inputFor(
    { type: 'weighted' as const },
    { members: Object.entries(weights).map(([repId, weight]) => ({ repId, weight })) },
  );
const count = (list: Array<string | null>) => {
  const counts: Record<string, number> = {};
  for (const id of list) if (id) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
};

describe('weighted', () => {
  it('gives weights 3:1 exactly 750:250 of 1,000 leads, smoothly', () => {
    const sequence = picks(weighted, team({ ana: 3, ben: 1 }), 1000);
    const counts = count(sequence);
    expect(Math.abs((counts.ana ?? 0) - 750)).toBeLessThanOrEqual(1);
    expect(Math.abs((counts.ben ?? 0) - 250)).toBeLessThanOrEqual(1);
    expect(sequence.slice(0, 8)).toEqual(['ana', 'ana', 'ben', 'ana', 'ana', 'ana', 'ben', 'ana']);
  });

  it('shows weight, target share, expected, actual and shortfall for every member', () => {
    const pick = weighted(team({ ana: 3, ben: 1 }));
    expect(pick.candidates.map((c) => c.detail)).toEqual([
      { weight: 3, targetShare: 0.75, expected: 0.75, actual: 0, shortfall: 0.75 },
      { weight: 1, targetShare: 0.25, expected: 0.25, actual: 0, shortfall: 0.25 },
    ]);
    expect(pick.state).toEqual({ expected: { ana: 0.75, ben: 0.25 }, actual: { ana: 1, ben: 0 } });
  });

  it('credits a member who is away, so they are not flooded on return', () => {
    const input = team({ ana: 1, ben: 1 });
    const sequence = picks(weighted, input, 20, (i, current) =>
      i < 10
        ? { ...without(input, 'ana'), state: current.state }
        : { ...input, state: current.state },
    );
    expect(sequence.slice(0, 10).every((id) => id === 'ben')).toBe(true);
    expect(count(sequence.slice(10))).toEqual({ ana: 5, ben: 5 });
  });

  it('starts a member who joins mid-period level, without a backlog to catch up', () => {
    const pair = team({ ana: 1, ben: 1 });
    const first = picks(weighted, pair, 100);
    expect(count(first)).toEqual({ ana: 50, ben: 50 });
    let state = weighted({ ...pair, state: {} }).state;
    for (let i = 1; i < 100; i++) state = weighted({ ...pair, state }).state;
    const trio = { ...team({ ana: 1, ben: 1, cy: 1 }), state };
    const next = count(picks(weighted, trio, 30));
    expect(next.cy).toBeGreaterThanOrEqual(9);
    expect(next.cy).toBeLessThanOrEqual(11);
  });

  it('gives a zero-weight member leads only when nobody else can take them', () => {
    expect(count(picks(weighted, team({ ana: 1, ben: 0 }), 10))).toEqual({ ana: 10 });
    expect(weighted(without(team({ ana: 1, ben: 0 }), 'ana')).repId).toBe('ben');
  });

  it('reads missing or invalid weights as 1 and negative ones as 0', () => {
    const odd = inputFor(
      { type: 'weighted' as const },
      {
        members: [
          { repId: 'ana', weight: Number.NaN },
          { repId: 'ben', weight: undefined as unknown as number },
          { repId: 'cy', weight: -5 },
        ],
      },
    );
    expect(count(picks(weighted, odd, 10))).toEqual({ ana: 5, ben: 5 });
  });

  it('keeps its books unchanged when nobody can take the lead', () => {
    const state = { expected: { ana: 1 }, actual: { ana: 1 } };
    const pick = weighted({ ...without(team({ ana: 1 }), 'ana'), state });
    expect(pick).toMatchObject({ repId: null, state });
  });
});
