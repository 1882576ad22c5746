import { z } from 'zod';

/** Ids of cases, rules and arms: they become output handles, so they are kept simple. */
export const itemIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Use 1–64 letters, digits, "-" or "_".')
  .refine((id) => id !== 'else', '"else" is reserved for the branch\'s last output.');

/** A list of named items (cases, rules, arms) whose ids are unique within the node. */
export function uniqueItems<T extends { id: string }>(item: z.ZodType<T>, noun: string) {
  return z.array(item).superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `Two ${noun}s share the id "${entry.id}"; each needs its own.`,
        });
      }
      seen.add(entry.id);
    });
  });
}

/** How an item reads in a sentence: its label, else its id. */
export function itemName(item: { id: string; label?: string | undefined }): string {
  return `"${item.label?.trim() || item.id}"`;
}
