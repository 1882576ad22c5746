// Forms send sizes and amounts as free text or as picklist labels ("201-500", "1,000+"). Every
// answer reads as the smallest value it allows, so a rule such as "employees >= 200" never
// admits a range that could lie below its threshold.

const scales: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mio: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};

const figure = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}|\d+(?:\.\d+)?|\.\d+)\s*(k|thousand|mm|mn|mio|million|m|bn|billion|b)?`;
const single = new RegExp(`^([-+])?${figure}$`);
const atMost = new RegExp(
  `^(?:<=?|≤|under|below|less than|fewer than|up to|upto|max|maximum|at most)\\s*${figure}$`,
);
const atLeast = new RegExp(
  `^(?:>=?|≥|over|above|more than|at least|min|minimum)\\s*${figure}$|^${figure}\\s*(?:\\+|or more|and more|and above|and up|or above|plus)$`,
);
const range = new RegExp(`^${figure}\\s*(?:-|to)\\s*${figure}$`);
const noise =
  /[$€£¥]|\b(?:usd|eur|gbp|dollars?|euros?|employees|people|staff|seats|users|approx|approximately|about|around|ca)\b|~/g;

/**
 * A number from a form value: 1200, "1,200", "1.5k", "2M", "$2.5 million"; a range "201-500" or
 * "201 – 500" gives its lower bound (201); "1,000+", "10000 or more", ">1000" give the stated
 * figure; "<50", "under 50", "up to 50" give 0. Null when the value is not a number.
 */
export function parseNumber(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (Array.isArray(raw)) return isSingle(raw) ? parseNumber(raw[0]) : null;
  // No real figure is this long; refusing early keeps hostile text cheap.
  if (typeof raw !== 'string' || raw.length > 100) return null;
  const text = raw
    .toLowerCase()
    .replace(/[–—−]/g, '-')
    .replace(/(\d)['’\u00a0\u202f ](?=\d{3}\b)/g, '$1')
    .replace(noise, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (atMost.test(text)) return 0;
  const least = atLeast.exec(text);
  if (least) return least[1] ? amount(least[1], least[2]) : amount(least[3], least[4]);
  const between = range.exec(text);
  if (between) return lowerBound(between);
  const plain = single.exec(text);
  if (!plain) return null;
  const value = amount(plain[2], plain[3]);
  return plain[1] === '-' && value !== null ? -value : value;
}

function lowerBound(match: RegExpExecArray): number | null {
  const [, from, fromScale, to, toScale] = match;
  // "1-5k" means one to five thousand: the bare first figure borrows the second's scale.
  const borrow = !fromScale && toScale && Number(clean(from)) <= Number(clean(to));
  const low = amount(from, borrow ? toScale : fromScale);
  const high = amount(to, toScale);
  return low === null || high === null ? null : Math.min(low, high);
}

function amount(digits: string | undefined, scale: string | undefined): number | null {
  if (digits === undefined) return null;
  const value = Number(clean(digits)) * (scale ? (scales[scale] ?? 1) : 1);
  return Number.isFinite(value) ? value : null;
}

// "1,000" and "1.000.000" group thousands; a single dot is the decimal point.
function clean(digits: string | undefined): string {
  if (digits === undefined) return '';
  return /^\d{1,3}(\.\d{3}){2,}$/.test(digits)
    ? digits.replace(/\./g, '')
    : digits.replace(/,/g, '');
}

const truthy = new Set(['true', 'yes', 'y', 'on', '1', 'checked']);
const falsy = new Set(['false', 'no', 'n', 'off', '0', 'unchecked']);

/** A boolean from true/false, yes/no, y/n, on/off, 1/0, checked/unchecked (any case); else null. */
export function parseBoolean(raw: unknown): boolean | null {
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') return raw === 1 ? true : raw === 0 ? false : null;
  if (Array.isArray(raw)) return isSingle(raw) ? parseBoolean(raw[0]) : null;
  if (typeof raw !== 'string' || raw.length > 20) return null;
  const text = raw.trim().toLowerCase();
  if (truthy.has(text)) return true;
  return falsy.has(text) ? false : null;
}

// A one-answer list (a picklist sent as an array) reads as its answer; one level deep only, so a
// deeply nested hostile value cannot recurse.
function isSingle(list: readonly unknown[]): boolean {
  return list.length === 1 && !Array.isArray(list[0]);
}
