import { z } from 'zod';
import { flowError, nodeName } from '../issues';
import { defineNodeKind, type NodeCondition } from './define-node-kind';
import { itemIdSchema, itemName, uniqueItems } from './items';

const arm = z.looseObject({
  id: itemIdSchema,
  label: z.string().optional(),
  weight: z.number().int('Use whole percentages.').min(0).max(100),
});
type SplitConfig = { arms: z.infer<typeof arm>[] };

/** Each arm but the last holds when the lead's bucket is below the arm's cumulative weight. */
function armConditions(config: SplitConfig): NodeCondition[] {
  let cumulative = 0;
  return config.arms.slice(0, -1).map((a) => {
    cumulative += a.weight;
    return { id: a.id, label: a.label ?? a.id, rule: { '<': [{ var: 'bucket' }, cumulative] } };
  });
}

/** A/B split on the lead's stable bucket (0–99): arms in order take their share of buckets. */
export const split = defineNodeKind({
  kind: 'split',
  description: 'Splits leads between arms by percentage, the same person always in the same arm.',
  config: z.looseObject({
    arms: uniqueItems(arm, 'arm').refine((arms) => arms.length >= 2, 'A split needs two arms.'),
  }),
  terminal: false,
  outputs: (config) => config.arms.map((a) => a.id),
  describeOutput: (config, output) => {
    const found = config.arms.find((a) => a.id === output);
    return `the ${found ? itemName(found) : `"${output}"`} arm`;
  },
  conditions: armConditions,
  validate: (node) => {
    const total = node.config.arms.reduce((sum, a) => sum + a.weight, 0);
    if (total === 100) return [];
    return [
      flowError(
        'split_weights',
        `${nodeName(node)} gives out ${total}% of leads; the arms must add up to 100%.`,
        {
          nodeId: node.id,
        },
      ),
    ];
  },
  compile: (config, ctx) => {
    const last = config.arms.at(-1);
    const conditions = armConditions(config);
    return {
      if: [...conditions.flatMap((c) => [c.rule, ctx.next(c.id)]), last ? ctx.next(last.id) : null],
    };
  },
  trace: (config, ctx) => {
    const conditions = [];
    for (const condition of armConditions(config)) {
      const result = ctx.evaluate(condition);
      conditions.push(result);
      if (result.holds) return { output: condition.id, conditions };
    }
    return { output: config.arms.at(-1)?.id ?? null, conditions };
  },
});
