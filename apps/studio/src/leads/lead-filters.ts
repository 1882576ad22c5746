import type { Inputs } from '../lib/trpc';

/** What the leads page filters by, as the form holds it (dates as `YYYY-MM-DD`). */
export type LeadFilterForm = {
  search: string;
  status: string | null;
  ownerRepId: string | null;
  flowId: string | null;
  fromDate: string;
  toDate: string;
};

export const emptyLeadFilters: LeadFilterForm = {
  search: '',
  status: null,
  ownerRepId: null,
  flowId: null,
  fromDate: '',
  toDate: '',
};

/** `lead.list`'s filters: the period runs from local midnight of the first day to after the last. */
export type LeadListFilters = {
  search?: string;
  status?: Inputs['lead']['list']['status'];
  ownerRepId?: string;
  flowId?: string;
  from?: string;
  to?: string;
};

function localDay(date: string, addDays = 0): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const day = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + addDays);
  return Number.isNaN(day.getTime()) ? undefined : day.toISOString();
}

/** The form as `lead.list` input, leaving out what is blank; the "to" day is included. */
export function toListFilters(form: LeadFilterForm): LeadListFilters {
  const search = form.search.trim();
  const from = localDay(form.fromDate);
  const to = localDay(form.toDate, 1);
  return {
    ...(search ? { search } : {}),
    ...(form.status ? { status: form.status as NonNullable<LeadListFilters['status']> } : {}),
    ...(form.ownerRepId ? { ownerRepId: form.ownerRepId } : {}),
    ...(form.flowId ? { flowId: form.flowId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

/** Why the period cannot be asked for, or null when it can (the API refuses an empty period). */
export function periodProblem(form: LeadFilterForm): string | null {
  const { from, to } = toListFilters(form);
  if (from && to && Date.parse(from) >= Date.parse(to))
    return 'The period must end after it starts.';
  return null;
}
