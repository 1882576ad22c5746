import { assessRep, memberIds, rounded } from './assess';
import { pickByShortfall } from './shortfall';
import type { StrategyFn } from './types';

// No eligible rep's weight drops below this rate, so a cold streak slows a rep but never stops them.
const floorRate = 0.01;

type Track = { leads: number; converted: number };

function cleanRecord(value: unknown): Track {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Partial<Track>;
  const count = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0);
  const leads = count(record.leads);
  return { leads, converted: Math.min(count(record.converted), leads) };
}

/**
 * Top performer: weights are each member's conversion rate over the trailing window (the runtime
 * counts it, see `strategyNeeds`), then the weighted-shortfall pick. A member with fewer than
 * `minLeads` (default 20) leads gets the team's average rate, so a newcomer is not starved;
 * every weight is at least 1%. With no history at all, everyone weighs the same.
 */
export const topPerformer: StrategyFn<'top_performer'> = (input) => {
  const ids = memberIds(input);
  // At least one lead: a rate over no leads is no rate, so such a member gets the average.
  const minLeads = Math.max(input.strategy.minLeads ?? 20, 1);
  const records = new Map(
    ids.map((id) => [
      id,
      cleanRecord(
        input.performance && Object.hasOwn(input.performance, id)
          ? input.performance[id]
          : undefined,
      ),
    ]),
  );
  // The average over members with enough history, else over everyone.
  const established = ids.filter((id) => (records.get(id)?.leads ?? 0) >= minLeads);
  const pool = established.length > 0 ? established : ids;
  let leads = 0;
  let converted = 0;
  for (const id of pool) {
    leads += records.get(id)?.leads ?? 0;
    converted += records.get(id)?.converted ?? 0;
  }
  const teamRate = leads > 0 ? converted / leads : 1;

  const weights = new Map<string, number>();
  const candidates = ids.map((id) => {
    const record = records.get(id) ?? { leads: 0, converted: 0 };
    const own = record.leads >= minLeads ? record.converted / record.leads : null;
    weights.set(id, Math.max(own ?? teamRate, floorRate));
    const candidate = assessRep(input, id);
    candidate.detail = {
      leads: record.leads,
      converted: record.converted,
      conversionRate: own === null ? null : rounded(own, 4),
    };
    return candidate;
  });
  const pick = pickByShortfall(candidates, weights, input.state);
  return { ...pick, candidates, note: 'who was furthest below the share their conversion earns' };
};
