import type { RepProfile } from '../availability/eligibility';
import { readLeadField } from '../lead/lead-fields';
import { assessRep, memberIds, nextEligibleAfter, readCursor, repOf } from './assess';
import type { StrategyFn } from './types';

type Need = { skill: string; value: string };

// A lead value as a skill compares it: trimmed, lower case; lists and objects are no value.
function skillValue(value: unknown): string | null {
  if (typeof value === 'string') return value.trim().toLowerCase() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

function missingNeed(rep: RepProfile, needs: readonly Need[]): Need | undefined {
  const skills = typeof rep.skills === 'object' && rep.skills !== null ? rep.skills : {};
  return needs.find((need) => {
    const values = Object.hasOwn(skills, need.skill) ? skills[need.skill] : undefined;
    return !Array.isArray(values) || !values.some((v) => skillValue(v) === need.value);
  });
}

/**
 * Skills match: a member qualifies when, for every requirement, the lead's value at `field`
 * is among their skills named `skill` (default: the field's name), case-insensitive. A
 * requirement the lead leaves empty is ignored. Qualified members take turns (round robin
 * after `state.cursor`).
 */
export const skills: StrategyFn<'skills'> = (input) => {
  const requirements = Array.isArray(input.strategy.requirements)
    ? input.strategy.requirements
    : [];
  const needs: Need[] = [];
  for (const { field, skill } of requirements) {
    const value = typeof field === 'string' ? skillValue(readLeadField(input.lead, field)) : null;
    if (value !== null) needs.push({ skill: typeof skill === 'string' ? skill : field, value });
  }
  const candidates = memberIds(input).map((id) => {
    const rep = repOf(input, id);
    const missing = rep ? missingNeed(rep, needs) : undefined;
    const candidate = assessRep(input, id, missing ? ['missing_skill'] : []);
    if (missing) candidate.detail = { missing: `${missing.skill}: ${missing.value}` };
    return candidate;
  });
  const cursor = readCursor(input.state);
  const picked = candidates[nextEligibleAfter(candidates, cursor)];
  if (!picked) {
    const nobody = candidates.every((c) => c.skipped.includes('missing_skill'));
    const wanted = needs.map((n) => `${n.skill}: ${n.value}`).join(', ');
    const why =
      nobody && candidates.length > 0
        ? `nobody on the team has the skills this lead needs (${wanted})`
        : undefined;
    return { repId: null, candidates, state: { cursor }, ...(why ? { why } : {}) };
  }
  return { repId: picked.repId, candidates, state: { cursor: picked.repId } };
};
