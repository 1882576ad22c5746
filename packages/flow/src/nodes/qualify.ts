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
    const output = result.holds ? 'pass' : 'fail';
    const parts = ruleParts(config.rule);
    if (!parts) return { output, conditions: [result] };
    // Each condition of an "all of" / "any of" with its own result, so a lead's page says which
    // one it failed, not only "Rule" (issue 20). The output stays the whole rule's.
    const conditions = parts.map((rule, index) =>
      ctx.evaluate({ id: `rule.${index}`, label: `Condition ${index + 1}`, rule }),
    );
    return { output, conditions };
  },
});

/**
 * The conditions of a top-level `and` / `or` of two or more, as a qualify step traces them
 * (`rule.0`, `rule.1`, …); null for any other rule, traced whole as `rule`.
 */
export function ruleParts(rule: unknown): unknown[] | null {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return null;
  const keys = Object.keys(rule);
  if (keys.length !== 1 || (keys[0] !== 'and' && keys[0] !== 'or')) return null;
  const parts = (rule as Record<string, unknown>)[keys[0]];
  return Array.isArray(parts) && parts.length >= 2 ? parts : null;
}
