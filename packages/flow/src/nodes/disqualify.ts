import { z } from 'zod';
import { defineNodeKind, terminalParts } from './define-node-kind';

/** Terminal: screened out with a reason; the lead is kept, never deleted. */
export const disqualify = defineNodeKind({
  kind: 'disqualify',
  description: 'Screens the lead out with a reason; it is kept for reports, never deleted.',
  config: z.looseObject({ reason: z.string() }),
  ...terminalParts,
  compile: (_config, ctx) => [ctx.nodeId, ctx.scope.score, ctx.scope.grade],
});
