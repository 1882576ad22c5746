import { z } from 'zod';
import { assign } from './assign';
import { branch } from './branch';
import { capture } from './capture';
import type { NodeKindDefinition } from './define-node-kind';
import { disqualify } from './disqualify';
import { match } from './match';
import { pool } from './pool';
import { qualify } from './qualify';
import { score } from './score';
import { split } from './split';

/** The registry of node kinds; adding a kind is one line here and one file beside it. */
export const nodeKinds = {
  capture,
  qualify,
  score,
  branch,
  split,
  match,
  assign,
  pool,
  disqualify,
};
export type NodeKind = keyof typeof nodeKinds;

/** Any node of the flow document, discriminated on `kind`. */
export const flowNodeSchema = z.discriminatedUnion('kind', [
  capture.schema,
  qualify.schema,
  score.schema,
  branch.schema,
  split.schema,
  match.schema,
  assign.schema,
  pool.schema,
  disqualify.schema,
]);
export type FlowNode = z.infer<typeof flowNodeSchema>;

/** True when `kind` names a node kind this version knows. */
export function isNodeKind(kind: unknown): kind is NodeKind {
  return typeof kind === 'string' && Object.hasOwn(nodeKinds, kind);
}

/** The definition of a node's kind, typed loosely for code that walks any node. */
export function kindOf(node: {
  kind: NodeKind;
}): NodeKindDefinition<string, unknown> & { schema: z.ZodType } {
  return nodeKinds[node.kind] as unknown as NodeKindDefinition<string, unknown> & {
    schema: z.ZodType;
  };
}
