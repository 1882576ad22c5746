import { describe, expect, it } from 'vitest';
import {
  fromLocalInput,
  parseHours,
  parseSkills,
  skillsToText,
  textsToWeek,
  toLocalInput,
  weekToTexts,
} from './rep-form';

describe('working hours text', () => {
  it('reads ranges with either dash and writes them back', () => {
    expect(parseHours('09:00-12:30, 13:30–17:00')).toEqual({
      ok: true,
      value: [
        { start: '09:00', end: '12:30' },
        { start: '13:30', end: '17:00' },
      ],
    });
    const week = { mon: [{ start: '09:00', end: '17:00' }] };
    const texts = weekToTexts(week);
    expect(texts.mon).toBe('09:00–17:00');
    expect(texts.sun).toBe('');
    expect(textsToWeek(texts)).toEqual({ ok: true, value: week });
  });

  it('refuses a range that ends first and text that is no range', () => {
    expect(parseHours('17:00-09:00')).toMatchObject({ ok: false });
    expect(parseHours('nine to five')).toEqual({
      ok: false,
      message: '"nine to five" is not a time range such as 09:00–17:00.',
    });
    const texts = { ...weekToTexts(null), tue: '9-5' };
    expect(textsToWeek(texts)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^tue:/),
    });
  });
});

describe('skills text', () => {
  it('round-trips skill lines', () => {
    const skills = { language: ['de', 'en'], product: ['crm'] };
    expect(parseSkills(skillsToText(skills))).toEqual({ ok: true, value: skills });
    expect(parseSkills('\n language : fr ,\n')).toEqual({ ok: true, value: { language: ['fr'] } });
  });

  it('refuses a line without a skill name', () => {
    expect(parseSkills(': de')).toMatchObject({ ok: false });
    expect(parseSkills('german')).toMatchObject({ ok: false });
  });
});

describe('absence inputs', () => {
  it("reads and writes the rep's wall time, not the browser's", () => {
    expect(fromLocalInput('2026-12-01T09:00', 'Europe/Berlin')).toBe('2026-12-01T08:00:00.000Z');
    expect(toLocalInput('2026-12-01T08:00:00.000Z', 'Europe/Berlin')).toBe('2026-12-01T09:00');
    expect(toLocalInput('2026-07-01T08:00:00.000Z', 'America/New_York')).toBe('2026-07-01T04:00');
  });

  it('gives nothing for an empty or broken value', () => {
    expect(fromLocalInput('', 'UTC')).toBeNull();
    expect(toLocalInput('yesterday', 'UTC')).toBe('');
  });
});
