import { z } from 'zod';
import { checkTeam } from './assign';
import { defineNodeKind, terminalParts } from './define-node-kind';

/** Terminal: reps pull leads from the pool; cherry-pick shows fields, blind hides them. */
export const pool = defineNodeKind({
  kind: 'pool',
  description: 'Puts the lead in a pool that reps pull from, open or blind.',
  config: z.looseObject({
    team: z.string().min(1).optional(),
    mode: z.enum(['cherry_pick', 'blind']),
    claimSlaMinutes: z.number().int().min(1).optional(),
  }),
  ...terminalParts,
  validate: (node, ctx) => checkTeam(node, node.config.team, ctx),
  compile: (_config, ctx) => [ctx.nodeId, ctx.scope.score, ctx.scope.grade],
});
