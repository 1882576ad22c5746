import { describe, expect, it } from 'vitest';
import { diffFlows, removedEdgeId, stepsOfChange } from './flow-diff';
import { sampleDocument, withStep } from './view-test-helpers';

const sentences = (older: unknown, newer: unknown) =>
  diffFlows(older, newer).changes.map((change) => change.sentence);

describe('diffFlows', () => {
  it('finds no change between a document and its copy, or after moving steps', () => {
    const moved = withStep('screen', (node) => {
      node.position = { x: 999, y: 999 };
    });
    for (const newer of [sampleDocument(), moved]) {
      const diff = diffFlows(sampleDocument(), newer);
      expect(diff).toMatchObject({ nodes: {}, edges: {}, changes: [] });
      expect(diff.graph.nodes).toHaveLength(7);
    }
  });

  it('marks a changed rule and strategy amber and words them', () => {
    let newer = withStep('screen', (node) => {
      node.config.rule = { '>=': [{ var: 'employees' }, 500] };
    });
    newer = withStep(
      'aes',
      (node) => {
        node.config.strategy = { type: 'weighted', onUnavailable: 'skip' };
      },
      newer,
    );
    const diff = diffFlows(sampleDocument(), newer);
    expect(diff.nodes).toEqual({ screen: 'changed', aes: 'changed' });
    expect(diff.edges).toEqual({});
    expect(diff.changes).toEqual([
      {
        status: 'changed',
        sentence: "Qualify 'Enterprise?': condition “Employees ≥ 50” → “Employees ≥ 500”",
        nodeId: 'screen',
      },
      {
        status: 'changed',
        sentence: "Assign 'AEs': strategy round robin → weighted round robin",
        nodeId: 'aes',
      },
    ]);
  });

  it('marks an added step and its connections green, worded once', () => {
    const newer = sampleDocument();
    newer.nodes.push({
      id: 'smb',
      kind: 'assign',
      label: 'SMB reps',
      position: { x: 1200, y: 0 },
      config: {
        team: 'smb',
        strategy: { type: 'load_balanced', onUnavailable: 'skip' },
        fallback: { pool: 'overflow' },
      },
    });
    newer.edges = newer.edges.map((e) => (e.id === 'e6' ? { ...e, target: 'smb' } : e));
    const diff = diffFlows(sampleDocument(), newer);
    expect(diff.nodes).toEqual({ smb: 'added' });
    // The "else" output now goes elsewhere: the new connection amber, the old one drawn red.
    expect(diff.edges).toEqual({ e6: 'changed', [removedEdgeId('e6')]: 'removed' });
    expect(diff.graph.edges.find((e) => e.id === removedEdgeId('e6'))).toMatchObject({
      source: 'size',
      target: 'overflow',
    });
    expect(diff.changes.map((c) => c.sentence)).toEqual([
      "Assign 'SMB reps' added",
      "Branch 'Size': 'Else' now goes to Assign 'SMB reps' (was Pool 'Overflow')",
    ]);
  });

  it('draws a removed step from the older version, red, with its connections', () => {
    const older = sampleDocument();
    const newer = sampleDocument();
    newer.nodes = newer.nodes.filter((n) => n.id !== 'drop');
    newer.edges = newer.edges.filter((e) => e.id !== 'e3');
    const diff = diffFlows(older, newer);
    expect(diff.nodes).toEqual({ drop: 'removed' });
    expect(diff.edges).toEqual({ [removedEdgeId('e3')]: 'removed' });
    const drawn = diff.graph.nodes.find((n) => n.id === 'drop');
    expect(drawn?.position).toEqual({ x: 480, y: 160 });
    expect(diff.changes).toEqual([
      {
        status: 'removed',
        sentence: "Qualify 'Enterprise?': 'Fails' no longer goes to Disqualify 'Not a fit'",
        edgeId: removedEdgeId('e3'),
      },
      { status: 'removed', sentence: "Disqualify 'Not a fit' removed", nodeId: 'drop' },
    ]);
  });

  it('points each change at the steps to bring into view', () => {
    const newer = sampleDocument();
    newer.nodes = newer.nodes.filter((n) => n.id !== 'drop');
    newer.edges = newer.edges.filter((e) => e.id !== 'e3');
    const diff = diffFlows(sampleDocument(), { ...newer, name: 'Renamed' });
    expect(diff.changes.map((change) => stepsOfChange(change, diff.graph))).toEqual([
      [], // the flow's name: nothing on the canvas
      ['screen', 'drop'],
      ['drop'],
    ]);
  });

  it('does not call a renumbered edge a change', () => {
    const newer = sampleDocument();
    newer.edges = newer.edges.map((e) => ({ ...e, id: `edge-${e.id}` }));
    expect(diffFlows(sampleDocument(), newer)).toMatchObject({ edges: {}, changes: [] });
  });

  it('words changes to the flow itself', () => {
    const newer = { ...sampleDocument(), name: 'Inbound v2', description: 'new', teams: [] };
    expect(sentences(sampleDocument(), newer)).toEqual([
      "Flow renamed 'Inbound' → 'Inbound v2'",
      'Flow description changed',
      'Team placeholders changed',
    ]);
  });

  it('words a team placeholder mapped to another team, though the documents are equal', () => {
    const diff = diffFlows(sampleDocument(), sampleDocument(), {
      older: { ent: 'team_1', smb: 'team_2' },
      newer: { ent: 'team_9' },
    });
    expect(diff.changes.map((c) => c.sentence)).toEqual([
      "Team 'Enterprise AEs' is now a different team of yours",
      "Team 'SMB reps' is no longer chosen",
    ]);
    expect(diff.nodes).toEqual({});
    const same = { ent: 'team_1' };
    expect(
      diffFlows(sampleDocument(), sampleDocument(), { older: same, newer: same }).changes,
    ).toEqual([]);
  });

  it('compares malformed documents without throwing', () => {
    const diff = diffFlows('not a flow', sampleDocument());
    expect(Object.values(diff.nodes).every((s) => s === 'added')).toBe(true);
    expect(Object.keys(diff.nodes)).toHaveLength(7);
    expect(diffFlows(sampleDocument(), null).changes.at(-1)?.sentence).toBe(
      "Disqualify 'Not a fit' removed",
    );
  });
});
