import { z } from 'zod';
import { matchFieldPath } from '../fields';
import { defineNodeKind, type NodeCondition } from './define-node-kind';

function foundCondition(nodeId: string): NodeCondition {
  return { id: 'found', label: 'Already known', rule: { var: matchFieldPath(nodeId, 'found') } };
}

/** Lead-to-record matching: the runtime fills `match.<nodeId>.found` before the decision. */
export const match = defineNodeKind({
  kind: 'match',
  description: 'Checks whether this person or company is already known, and who owns them.',
  config: z.looseObject({
    by: z.enum(['email', 'domain', 'phone']),
    withinDays: z.number().int().min(1).optional(),
  }),
  terminal: false,
  outputs: () => ['matched', 'new'],
  describeOutput: (_config, output) => (output === 'matched' ? 'known leads' : 'new leads'),
  conditions: (_config, nodeId) => [foundCondition(nodeId)],
  compile: (_config, ctx) => ({
    if: [foundCondition(ctx.nodeId).rule, ctx.next('matched'), ctx.next('new')],
  }),
  trace: (_config, ctx) => {
    const result = ctx.evaluate(foundCondition(ctx.nodeId));
    return { output: result.holds ? 'matched' : 'new', conditions: [result] };
  },
});
