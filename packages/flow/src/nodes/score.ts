import type { JsonLogicRule } from '@switchyard/logic';
import { z } from 'zod';
import { defaultOutput, defineNodeKind } from './define-node-kind';
import { itemIdSchema, uniqueItems } from './items';
import { ruleSchema } from './qualify';

const scoreRule = z.looseObject({
  id: itemIdSchema,
  label: z.string().optional(),
  when: ruleSchema,
  points: z.number().finite(),
});
const band = z.looseObject({ grade: z.string().min(1), min: z.number().finite() });

type Band = z.infer<typeof band>;

/** Bands from the highest minimum down; ties keep their written order. */
export function bandsHighestFirst(bands: readonly Band[]): Band[] {
  return [...bands].sort((a, b) => b.min - a.min);
}

/** Points for each rule that holds, summed; the grade is the band with the highest min ≤ score. */
export const score = defineNodeKind({
  kind: 'score',
  description: 'Adds points for each rule a lead meets and grades the total (hot, warm, cold).',
  config: z.looseObject({
    rules: uniqueItems(scoreRule, 'scoring rule'),
    bands: z.array(band),
  }),
  terminal: false,
  outputs: () => [defaultOutput],
  describeOutput: () => 'next step',
  conditions: (config) =>
    config.rules.map((rule) => ({ id: rule.id, label: rule.label ?? rule.id, rule: rule.when })),
  compile: (config, ctx) => {
    // json-logic-js sums with reduce from 0, left to right: the trace adds in the same order.
    const total: JsonLogicRule =
      config.rules.length === 0
        ? 0
        : { '+': config.rules.map((rule) => ({ if: [ctx.condition(rule.when), rule.points, 0] })) };
    const grade: JsonLogicRule =
      config.bands.length === 0
        ? null
        : {
            if: [
              ...bandsHighestFirst(config.bands).flatMap((b) => [
                { '>=': [total, b.min] },
                b.grade,
              ]),
              null,
            ],
          };
    return ctx.next(defaultOutput, { score: total, grade });
  },
  trace: (config, ctx) => {
    let total = 0;
    const conditions = config.rules.map((rule) => {
      const result = ctx.evaluate({ id: rule.id, label: rule.label ?? rule.id, rule: rule.when });
      total += result.holds ? rule.points : 0;
      return result;
    });
    const grade = bandsHighestFirst(config.bands).find((b) => total >= b.min)?.grade ?? null;
    return { output: defaultOutput, conditions, scope: { score: total, grade } };
  },
});
