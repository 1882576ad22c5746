import { describe, expect, it } from 'vitest';
import { toDocument } from './flow-graph';
import { addStep } from './graph-edits';
import { sampleGraph } from './graph-test-helpers';
import { outputRoutes, routeOutput } from './next-steps';

describe('next steps without dragging', () => {
  it('lists each output, where it leads, and only the steps it may lead to', () => {
    const routes = outputRoutes(sampleGraph(), 'screen');
    expect(routes.map((r) => [r.output, r.label, r.target])).toEqual([
      ['pass', 'Passes', 'ae'],
      ['fail', 'Fails', 'drop'],
    ]);
    // Not itself, not the capture step (nothing leads into it), and no loop back to it.
    expect(routes[0]?.choices.map((c) => c.value)).toEqual(['ae', 'drop', 'overflow']);
  });

  it('offers nothing that would make a loop', () => {
    const withBranch = addStep(sampleGraph(), 'branch', { x: 300, y: 0 });
    const g = routeOutput(withBranch, { source: 'screen', output: 'pass', target: 'branch-1' });
    const routes = outputRoutes(g, 'branch-1');
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      // The screen step leads here, so leading back to it would loop.
      expect(route.choices.map((c) => c.value)).toEqual(['ae', 'drop', 'overflow']);
    }
    expect(outputRoutes(g, 'start')[0]?.label).toBe('Next step');
  });

  it('gives a final step no outputs', () => {
    expect(outputRoutes(sampleGraph(), 'ae')).toEqual([]);
    expect(outputRoutes(sampleGraph(), 'ghost')).toEqual([]);
  });

  it('re-points one output, keeping the others', () => {
    const g = routeOutput(sampleGraph(), { source: 'screen', output: 'fail', target: 'overflow' });
    expect(toDocument(g).edges).toEqual([
      { id: 'e1', source: 'start', target: 'screen' },
      { id: 'e2', source: 'screen', sourceHandle: 'pass', target: 'ae' },
      { id: 'e-1', source: 'screen', sourceHandle: 'fail', target: 'overflow' },
    ]);
    const cut = routeOutput(sampleGraph(), { source: 'start', output: '', target: null });
    expect(toDocument(cut).edges.map((e) => e.id)).toEqual(['e2', 'e3']);
  });
});
