import { z } from 'zod';
import { instantSchema, nameSchema, timeZoneSchema } from '../time';

// "24:00" ends a day that runs to midnight; ranges compare as text because HH:MM sorts.
const clockTime = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Use a 24-hour time such as 09:00 or 17:30.');

const hoursRange = z
  .object({ start: clockTime, end: clockTime })
  .refine((range) => range.start < range.end, 'Working hours must end after they start.');

const day = z.array(hoursRange).max(8).optional();

/** Weekly working hours in the rep's own time zone; `null` means always available. */
export const workingHoursSchema = z.strictObject({
  mon: day,
  tue: day,
  wed: day,
  thu: day,
  fri: day,
  sat: day,
  sun: day,
});

/** An absence as instants, so half days and trips across time zones work. */
export const absenceSchema = z
  .object({ start: instantSchema, end: instantSchema })
  .refine(
    (range) => Date.parse(range.start) < Date.parse(range.end),
    'An absence must end after it starts.',
  );

const cap = z.number().int().min(0).max(100_000).nullable();

/** Every editable field of a rep, each checked the way the engine will read it. */
export const repFieldsSchema = z.object({
  name: nameSchema,
  email: z.email('Enter an e-mail address such as ana@example.com.').max(320),
  active: z.boolean(),
  timeZone: timeZoneSchema,
  workingHours: workingHoursSchema.nullable(),
  outOfOffice: z.array(absenceSchema).max(200),
  dailyCap: cap,
  openCap: cap,
  /** Skill name (a lead field such as `language`) → values the rep covers (`["de", "fr"]`). */
  skills: z.record(z.string().min(1).max(64), z.array(z.string().trim().min(1).max(100)).max(200)),
});

/** A new rep: name and e-mail required, the rest defaults to available, UTC, no caps. */
export const newRepSchema = repFieldsSchema.partial().required({ name: true, email: true });

/** A change to a rep: any subset of the fields. */
export const repPatchSchema = repFieldsSchema.partial();

/** A rep row as the studio receives it. */
export function repView(row: {
  id: string;
  name: string;
  email: string;
  active: boolean;
  timeZone: string;
  workingHours: unknown;
  outOfOffice: Array<{ start: string; end: string }>;
  dailyCap: number | null;
  openCap: number | null;
  skills: Record<string, string[]>;
  createdAt: Date;
}) {
  return {
    ...row,
    workingHours: row.workingHours as z.infer<typeof workingHoursSchema> | null,
    createdAt: row.createdAt.toISOString(),
  };
}
