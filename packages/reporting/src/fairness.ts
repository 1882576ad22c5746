import { assertCount } from './errors';

/** One rep's leads and their share of all leads (0–1). */
export type RepShare = { repId: string; leads: number; share: number };

/** How evenly leads were spread over reps. */
export type Fairness = {
  shares: RepShare[];
  /** Largest share over smallest; null when some rep got no leads (the ratio is unbounded). */
  maxMinShareRatio: number | null;
  /** Reps that received no leads at all. */
  repsWithoutLeads: number;
  /** Gini coefficient: 0 when every rep got the same, (n − 1)/n when one rep got everything. */
  gini: number;
};

/**
 * The population Gini coefficient, G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² μ), computed on sorted counts as
 * G = 2 Σᵢ i·x₍ᵢ₎ / (n Σx) − (n + 1)/n. Hand-written: simple-statistics and jstat have none.
 */
export function gini(counts: readonly number[]): number {
  const sorted = [...counts].sort((x, y) => x - y);
  const n = sorted.length;
  const total = sorted.reduce((sum, x) => sum + x, 0);
  if (n === 0 || total === 0) return 0;
  const weighted = sorted.reduce((sum, x, index) => sum + (index + 1) * x, 0);
  return (2 * weighted) / (n * total) - (n + 1) / n;
}

/** Shares, max/min share ratio and Gini of per-rep lead counts (include reps that got none). */
export function fairness(leadsByRep: ReadonlyArray<{ repId: string; leads: number }>): Fairness {
  for (const { repId, leads } of leadsByRep) assertCount(leads, `Leads of rep ${repId}`);
  const total = leadsByRep.reduce((sum, rep) => sum + rep.leads, 0);
  const shares = leadsByRep.map(({ repId, leads }) => ({
    repId,
    leads,
    share: total === 0 ? 0 : leads / total,
  }));
  const counts = leadsByRep.map((rep) => rep.leads);
  const smallest = Math.min(...counts);
  return {
    shares,
    maxMinShareRatio: counts.length === 0 || smallest === 0 ? null : Math.max(...counts) / smallest,
    repsWithoutLeads: counts.filter((count) => count === 0).length,
    gini: gini(counts),
  };
}
