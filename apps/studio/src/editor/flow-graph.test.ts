import { describe, expect, it } from 'vitest';
import { outputsOf, toDocument, toEditorGraph } from './flow-graph';
import { sampleGraph } from './graph-test-helpers';

describe('flow document ↔ canvas', () => {
  it('round-trips a document, keeping unknown keys', () => {
    const draft = { ...toDocument(sampleGraph()), description: 'kept', extra: { a: 1 } };
    expect(toDocument(toEditorGraph(draft))).toEqual(draft);
  });

  it('opens a malformed draft as something the canvas can show', () => {
    const g = toEditorGraph({
      nodes: [null, { kind: 7, position: 'x' }, 'junk'],
      edges: [{}],
      name: 3,
    });
    expect(g.nodes.map((n) => [n.id, n.type, n.data.doc.position])).toEqual([
      ['node-1', 'unknown', { x: 0, y: 0 }],
      ['node-2', 'unknown', { x: 240, y: 0 }],
      ['node-3', 'unknown', { x: 480, y: 0 }],
    ]);
    expect(g.edges).toEqual([{ id: 'e1', source: '', target: '', sourceHandle: null }]);
    expect(toEditorGraph('not a flow').nodes).toEqual([]);
  });

  it('names the outputs of every kind from the raw config, half-filled or not', () => {
    expect(outputsOf({ kind: 'qualify', config: {} })).toEqual(['pass', 'fail']);
    expect(outputsOf({ kind: 'branch', config: { cases: [{ id: 'a' }, { nope: 1 }] } })).toEqual([
      'a',
      'else',
    ]);
    expect(outputsOf({ kind: 'split', config: { arms: 'bad' } })).toEqual([]);
    expect(outputsOf({ kind: 'score', config: {} })).toEqual(['']);
    expect(outputsOf({ kind: 'pool', config: {} })).toEqual([]);
  });
});
