import { flowFormat } from '@switchyard/flow';
import { z } from 'zod';

const maxDocumentChars = 1_000_000;

/**
 * A flow document as the studio sends it: any JSON object up to ~1 MB. Drafts are work in
 * progress, so the graph is checked by `validate` and `publish`, not on save.
 */
export const documentSchema = z
  .record(z.string(), z.unknown())
  .refine(
    (document) => JSON.stringify(document).length <= maxDocumentChars,
    'This flow is too large to save (over 1 MB).',
  );

/** Team placeholder key → team id of this organisation. */
export const teamMapSchema = z.record(
  z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Team keys use letters, digits, "-" or "_".'),
  z.string().min(1).max(100),
);

/**
 * The draft of a new flow: one capture step into an open pool, so it validates, can be published
 * as is, and drops no lead while the manager builds the real routing.
 */
export function emptyFlow(name: string): Record<string, unknown> {
  return {
    format: flowFormat,
    name,
    nodes: [
      { id: 'start', kind: 'capture', label: 'Web forms', position: { x: 0, y: 0 }, config: {} },
      {
        id: 'inbox',
        kind: 'pool',
        label: 'New leads',
        position: { x: 240, y: 0 },
        config: { mode: 'cherry_pick' },
      },
    ],
    edges: [{ id: 'e1', source: 'start', target: 'inbox' }],
  };
}

/**
 * A document as a template file: the flow's name, and no ids of this organisation except rep
 * ids (capture steps may list source ids; those stay home). Teams are placeholder keys already.
 */
export function exportDocument(document: unknown, name: string): Record<string, unknown> {
  const copy = structuredClone(document) as Record<string, unknown>;
  const nodes = Array.isArray(copy.nodes) ? copy.nodes : [];
  for (const node of nodes as Array<{ kind?: unknown; config?: Record<string, unknown> }>) {
    if (node?.kind === 'capture' && node.config && typeof node.config === 'object') {
      delete node.config.sources;
    }
  }
  return { ...copy, name };
}
