/** Every IANA time zone this browser knows, UTC first, for the rep's time zone select. */
export function timeZoneChoices(current?: string): string[] {
  const known = Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC');
  // A zone the browser lacks (older ICU) must still show, or the select would blank it.
  const extra = current && current !== 'UTC' && !known.includes(current) ? [current] : [];
  return ['UTC', ...extra, ...known];
}
