import { z } from 'zod';
import { defineNodeKind } from './define-node-kind';

export const ruleSchema = z.json();

/** Screening: leads that pass one rule go one way, the rest the other. */
export const qualify = defineNodeKind({
  kind: 'qualify',
  description: 'Screens leads with one rule: pass or fail.',
  config: z.looseObject({ rule: ruleSchema }),
  terminal: false,
  outputs: () => ['pass', 'fail'],
  describeOutput: (_config, output) => `leads that ${output}`,
  conditions: (config) => [{ id: 'rule', label: 'Rule', rule: config.rule }],
  compile: (config, ctx) => ({
    if: [ctx.condition(config.rule), ctx.next('pass'), ctx.next('fail')],
  }),
  trace: (config, ctx) => {
    const result = ctx.evaluate({ id: 'rule', label: 'Rule', rule: config.rule });
    return { output: result.holds ? 'pass' : 'fail', conditions: [result] };
  },
});
