const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const number = new Intl.NumberFormat();

/** An instant as the reader's local date and time: "23 Nov 2026, 14:05". */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTime.format(new Date(iso)) : '—';
}

/** A count with the reader's digit grouping: "1,240". */
export function formatCount(value: number): string {
  return number.format(value);
}

/** The reader's local midnight today, as the API's `todayStartsAt`. */
export function localMidnight(now = new Date()): string {
  const midnight = new Date(now);
  midnight.setHours(0, 0, 0, 0);
  return midnight.toISOString();
}

/** How a lead is named in lists: its person's name, else its e-mail, else its id. */
export function leadName(lead: { id: string; name: string | null; email: string | null }): string {
  return lead.name ?? lead.email ?? lead.id;
}

/** A rate as a percentage with one decimal: "12.5%"; "—" when there is no rate yet. */
export function formatPercent(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** A signed change: "+3", "−2" (a true minus sign), "0". */
export function formatChange(value: number): string {
  if (value > 0) return `+${formatCount(value)}`;
  if (value < 0) return `−${formatCount(-value)}`;
  return '0';
}
