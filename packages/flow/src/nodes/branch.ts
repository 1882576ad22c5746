import { z } from 'zod';
import { defineNodeKind } from './define-node-kind';
import { itemIdSchema, itemName, uniqueItems } from './items';
import { ruleSchema } from './qualify';

const branchCase = z.looseObject({
  id: itemIdSchema,
  label: z.string().optional(),
  when: ruleSchema,
});

/** Ordered cases: the first that holds wins, otherwise `else`. */
export const branch = defineNodeKind({
  kind: 'branch',
  description: 'Sends each lead down the first case it matches, or "else".',
  config: z.looseObject({
    cases: uniqueItems(branchCase, 'case').refine(
      (cases) => cases.length > 0,
      'Add at least one case.',
    ),
  }),
  terminal: false,
  outputs: (config) => [...config.cases.map((c) => c.id), 'else'],
  describeOutput: (config, output) => {
    const found = config.cases.find((c) => c.id === output);
    return found ? `the ${itemName(found)} case` : 'the "else" case';
  },
  conditions: (config) =>
    config.cases.map((c) => ({ id: c.id, label: c.label ?? c.id, rule: c.when })),
  compile: (config, ctx) => ({
    if: [...config.cases.flatMap((c) => [ctx.condition(c.when), ctx.next(c.id)]), ctx.next('else')],
  }),
  trace: (config, ctx) => {
    const conditions = [];
    for (const c of config.cases) {
      const result = ctx.evaluate({ id: c.id, label: c.label ?? c.id, rule: c.when });
      conditions.push(result);
      if (result.holds) return { output: c.id, conditions };
    }
    return { output: 'else', conditions };
  },
});
