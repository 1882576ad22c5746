import { assess, nextAfter } from './assess';
import type { StrategyFn } from './types';

function leadValues(lead: Record<string, unknown>, path: string): string[] {
  let value: unknown = lead;
  for (const part of path.split('.')) {
    value =
      typeof value === 'object' && value !== null && Object.hasOwn(value, part)
        ? (value as Record<string, unknown>)[part]
        : undefined;
  }
  const values = Array.isArray(value) ? value : [value];
  return values
    .filter((v) => typeof v === 'string' || typeof v === 'number')
    .map((v) => String(v).toLowerCase());
}

/** Skills match: members whose skills cover every requirement the lead fills, in turn. */
export const skills: StrategyFn<'skills'> = (input) => {
  const requirements = input.strategy.requirements.map((r) => ({
    skill: r.skill ?? r.field,
    wanted: leadValues(input.lead, r.field),
  }));
  const qualifies = (repId: string) => {
    const rep = Object.hasOwn(input.reps, repId) ? input.reps[repId] : undefined;
    return requirements.every(({ skill, wanted }) => {
      if (wanted.length === 0) return true;
      const have = (rep?.skills[skill] ?? []).map((s) => s.toLowerCase());
      return wanted.some((w) => have.includes(w));
    });
  };
  const candidates = assess(
    input.members.map((m) => m.repId),
    input,
    (id) => (qualifies(id) ? [] : ['missing_skill']),
  );
  const picked = nextAfter(candidates, input.state.last);
  return {
    repId: picked?.repId ?? null,
    candidates,
    state: picked ? { last: picked.repId } : input.state,
    how: 'skills match picked',
  };
};
