import { z } from 'zod';

const repId = z.string().min(1, 'Choose a rep.');

/** Round robin: each rep in turn; `hold_place` serves a rep who was away at their turn first. */
export const roundRobinStrategy = z.looseObject({
  type: z.literal('round_robin'),
  onUnavailable: z.enum(['skip', 'hold_place']).optional(),
});

/** Weighted round robin: each rep's share follows the weight set on the team. */
export const weightedStrategy = z.looseObject({ type: z.literal('weighted') });

/** Load balanced: fewest open leads, or lowest total of a numeric field over a window. */
export const loadBalancedStrategy = z.looseObject({
  type: z.literal('load_balanced'),
  by: z.string().min(1).optional(),
  window: z.enum(['day', 'week', 'month']).optional(),
});

/** Top performer: weights from each rep's trailing conversion. */
export const topPerformerStrategy = z.looseObject({
  type: z.literal('top_performer'),
  windowDays: z.number().int().min(1).max(365).optional(),
  minLeads: z.number().int().min(0).optional(),
});

/** One territory rule; the most specific matching rule wins (postal prefix, state, country). */
export const territoryRule = z.looseObject({
  id: z.string().optional(),
  country: z.string().min(2).max(2).optional(),
  state: z.string().min(1).optional(),
  postalPrefix: z.string().min(1).optional(),
  repId,
});

/** Territory table: ordered rules of country / state / postal prefix → rep. */
export const territoryStrategy = z.looseObject({
  type: z.literal('territory'),
  rules: z.array(territoryRule).min(1, 'Add at least one territory rule.'),
});

/** Skills match: the lead's field value must be among the rep's skills of that name. */
export const skillsStrategy = z.looseObject({
  type: z.literal('skills'),
  requirements: z
    .array(z.looseObject({ field: z.string().min(1), skill: z.string().min(1).optional() }))
    .min(1, 'Add at least one skill to match.'),
});

/** Owner of the record a match node found (the nearest match node upstream if not named). */
export const matchOwnerStrategy = z.looseObject({
  type: z.literal('match_owner'),
  matchNode: z.string().optional(),
});

/** Always the same rep. */
export const namedRepStrategy = z.looseObject({ type: z.literal('named_rep'), repId });

/** How an assign node picks a rep; the engine implements each type. */
export const strategySchema = z.discriminatedUnion('type', [
  roundRobinStrategy,
  weightedStrategy,
  loadBalancedStrategy,
  topPerformerStrategy,
  territoryStrategy,
  skillsStrategy,
  matchOwnerStrategy,
  namedRepStrategy,
]);
export type Strategy = z.infer<typeof strategySchema>;
export type StrategyType = Strategy['type'];
