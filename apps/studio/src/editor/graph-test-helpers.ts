import { type EditorGraph, toEditorGraph } from './flow-graph';

/** A small editor graph: capture → qualify (pass → assign, fail → drop), a pool, one team. */
export function sampleGraph(): EditorGraph {
  return toEditorGraph(
    {
      format: 'switchyard.flow/1',
      name: 'Sample',
      teams: [{ key: 'ent', label: 'Enterprise' }],
      nodes: [
        { id: 'start', kind: 'capture', position: { x: 0, y: 0 }, config: {} },
        {
          id: 'screen',
          kind: 'qualify',
          label: 'Screen',
          position: { x: 200, y: 0 },
          config: { rule: true },
        },
        {
          id: 'ae',
          kind: 'assign',
          label: 'AEs',
          position: { x: 400, y: 0 },
          config: {
            team: 'ent',
            strategy: { type: 'round_robin' },
            fallback: { pool: 'overflow' },
          },
        },
        { id: 'drop', kind: 'disqualify', position: { x: 400, y: 100 }, config: { reason: 'no' } },
        { id: 'overflow', kind: 'pool', position: { x: 600, y: 0 }, config: { mode: 'blind' } },
      ],
      edges: [
        { id: 'e1', source: 'start', target: 'screen' },
        { id: 'e2', source: 'screen', sourceHandle: 'pass', target: 'ae' },
        { id: 'e3', source: 'screen', sourceHandle: 'fail', target: 'drop' },
      ],
    },
    { ent: 'team_1' },
  );
}
