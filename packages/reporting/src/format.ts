// Numbers as the verdict sentences print them, in English whatever the browser's locale.
const wholeNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 1240 → "1,240". */
export function formatCount(count: number): string {
  return wholeNumber.format(count);
}

/** 3.84 → "3.8", 2 → "2": percentage points to one decimal, no trailing zero. */
export function formatPoints(points: number): string {
  return String(Math.round(points * 10) / 10);
}

/** 913 → 910, 1460 → 1500: "about" numbers to two significant figures. */
export function roundAbout(count: number): number {
  if (count < 100) return Math.ceil(count);
  const step = 10 ** (Math.floor(Math.log10(count)) - 1);
  return Math.round(count / step) * step;
}

/**
 * "p = 0.01", "p = 0.004", "p < 0.001": two decimals, or more where two would round the value
 * across alpha (0.0496 is "0.0496", not "0.05", when 0.05 is the line).
 */
export function formatPValue(p: number, alpha: number): string {
  if (p < 0.001) return 'p < 0.001';
  for (const decimals of [2, 3, 4]) {
    const shown = Number(p.toFixed(decimals));
    if (shown > 0 && shown < alpha === p < alpha) return `p = ${p.toFixed(decimals)}`;
  }
  return `p = ${p.toPrecision(3)}`;
}
