import { z } from 'zod';
import { defaultOutput, defineNodeKind } from './define-node-kind';

/** The single entry point: every lead starts here. */
export const capture = defineNodeKind({
  kind: 'capture',
  description: 'Where leads come in from your connected forms.',
  config: z.looseObject({ sources: z.array(z.string().min(1)).optional() }),
  terminal: false,
  outputs: () => [defaultOutput],
  describeOutput: () => 'next step',
  conditions: () => [],
  compile: (_config, ctx) => ctx.next(defaultOutput),
  trace: () => ({ output: defaultOutput, conditions: [] }),
});
