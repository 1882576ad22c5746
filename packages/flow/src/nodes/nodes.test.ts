import { describe, expect, it } from 'vitest';
import { assignConfig, buildFlow, clone } from '../../test/fixtures';
import { compileFlow, createDecider } from '../compile';
import { traceFlow } from '../trace';
import { validateFlow } from '../validate';
import { bandsHighestFirst } from './score';

const terminals = [
  { id: 'a', kind: 'assign', config: assignConfig },
  { id: 'b', kind: 'pool', config: { mode: 'blind' } },
  { id: 'c', kind: 'disqualify', config: { reason: 'c' } },
];

function decideBoth(flow: ReturnType<typeof buildFlow>, lead: unknown) {
  const decided = createDecider(compileFlow(flow))(lead);
  const traced = traceFlow(flow, lead);
  expect({ terminal: traced.terminal, score: traced.score, grade: traced.grade }).toEqual(decided);
  return decided;
}

describe('score', () => {
  const flow = buildFlow(
    [
      { id: 'start', kind: 'capture' },
      {
        id: 'fit',
        kind: 'score',
        config: {
          rules: [
            { id: 'big', when: { '>=': [{ var: 'employees' }, 100] }, points: 40 },
            { id: 'free', when: { var: 'isFreeEmail' }, points: -25 },
            { id: 'vp', when: { '==': [{ var: 'seniority' }, 'vp'] }, points: 2.5 },
          ],
          bands: [
            { grade: 'cold', min: 0 },
            { grade: 'hot', min: 40 },
            { grade: 'warm', min: 20 },
          ],
        },
      },
      terminals[0] as never,
    ],
    [
      ['start', 'fit'],
      ['fit', 'a'],
    ],
  );

  it('sums the points of the rules that hold and grades by the highest band reached', () => {
    expect(decideBoth(flow, { employees: 500, seniority: 'vp' })).toMatchObject({
      score: 42.5,
      grade: 'hot',
    });
    expect(decideBoth(flow, { employees: 500, isFreeEmail: true })).toMatchObject({
      score: 15,
      grade: 'cold',
    });
  });

  it('gives no grade when the score is under every band', () => {
    expect(decideBoth(flow, { isFreeEmail: true })).toMatchObject({ score: -25, grade: null });
  });

  it('orders bands from the highest minimum, keeping ties in written order', () => {
    expect(
      bandsHighestFirst([
        { grade: 'a', min: 1 },
        { grade: 'b', min: 5 },
        { grade: 'c', min: 1 },
      ]).map((b) => b.grade),
    ).toEqual(['b', 'a', 'c']);
  });

  it('rejects duplicate rule ids and non-numeric points', () => {
    const bad = clone(flow);
    const config = bad.nodes[1]?.config as { rules: { id: string; points: unknown }[] };
    (config.rules[2] as { points: unknown }).points = '10';
    const pathsOf = (flow: unknown) =>
      validateFlow(flow)
        .filter((i) => i.code === 'invalid_config')
        .map((i) => i.path?.slice(-2));
    expect(pathsOf(bad)).toEqual([[2, 'points']]);
    (config.rules[2] as { points: unknown }).points = 10;
    (config.rules[1] as { id: string }).id = 'big';
    expect(pathsOf(bad)).toEqual([[1, 'id']]);
  });
});

describe('split', () => {
  const flow = buildFlow(
    [
      { id: 'start', kind: 'capture' },
      {
        id: 'ab',
        kind: 'split',
        config: {
          arms: [
            { id: 'x', weight: 30 },
            { id: 'y', weight: 0 },
            { id: 'z', weight: 70 },
          ],
        },
      },
      ...(terminals as never[]),
    ],
    [
      ['start', 'ab'],
      ['ab', 'a', 'x'],
      ['ab', 'b', 'y'],
      ['ab', 'c', 'z'],
    ],
  );

  it('gives each arm its share of buckets, in order, and a zero-weight arm none', () => {
    const arms = Array.from({ length: 100 }, (_, bucket) => decideBoth(flow, { bucket }).terminal);
    expect(arms.filter((t) => t === 'a')).toHaveLength(30);
    expect(arms.filter((t) => t === 'b')).toHaveLength(0);
    expect(arms.filter((t) => t === 'c')).toHaveLength(70);
    expect(arms[29]).toBe('a');
    expect(arms[30]).toBe('c');
  });

  it('rejects a split with one arm or a fractional weight', () => {
    const bad = clone(flow);
    const configIssues = (arms: unknown) => {
      (bad.nodes[1] as { config: unknown }).config = { arms };
      return validateFlow(bad).filter((i) => i.code === 'invalid_config');
    };
    expect(configIssues([{ id: 'x', weight: 100 }])[0]?.message).toContain('two arms');
    expect(
      configIssues([
        { id: 'x', weight: 49.5 },
        { id: 'y', weight: 50.5 },
      ]),
    ).toHaveLength(2);
  });
});

describe('match', () => {
  const flow = buildFlow(
    [
      { id: 'start', kind: 'capture' },
      { id: 'known', kind: 'match', config: { by: 'domain', withinDays: 90 } },
      ...(terminals.slice(0, 2) as never[]),
    ],
    [
      ['start', 'known'],
      ['known', 'a', 'matched'],
      ['known', 'b', 'new'],
    ],
  );

  it('goes to matched when the runtime found a record, else new', () => {
    expect(decideBoth(flow, { match: { known: { found: true, ownerId: 'rep_9' } } }).terminal).toBe(
      'a',
    );
    expect(decideBoth(flow, { match: { known: { found: false } } }).terminal).toBe('b');
    expect(decideBoth(flow, {}).terminal).toBe('b');
    expect(compileFlow(flow).fieldsRead).toEqual(['match.known.found']);
  });
});

describe('branch', () => {
  it('takes the first case that holds, in order, else the else output', () => {
    const flow = buildFlow(
      [
        { id: 'start', kind: 'capture' },
        {
          id: 'region',
          kind: 'branch',
          config: {
            cases: [
              { id: 'na', when: { in: [{ var: 'country' }, ['US', 'CA']] } },
              { id: 'dach', when: { in: [{ var: 'country' }, ['DE', 'AT', 'CH']] } },
            ],
          },
        },
        ...(terminals as never[]),
      ],
      [
        ['start', 'region'],
        ['region', 'a', 'na'],
        ['region', 'b', 'dach'],
        ['region', 'c', 'else'],
      ],
    );
    expect(decideBoth(flow, { country: 'CA' }).terminal).toBe('a');
    expect(decideBoth(flow, { country: 'AT' }).terminal).toBe('b');
    expect(decideBoth(flow, { country: 'FR' }).terminal).toBe('c');
  });
});
