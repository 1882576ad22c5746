import { isValidTimeZone, parseInstant, type Weekday, type WorkingHours } from '@switchyard/engine';

// The rep form edits text the way people type it; these turn it into the API's shapes and back.
// The server checks again (rep-fields.ts); this only catches typos before a round trip.

/** The days of the week in form order. */
export const weekdays: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const rangeText = /^([0-2]\d:[0-5]\d)\s*[-–]\s*([0-2]\d:[0-5]\d)$/;

/** One day's ranges as text: "09:00–12:30, 13:30–17:00"; empty for a day off. */
export function hoursToText(ranges: ReadonlyArray<{ start: string; end: string }> | undefined) {
  return (ranges ?? []).map((r) => `${r.start}–${r.end}`).join(', ');
}

/** "09:00-17:00, 18:00–20:00" → ranges; an empty text is a day off. */
export function parseHours(text: string): Parsed<Array<{ start: string; end: string }>> {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const ranges: Array<{ start: string; end: string }> = [];
  for (const part of parts) {
    const match = rangeText.exec(part);
    if (!match?.[1] || !match[2]) {
      return { ok: false, message: `"${part}" is not a time range such as 09:00–17:00.` };
    }
    if (match[1] >= match[2]) {
      return { ok: false, message: `"${part}" ends before it starts; split a night shift in two.` };
    }
    ranges.push({ start: match[1], end: match[2] });
  }
  return { ok: true, value: ranges };
}

/** The week as one text per day, for the form. */
export function weekToTexts(hours: WorkingHours | null): Record<Weekday, string> {
  return Object.fromEntries(weekdays.map((day) => [day, hoursToText(hours?.[day])])) as Record<
    Weekday,
    string
  >;
}

/** The form's day texts → working hours, leaving days off out; the first problem if any. */
export function textsToWeek(texts: Record<Weekday, string>): Parsed<WorkingHours> {
  const week: WorkingHours = {};
  for (const day of weekdays) {
    const parsed = parseHours(texts[day]);
    if (!parsed.ok) return { ok: false, message: `${day}: ${parsed.message}` };
    if (parsed.value.length > 0) week[day] = parsed.value;
  }
  return { ok: true, value: week };
}

/** Skills as lines "language: de, en". */
export function skillsToText(skills: Record<string, string[]>): string {
  return Object.entries(skills)
    .map(([skill, values]) => `${skill}: ${values.join(', ')}`)
    .join('\n');
}

/** Lines "language: de, en" → `{ language: ['de', 'en'] }`; blank lines are skipped. */
export function parseSkills(text: string): Parsed<Record<string, string[]>> {
  const skills: Record<string, string[]> = {};
  for (const line of text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')) {
    const colon = line.indexOf(':');
    const skill = line.slice(0, colon).trim();
    if (colon < 1 || skill === '') {
      return {
        ok: false,
        message: `Write "${line}" as a skill and its values: "language: de, en".`,
      };
    }
    const values = line
      .slice(colon + 1)
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '');
    skills[skill] = [...(skills[skill] ?? []), ...values];
  }
  return { ok: true, value: skills };
}

/** An instant as the rep's wall time for a datetime-local input: "2026-12-01T09:00". */
export function toLocalInput(instant: string, timeZone: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return '';
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  // Swedish dates are ISO-shaped: "2026-12-01 09:00".
  const text = new Intl.DateTimeFormat('sv-SE', {
    timeZone: zone,
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(ms);
  return text.replace(' ', 'T');
}

/** A datetime-local value read as the rep's wall time → the instant the API stores; null if empty. */
export function fromLocalInput(local: string, timeZone: string): string | null {
  const ms = parseInstant(local, timeZone);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
