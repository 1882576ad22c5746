import { describe, expect, it } from 'vitest';
import { connectionProblem } from './connection-rules';
import { toCanvasNode } from './flow-graph';
import { sampleGraph } from './graph-test-helpers';

const { nodes, edges } = sampleGraph();
const attempt = (source: string, target: string, sourceHandle: string | null = null) =>
  connectionProblem(nodes, edges, { source, target, sourceHandle });

describe('connectionProblem', () => {
  it('allows a free output to a step further on', () => {
    const open = sampleGraph();
    open.edges = open.edges.filter((e) => e.id !== 'e3');
    expect(
      connectionProblem(open.nodes, open.edges, {
        source: 'screen',
        target: 'overflow',
        sourceHandle: 'fail',
      }),
    ).toBeNull();
  });

  it('refuses what the flow language forbids, each with its reason', () => {
    expect(attempt('screen', 'start', 'fail')).toMatch(/into the capture step/);
    expect(attempt('ae', 'overflow')).toMatch(/final step/);
    expect(attempt('screen', 'overflow', 'pass')).toMatch(/already leads to a step/);
    expect(attempt('screen', 'screen', 'pass')).toMatch(/back to itself/);
    expect(attempt('start', 'ghost')).toMatch(/steps of this flow/);
  });

  it('refuses a loop back to an earlier step', () => {
    const g = sampleGraph();
    g.nodes.push(
      toCanvasNode({ id: 'second', kind: 'qualify', position: { x: 0, y: 0 }, config: {} }),
    );
    g.edges = g.edges.filter((e) => e.id !== 'e3');
    g.edges.push({ id: 'e9', source: 'screen', sourceHandle: 'fail', target: 'second' });
    expect(
      connectionProblem(g.nodes, g.edges, {
        source: 'second',
        target: 'screen',
        sourceHandle: 'pass',
      }),
    ).toMatch(/loop/);
  });
});
