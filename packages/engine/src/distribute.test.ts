import { describe, expect, it } from 'vitest';
import type { RepProfile } from './availability/eligibility';
import { type DistributionInput, distribute, strategyNeeds } from './distribute';

const now = new Date('2026-11-20T15:00:00Z');
const rep = (id: string, patch: Partial<RepProfile> = {}): RepProfile => ({
  id,
  name: `Rep ${id}`,
  active: true,
  timeZone: 'UTC',
  workingHours: null,
  outOfOffice: [],
  dailyCap: null,
  openCap: null,
  skills: {},
  ...patch,
});

function input(patch: Partial<DistributionInput> = {}): DistributionInput {
  return {
    nodeId: 'ae',
    config: {
      team: 'sales',
      strategy: { type: 'round_robin' },
      dailyCap: 2,
      fallback: { pool: 'overflow' },
    },
    members: [
      { repId: 'a', weight: 1 },
      { repId: 'b', weight: 1 },
    ],
    reps: { a: rep('a'), b: rep('b'), boss: rep('boss', { active: false }) },
    loads: {},
    lead: {},
    now,
    state: null,
    ...patch,
  };
}

describe('distribute', () => {
  it('assigns by the strategy and explains it', () => {
    const result = distribute(input());
    expect(result).toMatchObject({ outcome: 'assigned', repId: 'a', state: { last: 'a' } });
    expect(result.explanation).toBe('Round robin picked Rep a.');
  });

  it('applies the node’s daily cap and names who was skipped and why', () => {
    const result = distribute(input({ loads: { a: { assignedToday: 2, openLeads: 0 } } }));
    expect(result).toMatchObject({ outcome: 'assigned', repId: 'b' });
    expect(result.explanation).toContain('Rep a (daily cap reached)');
  });

  it('falls back to the pool when nobody is eligible', () => {
    const full = { assignedToday: 2, openLeads: 0 };
    const result = distribute(input({ loads: { a: full, b: full } }));
    expect(result).toMatchObject({ outcome: 'fallback_pool', poolNodeId: 'overflow' });
    expect(result.explanation).toMatch(/fallback pool/);
  });

  it('falls back to the named rep even when they are unavailable: no lead is dropped', () => {
    const config = {
      team: 'sales',
      strategy: { type: 'round_robin' as const },
      fallback: { rep: 'boss' },
    };
    const reps = {
      a: rep('a', { active: false }),
      b: rep('b', { active: false }),
      boss: rep('boss', { active: false }),
    };
    const result = distribute(input({ config, reps }));
    expect(result).toMatchObject({ outcome: 'fallback_rep', repId: 'boss' });
    expect(result.explanation).toMatch(/no lead is dropped/);
  });

  it('says what to query first for load-based and performance strategies', () => {
    expect(strategyNeeds({ type: 'load_balanced' }, now)).toEqual({ metric: 'open_leads' });
    expect(
      strategyNeeds({ type: 'load_balanced', by: 'custom.deal', window: 'week' }, now),
    ).toEqual({
      metric: 'field_sum',
      field: 'custom.deal',
      since: new Date('2026-11-13T15:00:00Z'),
    });
    expect(strategyNeeds({ type: 'top_performer', windowDays: 10 }, now)).toEqual({
      metric: 'performance',
      since: new Date('2026-11-10T15:00:00Z'),
    });
    expect(strategyNeeds({ type: 'round_robin' }, now)).toBeNull();
  });
});
