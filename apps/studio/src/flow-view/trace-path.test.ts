import { describe, expect, it } from 'vitest';
import { tracePath } from './trace-path';
import { viewGraphOf } from './view-graph';
import { sampleDocument } from './view-test-helpers';

const graph = viewGraphOf(sampleDocument());

describe('tracePath', () => {
  it('lights the steps and connections a lead took and dims the rest', () => {
    const path = tracePath(graph, [
      { nodeId: 'start', output: '' },
      { nodeId: 'screen', output: 'pass' },
      { nodeId: 'fit', output: '' },
      { nodeId: 'size', output: 'else' },
      { nodeId: 'overflow', output: null },
    ]);
    expect(path.nodes).toEqual({
      start: 'lit',
      screen: 'lit',
      fit: 'lit',
      size: 'lit',
      aes: 'dim',
      overflow: 'lit',
      drop: 'dim',
    });
    expect(path.edges).toEqual({
      e1: 'lit',
      e2: 'lit',
      e3: 'dim',
      e4: 'lit',
      e5: 'dim',
      e6: 'lit',
    });
  });

  it('lights only the connection leaving by the output taken', () => {
    // Both outputs of "screen" lead to the same step: only "fail" was taken.
    const both = viewGraphOf({
      ...sampleDocument(),
      edges: [
        { id: 'p', source: 'screen', sourceHandle: 'pass', target: 'drop' },
        { id: 'f', source: 'screen', sourceHandle: 'fail', target: 'drop' },
      ],
    });
    const path = tracePath(both, [
      { nodeId: 'screen', output: 'fail' },
      { nodeId: 'drop', output: null },
    ]);
    expect(path.edges).toEqual({ p: 'dim', f: 'lit' });
  });

  it('draws a lead without a trace plainly, and skips steps the version lacks', () => {
    expect(tracePath(graph, [])).toEqual({ nodes: {}, edges: {} });
    const path = tracePath(graph, [
      { nodeId: 'start', output: '' },
      { nodeId: 'gone', output: null },
    ]);
    expect(path.nodes.start).toBe('lit');
    expect(path.nodes).not.toHaveProperty('gone');
    expect(path.edges.e1).toBe('dim');
  });
});
