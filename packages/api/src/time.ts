import { z } from 'zod';

/** A Date as the ISO text the studio receives (tRPC sends JSON; no transformer on purpose). */
export function iso(date: Date): string {
  return date.toISOString();
}

/** `iso` for a nullable column. */
export function isoOrNull(date: Date | null): string | null {
  return date === null ? null : date.toISOString();
}

/** An instant with its offset, as the studio sends it: `2025-03-03T09:00:00.000Z`. */
export const instantSchema = z.iso.datetime({ offset: true });

/** True for a time zone this runtime's Intl knows (`Europe/Berlin`, `UTC`). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    // Intl throws RangeError for an unknown zone: that is the answer, not a failure.
    return false;
  }
}

/** An IANA time zone name, checked with Intl. */
export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isTimeZone, 'Use a time zone name such as "Europe/Berlin" or "America/New_York".');

/** A short name shown in the studio. */
export const nameSchema = z.string().trim().min(1, 'Give it a name.').max(200);

/** An id as the studio sends it back. */
export const idSchema = z.string().min(1).max(100);
