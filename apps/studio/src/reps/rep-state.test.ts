import type { RepProfile } from '@switchyard/engine';
import { describe, expect, it } from 'vitest';
import { repState } from './rep-state';

const ninetoFive = [{ start: '09:00', end: '17:00' }];
const lena: RepProfile = {
  id: 'rep_1',
  name: 'Lena',
  active: true,
  timeZone: 'Europe/Berlin',
  workingHours: { mon: ninetoFive, tue: ninetoFive, wed: ninetoFive },
  outOfOffice: [],
  dailyCap: 20,
  openCap: null,
  skills: {},
};
const idle = { assignedToday: 0, openLeads: 0 };
// Tuesday 1 December 2026, 10:00 in Berlin.
const tuesdayMorning = new Date('2026-12-01T09:00:00Z');

describe('repState', () => {
  it('is eligible inside working hours, present and under cap', () => {
    expect(repState(lena, idle, tuesdayMorning)).toEqual({
      eligible: true,
      reason: null,
      label: 'Eligible now',
      color: 'teal',
      details: [],
    });
  });

  it('says until which day a rep is away, naming the day an absence ends at midnight', () => {
    const away = { ...lena, outOfOffice: [{ start: '2026-11-30', end: '2026-12-04' }] };
    const state = repState(away, idle, tuesdayMorning);
    expect(state).toMatchObject({ eligible: false, reason: 'out_of_office', color: 'orange' });
    expect(state.label).toBe('Away (out of office until 3 Dec)');
    const halfDay = {
      ...lena,
      outOfOffice: [{ start: '2026-12-01T08:00:00Z', end: '2026-12-01T13:00:00Z' }],
    };
    expect(repState(halfDay, idle, tuesdayMorning).label).toBe(
      'Away (out of office until 1 Dec, 14:00)',
    );
  });

  it("shows today's hours in the rep's zone when outside them, and a day off by name", () => {
    const evening = new Date('2026-12-01T17:30:00Z');
    expect(repState(lena, idle, evening).label).toBe(
      'Outside working hours (09:00–17:00 Europe/Berlin)',
    );
    const thursday = new Date('2026-12-03T09:00:00Z');
    expect(repState(lena, idle, thursday).label).toBe(
      'Outside working hours (off on Thursdays, Europe/Berlin)',
    );
  });

  it('reports a reached daily or open-lead cap with the count', () => {
    expect(repState(lena, { assignedToday: 20, openLeads: 0 }, tuesdayMorning)).toMatchObject({
      reason: 'daily_cap',
      label: 'Daily cap reached (20/20)',
    });
    expect(repState(lena, { assignedToday: 19, openLeads: 0 }, tuesdayMorning).eligible).toBe(true);
    const capped = { ...lena, openCap: 5 };
    expect(repState(capped, { assignedToday: 0, openLeads: 5 }, tuesdayMorning).label).toBe(
      'Open-lead cap reached (5/5)',
    );
  });

  it('puts an inactive rep first and keeps every other reason in the details', () => {
    const off = { ...lena, active: false };
    const state = repState(
      off,
      { assignedToday: 20, openLeads: 0 },
      new Date('2026-12-01T20:00:00Z'),
    );
    expect(state.label).toBe('Unavailable');
    expect(state.details).toEqual([
      'Unavailable',
      'Outside working hours (09:00–17:00 Europe/Berlin)',
      'Daily cap reached (20/20)',
    ]);
  });

  it('reads always-on hours and an unknown time zone the way the engine does', () => {
    const anywhere = { ...lena, workingHours: null, timeZone: 'Mars/Olympus' };
    expect(repState(anywhere, idle, new Date('2026-12-06T03:00:00Z')).eligible).toBe(true);
  });
});
