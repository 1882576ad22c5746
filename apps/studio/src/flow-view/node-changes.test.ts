import { describe, expect, it } from 'vitest';
import type { DocNode } from '../editor/flow-graph';
import { type ChangeNames, nodeChanges } from './node-changes';

const names: ChangeNames = {
  field: (key) => ({ employees: 'Employees' })[key] ?? key,
  team: (key) => ({ ent: 'Enterprise AEs', smb: 'SMB reps' })[key] ?? key,
  node: (id) => ({ overflow: "Pool 'Overflow'" })[id] ?? id,
  rep: (id) => id,
};

const step = (kind: string, config: Record<string, unknown>, label = 'Step'): DocNode => ({
  id: 'n1',
  kind,
  label,
  position: { x: 0, y: 0 },
  config,
});

const changes = (was: DocNode, now: DocNode) => nodeChanges(was, now, names);

describe('nodeChanges', () => {
  it('finds nothing when only the position moved', () => {
    const was = step('qualify', { rule: { '==': [1, 1] } });
    expect(changes(was, { ...was, position: { x: 500, y: 90 } })).toEqual([]);
  });

  it('ignores key order in a config', () => {
    const was = step('assign', {
      team: 'ent',
      strategy: { type: 'round_robin', onUnavailable: 'skip' },
    });
    const now = step('assign', {
      strategy: { onUnavailable: 'skip', type: 'round_robin' },
      team: 'ent',
    });
    expect(changes(was, now)).toEqual([]);
  });

  it('says a qualify rule changed, and a rename', () => {
    const was = step('qualify', { rule: { '>=': [{ var: 'employees' }, 50] } }, 'Old');
    const now = step('qualify', { rule: { '>=': [{ var: 'employees' }, 500] } }, 'New');
    expect(changes(was, now)).toEqual([
      "renamed from 'Old'",
      'condition “Employees ≥ 50” → “Employees ≥ 500”',
    ]);
  });

  it('words an assign step: strategy, team, caps and fallback', () => {
    const was = step('assign', {
      team: 'ent',
      strategy: { type: 'round_robin' },
      fallback: { pool: 'overflow' },
    });
    const now = step('assign', {
      team: 'smb',
      strategy: { type: 'weighted' },
      dailyCap: 15,
      fallback: { rep: 'rep_1' },
    });
    expect(changes(was, now)).toEqual([
      'team Enterprise AEs → SMB reps',
      'strategy round robin → weighted round robin',
      'daily cap none → 15',
      "fallback Pool 'Overflow' → rep_1",
    ]);
  });

  it('says the settings of the same strategy changed', () => {
    const was = step('assign', { strategy: { type: 'round_robin', onUnavailable: 'skip' } });
    const now = step('assign', { strategy: { type: 'round_robin', onUnavailable: 'hold_place' } });
    expect(changes(was, now)).toEqual(['round robin settings changed']);
  });

  it('words score rules by id: added, removed, points, condition and grades', () => {
    const was = step('score', {
      rules: [
        { id: 'vp', label: 'VP', when: { '==': [1, 1] }, points: 30 },
        { id: 'big', label: 'Big company', when: { '==': [1, 1] }, points: 10 },
      ],
      bands: [{ grade: 'hot', min: 60 }],
    });
    const now = step('score', {
      rules: [
        { id: 'vp', label: 'VP', when: { '==': [2, 2] }, points: 40 },
        { id: 'demo', label: 'Asked for a demo', when: true, points: 20 },
      ],
      bands: [{ grade: 'hot', min: 70 }],
    });
    expect(changes(was, now)).toEqual([
      'rule \'VP\' condition “{"==":[1,1]}” → “{"==":[2,2]}”',
      "rule 'VP' points 30 → 40",
      "rule 'Asked for a demo' added",
      "rule 'Big company' removed",
      'grades hot ≥ 60 → hot ≥ 70',
    ]);
  });

  it('words branch cases renamed and reordered, and split weights', () => {
    const a = { id: 'a', label: 'A', when: true };
    const b = { id: 'b', label: 'B', when: true };
    expect(
      changes(
        step('branch', { cases: [a, b] }),
        step('branch', { cases: [b, { ...a, label: 'A+' }] }),
      ),
    ).toEqual(["case 'A' renamed 'A+'", 'cases reordered']);
    const arms = (w: number) => [
      { id: 'x', label: 'Control', weight: w },
      { id: 'y', label: 'Test', weight: 100 - w },
    ];
    expect(changes(step('split', { arms: arms(50) }), step('split', { arms: arms(70) }))).toEqual([
      "arm 'Control' weight 50% → 70%",
      "arm 'Test' weight 50% → 30%",
    ]);
  });

  it('words pool, match, disqualify and capture settings', () => {
    expect(
      changes(
        step('pool', { mode: 'cherry_pick' }),
        step('pool', { mode: 'blind', claimSlaMinutes: 30 }),
      ),
    ).toEqual(['mode cherry-pick → blind pull', 'claim time (minutes) none → 30']);
    expect(
      changes(
        step('match', { by: 'email', withinDays: 90 }),
        step('match', { by: 'domain', withinDays: 90 }),
      ),
    ).toEqual(['matches by email → domain']);
    expect(
      changes(step('disqualify', { reason: 'spam' }), step('disqualify', { reason: 'junk' })),
    ).toEqual(["reason 'spam' → 'junk'"]);
    expect(changes(step('capture', {}), step('capture', { sources: ['src_1'] }))).toEqual([
      'sources changed',
    ]);
  });

  it('says a step became another kind without listing its config', () => {
    const was = step('qualify', { rule: true });
    const now = step('branch', { cases: [] });
    expect(changes(was, now)).toEqual(['now a Branch step (was Qualify)']);
  });

  it('names a setting no describer knows', () => {
    const was = step('pool', { mode: 'blind', escalateTo: { rep: 'a' } });
    const now = step('pool', { mode: 'blind', escalateTo: { rep: 'b' } });
    expect(changes(was, now)).toEqual(["setting 'escalateTo' changed"]);
  });
});
