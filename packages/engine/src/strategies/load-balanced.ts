import { assess } from './assess';
import type { StrategyFn } from './types';

/** Fewest open leads (or lowest total of a field over the window); equal loads rotate. */
export const loadBalanced: StrategyFn<'load_balanced'> = (input) => {
  const candidates = assess(
    input.members.map((m) => m.repId),
    input,
  );
  const load = (id: string) => input.metrics?.[id] ?? input.loads[id]?.openLeads ?? 0;
  for (const candidate of candidates) candidate.detail = { load: load(candidate.repId) };
  const start = candidates.findIndex((c) => c.repId === input.state.last) + 1;
  let best: (typeof candidates)[number] | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const candidate = candidates[(start + k) % candidates.length];
    if (candidate?.eligible && (!best || load(candidate.repId) < load(best.repId)))
      best = candidate;
  }
  return {
    repId: best?.repId ?? null,
    candidates,
    state: best ? { last: best.repId } : input.state,
    how: `load balancing (${input.strategy.by ?? 'open_leads'}) picked`,
  };
};
