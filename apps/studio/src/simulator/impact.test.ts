import { describe, expect, it } from 'vitest';
import { changeText, computeImpact, countTakenPaths, countText, pathOfTrace } from './impact';

// Capture → "Big?" (employees ≥ threshold) → pass: assign to AEs, fail: pool.
function sizeFlow(threshold: number) {
  return {
    format: 'switchyard.flow/1',
    name: 'By size',
    teams: [{ key: 'aes', label: 'AEs' }],
    nodes: [
      { id: 'start', kind: 'capture', label: 'Forms', position: { x: 0, y: 0 }, config: {} },
      {
        id: 'big',
        kind: 'qualify',
        label: 'Big?',
        position: { x: 200, y: 0 },
        config: { rule: { '>=': [{ var: 'employees' }, threshold] } },
      },
      {
        id: 'aes',
        kind: 'assign',
        label: 'Enterprise AEs',
        position: { x: 400, y: -80 },
        config: {
          team: 'aes',
          strategy: { type: 'round_robin', onUnavailable: 'skip' },
          fallback: { pool: 'later' },
        },
      },
      {
        id: 'later',
        kind: 'pool',
        label: 'Later',
        position: { x: 400, y: 80 },
        config: { team: 'aes', mode: 'blind' },
      },
    ],
    edges: [
      { id: 'e1', source: 'start', target: 'big' },
      { id: 'e2', source: 'big', sourceHandle: 'pass', target: 'aes' },
      { id: 'e3', source: 'big', sourceHandle: 'fail', target: 'later' },
    ],
  };
}

const leads = [50, 400, 800, 1200, 5000].map((employees) => ({ employees, country: 'US' }));

describe('computeImpact', () => {
  it('counts each edge and terminal under the draft', () => {
    const impact = computeImpact({ draft: sizeFlow(1000), leads, live: null });
    expect(impact?.leads).toBe(5);
    expect(Object.fromEntries(impact?.edges ?? [])).toEqual({
      e1: { count: 5, live: null },
      e2: { count: 2, live: null },
      e3: { count: 3, live: null },
    });
    expect(impact?.terminals.get('aes')).toEqual({ count: 2, live: null });
    expect(impact?.changes).toEqual([]);
  });

  it('compares with the live version by route, not by edge id', () => {
    const live = sizeFlow(1000);
    const draft = sizeFlow(300);
    // The draft's edges were redrawn: new ids, same routes.
    draft.edges = draft.edges.map((edge) => ({ ...edge, id: `new-${edge.id}` }));
    const impact = computeImpact({ draft, leads, live });
    expect(impact?.edges.get('new-e2')).toEqual({ count: 4, live: 2 });
    expect(impact?.edges.get('new-e3')).toEqual({ count: 1, live: 3 });
    expect(impact?.changes).toEqual([
      { nodeId: 'aes', label: 'Enterprise AEs', delta: 2 },
      { nodeId: 'later', label: 'Later', delta: -2 },
    ]);
    expect(impact?.changes.map(changeText)).toEqual(['+2 to Enterprise AEs', '−2 to Later']);
  });

  it('names a terminal the draft removed from the live version', () => {
    const live = sizeFlow(1000);
    const draft = sizeFlow(1000);
    draft.nodes = draft.nodes.filter((node) => node.id !== 'later');
    draft.nodes.push({
      id: 'drop',
      kind: 'disqualify',
      label: 'Too small',
      position: { x: 400, y: 80 },
      config: { reason: 'small' } as never,
    });
    draft.edges = draft.edges.map((edge) =>
      edge.id === 'e3' ? { ...edge, target: 'drop' } : edge,
    );
    // Its fallback pool is gone too, so the assign falls back to a rep instead.
    const aes = draft.nodes.find((node) => node.id === 'aes');
    if (aes) (aes.config as { fallback: unknown }).fallback = { rep: 'rep_1' };
    const impact = computeImpact({ draft, leads, live });
    // Equal changes are ordered by name.
    expect(impact?.changes.map(changeText)).toEqual(['−3 to Later', '+3 to Too small']);
  });

  it('gives nothing for a draft that cannot be traced', () => {
    const broken = { ...sizeFlow(1000), edges: [] };
    expect(computeImpact({ draft: broken, leads, live: null })).toBeNull();
    expect(computeImpact({ draft: { edges: [] }, leads, live: null })).toBeNull();
  });
});

describe('countTakenPaths', () => {
  it('counts the paths leads really took on the draft’s edges, by route', () => {
    const draft = sizeFlow(1000);
    const big = [
      { nodeId: 'start', output: '' },
      { nodeId: 'big', output: 'pass' },
      { nodeId: 'aes', output: null },
    ];
    const small = [
      { nodeId: 'start', output: '' },
      { nodeId: 'big', output: 'fail' },
      { nodeId: 'later' },
    ];
    // A path through a step the draft no longer has counts nowhere on it.
    const gone = [
      { nodeId: 'start', output: '' },
      { nodeId: 'old-step', output: '' },
      { nodeId: 'aes' },
    ];
    const impact = countTakenPaths({ draft, paths: [big, big, small, gone] });
    expect(Object.fromEntries(impact.edges)).toEqual({
      e1: { count: 3, live: null },
      e2: { count: 2, live: null },
      e3: { count: 1, live: null },
    });
    expect(impact.terminals.get('aes')).toEqual({ count: 3, live: null });
    expect(impact.leads).toBe(4);
    expect(impact.changes).toEqual([]);
  });
});

describe('texts', () => {
  it('writes counts with their change against live', () => {
    expect(countText({ count: 1200, live: null })).toBe('1,200');
    expect(countText({ count: 42, live: 42 })).toBe('42');
    expect(countText({ count: 42, live: 37 })).toBe('42 (+5)');
    expect(countText({ count: 0, live: 3 })).toBe('0 (−3)');
  });

  it('turns a trace into the path to light', () => {
    const path = pathOfTrace({
      steps: [
        { nodeId: 'start', output: '' },
        { nodeId: 'big', output: 'pass' },
        { nodeId: 'aes', output: null },
      ],
    });
    expect([...path]).toEqual([
      ['start', ''],
      ['big', 'pass'],
      ['aes', null],
    ]);
  });
});
