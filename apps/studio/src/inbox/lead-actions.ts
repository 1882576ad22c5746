import type { LeadAction } from '@switchyard/engine';

// The lifecycle (which report each status allows, which statuses are open) is the engine's, the
// same rules the server enforces (issue 21: this file had a copy of them).
export { canTake, isOpenStatus, type LeadAction } from '@switchyard/engine';

/** The button of each action, in the order a lead's life goes. */
export const actionLabels = {
  accepted: 'Accept',
  contacted: 'Contacted',
  converted: 'Converted',
  lost: 'Lost',
  released: 'Release',
} as const satisfies Record<LeadAction, string>;

/** `event.record` input, or the sentence saying what the rep must fix first. */
export type ActionCheck =
  | { ok: true; value: { value?: number; reason?: string } }
  | { ok: false; message: string };

/**
 * Checks what the rep typed for an action: a converted lead's value is a number of at least 0
 * (blank means unknown), a lost lead needs a reason; other actions take nothing.
 */
export function checkActionInput(
  action: LeadAction,
  typed: { value: string; reason: string },
): ActionCheck {
  if (action === 'converted') {
    const text = typed.value.trim().replace(/,/g, '');
    if (text === '') return { ok: true, value: {} };
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0) {
      return { ok: false, message: 'Enter the deal value as a number of 0 or more.' };
    }
    if (value > 1e12) return { ok: false, message: 'That value is too large.' };
    return { ok: true, value: { value } };
  }
  if (action === 'lost') {
    const reason = typed.reason.trim();
    if (reason === '') return { ok: false, message: 'Say why the lead was lost.' };
    if (reason.length > 1000)
      return { ok: false, message: 'Keep the reason under 1,000 characters.' };
    return { ok: true, value: { reason } };
  }
  return { ok: true, value: {} };
}
