import { assessRep, memberIds, readCursor } from './assess';
import type { StrategyFn, StrategyInput } from './types';

// The load of a rep: the runtime's metric (open leads, or a field's total over the window);
// without one, open leads from the rep's load; unreadable numbers count as none.
function loadOf(input: StrategyInput, repId: string, byField: boolean): number {
  const metrics = input.metrics;
  const metric = metrics && Object.hasOwn(metrics, repId) ? metrics[repId] : undefined;
  if (typeof metric === 'number' && Number.isFinite(metric)) return metric;
  if (byField) return 0;
  const open = Object.hasOwn(input.loads, repId) ? input.loads[repId]?.openLeads : undefined;
  return typeof open === 'number' && Number.isFinite(open) ? open : 0;
}

/**
 * Load balanced: the eligible member with the lowest load, open leads by default or the total
 * of a numeric lead field (`by`) over a rolling day, week or month. Equal loads rotate: among
 * them the first after the last rep picked (`state.cursor`) wins.
 */
export const loadBalanced: StrategyFn<'load_balanced'> = (input) => {
  const { by } = input.strategy;
  const byField = by !== undefined && by !== 'open_leads';
  const candidates = memberIds(input).map((id) => {
    const candidate = assessRep(input, id);
    candidate.detail = { load: loadOf(input, id, byField) };
    return candidate;
  });
  const cursor = readCursor(input.state);
  const start = candidates.findIndex((c) => c.repId === cursor) + 1;
  let best: { repId: string; load: number } | undefined;
  for (let step = 0; step < candidates.length; step++) {
    const candidate = candidates[(start + step) % candidates.length];
    if (!candidate?.eligible) continue;
    const load = candidate.detail?.load as number;
    if (best === undefined || load < best.load) best = { repId: candidate.repId, load };
  }
  if (!best) return { repId: null, candidates, state: { cursor } };
  return {
    repId: best.repId,
    candidates,
    state: { cursor: best.repId },
    note: `who had the lowest load (${best.load})`,
  };
};
