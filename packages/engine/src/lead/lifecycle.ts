// A lead's life in one place: its statuses, what reps (or a CRM) report about it, which reports
// each status allows, and which statuses are still work to do. The runtime enforces it (db), the
// studio offers only the buttons it allows, and caps count the open statuses (issue 21).

/** Every status a lead can be in, from its decision to its outcome. */
export const leadStatuses = [
  'assigned',
  'pooled',
  'disqualified',
  'accepted',
  'contacted',
  'converted',
  'lost',
] as const;
export type LeadStatus = (typeof leadStatuses)[number];

/** What a rep (or a CRM on their behalf) reports about a lead. */
export const leadActions = ['accepted', 'contacted', 'converted', 'lost', 'released'] as const;
export type LeadAction = (typeof leadActions)[number];

/** The statuses a rep still has work to do on; they count against open-lead caps and loads. */
export const openStatuses = [
  'assigned',
  'accepted',
  'contacted',
] as const satisfies readonly LeadStatus[];

const allowedFrom = {
  accepted: ['assigned'],
  contacted: ['assigned', 'accepted'],
  converted: ['assigned', 'accepted', 'contacted'],
  lost: ['assigned', 'accepted', 'contacted'],
  released: ['assigned', 'accepted'],
} as const satisfies Record<LeadAction, readonly LeadStatus[]>;

/** Whether a lead in `status` may take `action`; any other report is an invalid transition. */
export function canTake(action: LeadAction, status: string): boolean {
  return (allowedFrom[action] as readonly string[]).includes(status);
}

/** Whether a lead in this status is still a rep's work (not pooled, disqualified or closed). */
export function isOpenStatus(status: string): boolean {
  return (openStatuses as readonly string[]).includes(status);
}
