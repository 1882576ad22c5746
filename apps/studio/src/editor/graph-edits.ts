import type { NodeKind } from '@switchyard/flow';
import type { Connection } from '@xyflow/react';
import { kindLooks } from '../nodes/kind-looks';
import type { Attempt } from './connection-rules';
import { type DocNode, type EditorGraph, freshId, toCanvasNode } from './flow-graph';
import { type TeamOption, withTeam } from './team-choices';

type Point = { x: number; y: number };
const deselected = (g: EditorGraph) =>
  g.nodes.map((n) => (n.selected ? { ...n, selected: false } : n));

/**
 * The graph with a new step of `kind` at `position`, selected alone. A new assign step falls
 * back to the flow's first pool, so it is valid as soon as it has a team.
 */
export function addStep(g: EditorGraph, kind: NodeKind, position: Point): EditorGraph {
  const defaults = kindLooks[kind].defaults();
  const id = freshId(kind, new Set(g.nodes.map((n) => n.id)));
  const firstPool = g.nodes.find((n) => n.data.doc.kind === 'pool');
  const config =
    kind === 'assign' && firstPool
      ? { ...defaults.config, fallback: { pool: firstPool.id } }
      : defaults.config;
  const node = toCanvasNode({ id, kind, label: defaults.label, position, config });
  return { ...g, nodes: [...deselected(g), { ...node, selected: true }] };
}

/** The graph with an edge for a connection the canvas accepted. */
export function connectSteps(g: EditorGraph, c: Connection | Attempt): EditorGraph {
  const id = freshId('e', new Set(g.edges.map((e) => e.id)));
  const edge = { id, source: c.source, target: c.target, sourceHandle: c.sourceHandle ?? null };
  return { ...g, edges: [...g.edges, edge] };
}

/** The graph without these steps and edges, and without edges to removed steps. */
export function removeElements(
  g: EditorGraph,
  removed: { nodes: ReadonlyArray<{ id: string }>; edges: ReadonlyArray<{ id: string }> },
): EditorGraph {
  const ids = new Set(removed.nodes.map((n) => n.id));
  const edgeIds = new Set(removed.edges.map((e) => e.id));
  return {
    ...g,
    nodes: g.nodes.filter((n) => !ids.has(n.id)),
    edges: g.edges.filter((e) => !edgeIds.has(e.id) && !ids.has(e.source) && !ids.has(e.target)),
  };
}

/** The graph without its selected steps and edges, and without edges to removed steps. */
export function removeSelected(g: EditorGraph): EditorGraph {
  return removeElements(g, {
    nodes: g.nodes.filter((n) => n.selected),
    edges: g.edges.filter((e) => e.selected),
  });
}

/** The graph with steps moved to `positions` (auto-layout); others stay where they are. */
export function moveSteps(g: EditorGraph, positions: ReadonlyMap<string, Point>): EditorGraph {
  return {
    ...g,
    nodes: g.nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? n.position })),
  };
}

/**
 * The graph with one step's document changed (inspector edits). Picking a real team for the
 * first time declares its placeholder in the flow and maps it in the team map.
 */
export function changeStep(
  g: EditorGraph,
  id: string,
  change: (doc: DocNode) => DocNode,
  teams: readonly TeamOption[],
): EditorGraph {
  const before = g.nodes.find((n) => n.id === id)?.data.doc;
  if (!before) return g;
  const after = change(before);
  const team = typeof after.config.team === 'string' ? after.config.team : '';
  const picked =
    team && team !== before.config.team ? teams.find((t) => t.value === team) : undefined;
  const mapped = picked?.teamId ? withTeam(g, team, picked.teamId, picked.label) : g;
  return {
    ...mapped,
    nodes: mapped.nodes.map((n) => (n.id === id ? { ...n, data: { doc: after } } : n)),
  };
}
