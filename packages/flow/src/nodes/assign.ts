import { z } from 'zod';
import { type FlowIssue, flowError, nodeName } from '../issues';
import { strategySchema } from '../strategies';
import { defineNodeKind, type KindValidationContext, terminalParts } from './define-node-kind';

const fallbackSchema = z.union([
  z.strictObject({ pool: z.string().min(1) }),
  z.strictObject({ rep: z.string().min(1) }),
]);

const cap = z.number().int().min(0);

/** A team placeholder must be declared in the flow's `teams`, so import can map it. */
export function checkTeam(
  node: { id: string; kind: string; label?: string },
  team: string | undefined,
  ctx: KindValidationContext,
): FlowIssue[] {
  if (team === undefined || ctx.teams.has(team)) return [];
  return [
    flowError(
      'unknown_team',
      `${nodeName(node)} hands leads to the team "${team}", which this flow does not list under teams.`,
      { nodeId: node.id },
    ),
  ];
}

/** Terminal: hands the lead to one rep of a team, by a strategy, with a fallback. */
export const assign = defineNodeKind({
  kind: 'assign',
  description: 'Hands the lead to one rep of a team, picked by a strategy such as round robin.',
  config: z.looseObject({
    team: z.string().min(1, 'Choose a team.'),
    strategy: strategySchema,
    dailyCap: cap.optional(),
    openCap: cap.optional(),
    fallback: fallbackSchema,
  }),
  ...terminalParts,
  validate: (node, ctx) => {
    const issues = checkTeam(node, node.config.team, ctx);
    const { fallback } = node.config;
    if ('pool' in fallback && ctx.nodeKindOf(fallback.pool) !== 'pool') {
      issues.push(
        flowError(
          'missing_fallback_pool',
          `${nodeName(node)} falls back to the pool "${fallback.pool}", which is not a pool in this flow.`,
          { nodeId: node.id, path: ['config', 'fallback', 'pool'] },
        ),
      );
    }
    return issues;
  },
  compile: (_config, ctx) => [ctx.nodeId, ctx.scope.score, ctx.scope.grade],
});
