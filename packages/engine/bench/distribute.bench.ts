// Round robin through `distribute` over a team of 20, against the cheapest possible rotation:
// what the constraints, candidates, state and explanation cost per lead. Asserts nothing.
import { bench, describe } from 'vitest';
import type { RepProfile } from '../src/availability/eligibility';
import { type DistributionInput, distribute } from '../src/distribute';

const now = new Date('2026-11-23T14:00:00Z');
const ids = Array.from({ length: 20 }, (_, i) => `rep_${i}`);
const reps: Record<string, RepProfile> = Object.fromEntries(
  ids.map((id, i) => [
    id,
    {
      id,
      name: `Rep ${i}`,
      active: i % 7 !== 3,
      timeZone: i % 2 === 0 ? 'Europe/Berlin' : 'America/New_York',
      workingHours: { mon: [{ start: '00:00', end: '24:00' }] },
      outOfOffice:
        i % 5 === 0 ? [{ start: '2026-11-20T00:00:00Z', end: '2026-11-30T00:00:00Z' }] : [],
      dailyCap: 50,
      openCap: null,
      skills: {},
    },
  ]),
);
const input: DistributionInput = {
  nodeId: 'ae',
  config: {
    team: 'ae',
    strategy: { type: 'round_robin' },
    dailyCap: 40,
    fallback: { pool: 'overflow' },
  },
  members: ids.map((repId) => ({ repId, weight: 1 })),
  reps,
  loads: Object.fromEntries(ids.map((id) => [id, { assignedToday: 3, openLeads: 7 }])),
  lead: { email: 'ann@acme.example', country: 'US' },
  now,
  state: null,
};

describe('round robin over 20 reps', () => {
  let state: DistributionInput['state'] = null;
  bench('distribute (constraints, candidates, explanation)', () => {
    state = distribute({ ...input, state }).state;
  });

  // The rotation alone: the next member is the cursor plus one, modulo the team size.
  let cursor = 0;
  bench('reference: array index modulo', () => {
    cursor = (cursor + 1) % ids.length;
  });
});
