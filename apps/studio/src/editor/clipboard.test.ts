import { describe, expect, it } from 'vitest';
import { copySelection, pasteClipping } from './clipboard';
import { sampleGraph } from './graph-test-helpers';

const labelOf = (g: ReturnType<typeof sampleGraph>, id: string) =>
  g.nodes.find((n) => n.id === id)?.data.doc.label;

describe('copy and paste', () => {
  it('copies nothing when nothing is selected', () => {
    const g = sampleGraph();
    expect(copySelection(g.nodes, g.edges)).toBeNull();
  });

  it('pastes copies with fresh ids, their inner edges renamed, offset and selected', () => {
    const g = sampleGraph();
    g.nodes = g.nodes.map((n) => ({ ...n, selected: n.id === 'screen' || n.id === 'ae' }));
    const clipping = copySelection(g.nodes, g.edges);
    if (!clipping) throw new Error('nothing copied');
    expect(clipping.edges).toEqual([{ source: 'screen', target: 'ae', sourceHandle: 'pass' }]);
    const pasted = pasteClipping(clipping, g);
    // Below the copied steps, named as copies (issue 20: it landed on the original, same name).
    expect(pasted.nodes.map((n) => [n.id, n.position, n.selected, n.data.doc.label])).toEqual([
      ['qualify-1', { x: 240, y: 160 }, true, `${labelOf(g, 'screen')} (copy)`],
      ['assign-1', { x: 440, y: 160 }, true, `${labelOf(g, 'ae')} (copy)`],
    ]);
    // A second paste goes below the first, with the next name.
    const again = pasteClipping(clipping, { nodes: [...g.nodes, ...pasted.nodes], edges: g.edges });
    expect(again.nodes.map((n) => [n.position.y, n.data.doc.label])).toEqual([
      [320, `${labelOf(g, 'screen')} (copy 2)`],
      [320, `${labelOf(g, 'ae')} (copy 2)`],
    ]);
    expect(pasted.edges).toEqual([
      { id: 'e-1', source: 'qualify-1', target: 'assign-1', sourceHandle: 'pass' },
    ]);
    // The copy is independent of the original.
    (pasted.nodes[1]?.data.doc.config as { team: string }).team = 'changed';
    expect(g.nodes.find((n) => n.id === 'ae')?.data.doc.config.team).toBe('ent');
  });
});
