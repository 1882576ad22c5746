const multipliers: Record<string, number> = { k: 1e3, m: 1e6, mm: 1e6, b: 1e9, bn: 1e9 };

/**
 * A number from what forms send: 1200, "1,200", "1.5k", "2M", a range "201-500" (its lower
 * bound, so "≥ 200" rules hold for it), "1,000+" / "10000 or more" (1000 / 10000), "<50" / "under
 * 50" (0). Null when there is no number in it.
 */
export function parseNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value
    .trim()
    .toLowerCase()
    .replace(/[$€£\s]/g, '');
  if (text === '') return null;
  if (/^(<|under|lessthan|fewerthan)/.test(text)) return 0;
  const match = /^-?(\d[\d,]*(?:\.\d+)?|\.\d+)(k|mm|m|bn|b)?/.exec(text);
  if (!match?.[1]) return null;
  const base = Number(match[1].replace(/,/g, ''));
  if (!Number.isFinite(base)) return null;
  const scaled = base * (match[2] ? (multipliers[match[2]] ?? 1) : 1);
  return text.startsWith('-') ? -scaled : scaled;
}

/** A boolean from true/false, yes/no, on/off, 1/0 (any case); null otherwise. */
export function parseBoolean(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  if (typeof value !== 'string') return null;
  const text = value.trim().toLowerCase();
  if (['true', 'yes', 'y', 'on', '1'].includes(text)) return true;
  if (['false', 'no', 'n', 'off', '0'].includes(text)) return false;
  return null;
}
