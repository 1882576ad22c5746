import { z } from 'zod';
import { flowNodeSchema } from './nodes';

/** The format tag of the current flow document version. */
export const flowFormat = 'switchyard.flow/1';

/** A custom lead field the flow reads; conditions may read only declared `custom.*` fields. */
export const fieldDeclarationSchema = z.looseObject({
  key: z
    .string()
    .regex(/^custom\.[A-Za-z0-9_]{1,64}$/, 'Custom field keys look like "custom.seats".'),
  label: z.string().optional(),
  type: z.enum(['string', 'number', 'boolean']),
  values: z.array(z.string()).optional(),
});

/** A team placeholder: templates name teams by key, import maps each key to a real team. */
export const teamPlaceholderSchema = z.looseObject({
  key: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Use letters, digits, "-" or "_".'),
  label: z.string().optional(),
});

export const flowEdgeSchema = z.looseObject({
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  sourceHandle: z.string().nullish(),
  targetHandle: z.string().nullish(),
});

/** The flow document, `switchyard.flow/1`: a public format, stable and versioned. */
export const flowSchema = z.looseObject({
  format: z.literal(flowFormat),
  name: z.string().min(1).max(200),
  description: z.string().optional(),
  fields: z.array(fieldDeclarationSchema).optional(),
  teams: z.array(teamPlaceholderSchema).optional(),
  nodes: z.array(flowNodeSchema),
  edges: z.array(flowEdgeSchema),
});

export type Flow = z.infer<typeof flowSchema>;
export type FlowEdge = z.infer<typeof flowEdgeSchema>;
export type FieldDeclaration = z.infer<typeof fieldDeclarationSchema>;
export type TeamPlaceholder = z.infer<typeof teamPlaceholderSchema>;
