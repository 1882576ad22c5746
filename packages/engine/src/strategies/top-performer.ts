import { assess } from './assess';
import { pickByShortfall } from './shortfall';
import type { StrategyFn } from './types';

const floorRate = 0.01;

/**
 * Weights from each member's trailing conversion rate; members with fewer than `minLeads` leads
 * get the team's average rate so a newcomer is not starved, and no eligible rep weighs zero.
 */
export const topPerformer: StrategyFn<'top_performer'> = (input) => {
  const minLeads = input.strategy.minLeads ?? 20;
  const stats = input.members.map(
    (m) => input.performance?.[m.repId] ?? { leads: 0, converted: 0 },
  );
  const leads = stats.reduce((sum, s) => sum + s.leads, 0);
  const converted = stats.reduce((sum, s) => sum + s.converted, 0);
  const average = leads > 0 ? converted / leads : 0.1;
  const weights = new Map(
    input.members.map((m, i) => {
      const s = stats[i] ?? { leads: 0, converted: 0 };
      const rate = s.leads >= minLeads && s.leads > 0 ? s.converted / s.leads : average;
      return [m.repId, Math.max(floorRate, rate)];
    }),
  );
  const candidates = assess(
    input.members.map((m) => m.repId),
    input,
  );
  const pick = pickByShortfall(candidates, weights, input.state);
  for (const candidate of pick.candidates) {
    candidate.detail = {
      ...candidate.detail,
      conversionRate: weights.get(candidate.repId) ?? null,
    };
  }
  return { ...pick, how: 'top-performer routing picked' };
};
