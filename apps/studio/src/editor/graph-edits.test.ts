import { describe, expect, it } from 'vitest';
import { toDocument } from './flow-graph';
import {
  addStep,
  changeStep,
  connectSteps,
  moveSteps,
  removeElements,
  removeSelected,
} from './graph-edits';
import { sampleGraph } from './graph-test-helpers';

describe('graph edits', () => {
  it('adds a step with a fresh id, selected alone; a new assign falls back to the first pool', () => {
    const g = addStep(
      { ...sampleGraph(), nodes: sampleGraph().nodes.map((n) => ({ ...n, selected: true })) },
      'assign',
      { x: 5, y: 6 },
    );
    const added = g.nodes.at(-1);
    expect(added?.id).toBe('assign-1');
    expect(added?.position).toEqual({ x: 5, y: 6 });
    expect(added?.data.doc.config.fallback).toEqual({ pool: 'overflow' });
    expect(g.nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(['assign-1']);
    expect(addStep(g, 'assign', { x: 0, y: 0 }).nodes.at(-1)?.id).toBe('assign-2');
  });

  it('connects with a fresh edge id and writes the unnamed output without a handle', () => {
    const g = connectSteps(sampleGraph(), { source: 'ae', target: 'overflow', sourceHandle: null });
    expect(toDocument(g).edges.at(-1)).toEqual({ id: 'e-1', source: 'ae', target: 'overflow' });
  });

  it('removes the steps and edges React Flow asks to delete, and every edge touching them, in one edit', () => {
    const g = sampleGraph();
    const after = removeElements(g, { nodes: [{ id: 'screen' }], edges: [] });
    expect(after.nodes.map((n) => n.id)).toEqual(['start', 'ae', 'drop', 'overflow']);
    expect(after.edges.some((e) => e.source === 'screen' || e.target === 'screen')).toBe(false);
    expect(after.edges.length).toBeLessThan(g.edges.length);
  });

  it('removes selected steps and every edge touching them', () => {
    const g = sampleGraph();
    g.nodes = g.nodes.map((n) => (n.id === 'screen' ? { ...n, selected: true } : n));
    const after = removeSelected(g);
    expect(after.nodes.map((n) => n.id)).toEqual(['start', 'ae', 'drop', 'overflow']);
    expect(after.edges).toEqual([]);
  });

  it('moves only the steps it has positions for', () => {
    const g = moveSteps(sampleGraph(), new Map([['ae', { x: 1, y: 2 }]]));
    expect(g.nodes.find((n) => n.id === 'ae')?.position).toEqual({ x: 1, y: 2 });
    expect(g.nodes.find((n) => n.id === 'start')?.position).toEqual({ x: 0, y: 0 });
  });

  it('maps a newly picked team into the flow, and leaves an unknown step alone', () => {
    const g = changeStep(
      sampleGraph(),
      'ae',
      (doc) => ({ ...doc, config: { ...doc.config, team: 'smb' } }),
      [{ value: 'smb', label: 'SMB reps', teamId: 'team_2' }],
    );
    expect(g.teamMap).toEqual({ ent: 'team_1', smb: 'team_2' });
    expect(g.meta.teams).toContainEqual({ key: 'smb', label: 'SMB reps' });
    expect(g.nodes.find((n) => n.id === 'ae')?.data.doc.config.team).toBe('smb');
    const untouched = sampleGraph();
    expect(changeStep(untouched, 'ghost', (doc) => doc, [])).toBe(untouched);
  });
});
