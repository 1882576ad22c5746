import type { JsonLogicRule } from '@switchyard/logic';
import { z } from 'zod';
import type { FlowIssue } from '../issues';

/** The handle name of the single, unnamed output of capture and score nodes. */
export const defaultOutput = '';

/** Score and grade as the compiler sees them on one path: JSON Logic expressions. */
export type CompileScope = { score: JsonLogicRule; grade: JsonLogicRule };
/** Score and grade as the tracer sees them on one path: values. */
export type TraceScope = { score: number; grade: string | null };

/** A condition a node evaluates, named so the trace and the canvas can point at it. */
export type NodeCondition = { id: string; label: string; rule: JsonLogicRule };

/** What one condition gave on one lead, with the field values it read. */
export type ConditionResult = {
  id: string;
  label: string;
  value: unknown;
  holds: boolean;
  seen: Record<string, unknown>;
};

export type CompileContext = {
  /** The compiled rest of the flow behind one output, optionally with a new scope. */
  next: (output: string, scope?: CompileScope) => JsonLogicRule;
  /** A condition made ready for the compiled expression (score and grade substituted). */
  condition: (rule: JsonLogicRule) => JsonLogicRule;
  scope: CompileScope;
  nodeId: string;
};

export type TraceContext = {
  nodeId: string;
  evaluate: (condition: NodeCondition) => ConditionResult;
  scope: TraceScope;
};

export type TraceOutcome = {
  /** The output taken; null at a terminal. */
  output: string | null;
  conditions: ConditionResult[];
  scope?: TraceScope;
};

/** What a node kind's own validation can see of the rest of the flow. */
export type KindValidationContext = {
  nodeKindOf: (nodeId: string) => string | undefined;
  teams: ReadonlySet<string>;
};

export type KindNode<K extends string, C> = { id: string; kind: K; label?: string; config: C };

export type NodeKindDefinition<K extends string, C> = {
  kind: K;
  /** One line a sales manager reads in the palette. */
  description: string;
  config: z.ZodType<C>;
  terminal: boolean;
  outputs: (config: C) => string[];
  /** How an output reads in a sentence: "passes", "the '1,000+ staff' case". */
  describeOutput: (config: C, output: string) => string;
  conditions: (config: C, nodeId: string) => NodeCondition[];
  validate?: (node: KindNode<K, C>, ctx: KindValidationContext) => FlowIssue[];
  compile: (config: C, ctx: CompileContext) => JsonLogicRule;
  trace: (config: C, ctx: TraceContext) => TraceOutcome;
};

export const nodeIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Use 1–64 letters, digits, "-" or "_".');

const positionSchema = z.object({ x: z.number(), y: z.number() });

/** The node schema of one kind: the shared envelope around that kind's config. */
export function nodeSchemaOf<K extends string, C>(kind: K, config: z.ZodType<C>) {
  return z.looseObject({
    id: nodeIdSchema,
    kind: z.literal(kind),
    label: z.string().max(200).optional(),
    position: positionSchema.optional(),
    config,
  });
}

/** Declare a node kind: its config schema, outputs, validation, compilation and trace. */
export function defineNodeKind<K extends string, C>(definition: NodeKindDefinition<K, C>) {
  return { ...definition, schema: nodeSchemaOf(definition.kind, definition.config) };
}

/** Terminal kinds share this: no outputs, nothing to evaluate. */
export const terminalParts = {
  terminal: true,
  outputs: () => [],
  describeOutput: () => '',
  conditions: () => [],
  trace: () => ({ output: null, conditions: [] }),
} as const;
