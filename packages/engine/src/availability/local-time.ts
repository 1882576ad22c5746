// Local wall-clock time in a rep's time zone with Intl only: no date library needed for
// "what weekday and minute is it there" and "when was midnight there".

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        weekday: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      // An unknown time zone is treated as UTC rather than failing a lead (documented).
      format = formatter('UTC');
    }
    formatters.set(timeZone, format);
  }
  return format;
}

/** The wall clock in a time zone: weekday (mon…sun), minutes since local midnight, local date parts. */
export function localClock(now: Date, timeZone: string) {
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(now)) parts[part.type] = part.value;
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  const second = Number(parts.second);
  return {
    weekday: (parts.weekday ?? 'Mon').slice(0, 3).toLowerCase() as Weekday,
    minutes: hour * 60 + minute,
    secondsIntoDay: hour * 3600 + minute * 60 + second,
  };
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/**
 * The instant of the most recent local midnight in `timeZone`. Steps back by the seconds elapsed
 * on the local clock, then corrects once for a DST change that happened since midnight.
 */
export function localDayStart(now: Date, timeZone: string): Date {
  const wholeSecond = Math.floor(now.getTime() / 1000) * 1000;
  const guess = new Date(wholeSecond - localClock(now, timeZone).secondsIntoDay * 1000);
  const drift = localClock(guess, timeZone).secondsIntoDay;
  if (drift === 0) return guess;
  // After a DST shift the guess lands an hour off midnight: move to the nearer midnight.
  const corrected =
    drift > 43_200 ? guess.getTime() + (86_400 - drift) * 1000 : guess.getTime() - drift * 1000;
  return new Date(corrected);
}
