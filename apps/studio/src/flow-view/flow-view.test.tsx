import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FlowView } from './flow-view';
import { viewGraphOf } from './view-graph';
import { sampleDocument } from './view-test-helpers';

const graph = viewGraphOf(sampleDocument());

function wrapperOf(container: HTMLElement, id: string) {
  const found = container.querySelector(`.react-flow__node[data-id="${id}"]`);
  if (!found) throw new Error(`No step ${id} on the canvas.`);
  return found;
}

describe('FlowView', () => {
  it('draws every step with the node card, read-only', () => {
    const { container } = render(<FlowView graph={graph} label="Version 1 of Inbound" />);
    expect(container.querySelectorAll('.react-flow__node')).toHaveLength(7);
    const screen = wrapperOf(container, 'screen');
    expect(screen.querySelector('.flow-node .label')?.textContent).toBe('Enterprise?');
    // Not draggable, not selectable: React Flow adds these classes to movable, pickable steps.
    expect(screen.classList.contains('draggable')).toBe(false);
    expect(screen.classList.contains('selectable')).toBe(false);
    expect(screen.getAttribute('data-status')).toBeNull();
    expect(container.querySelector('[aria-label="Version 1 of Inbound"]')).not.toBeNull();
  });

  it('marks steps by status for styles, tests and screen readers', () => {
    const { container } = render(
      <FlowView
        graph={graph}
        label="Changes"
        nodeStatus={{ screen: 'changed', drop: 'removed', aes: 'added' }}
        edgeStatus={{ e3: 'removed' }}
      />,
    );
    const screen = wrapperOf(container, 'screen');
    expect(screen.getAttribute('data-status')).toBe('changed');
    expect(screen.classList.contains('view-changed')).toBe(true);
    expect(screen.getAttribute('aria-label')).toBe('Qualify Enterprise?, changed');
    expect(wrapperOf(container, 'drop').getAttribute('data-status')).toBe('removed');
    expect(wrapperOf(container, 'aes').getAttribute('data-status')).toBe('added');
    expect(wrapperOf(container, 'fit').getAttribute('data-status')).toBeNull();
  });

  it('names teams from the document on the node cards', () => {
    const { container } = render(<FlowView graph={graph} label="Inbound" />);
    expect(wrapperOf(container, 'aes').textContent).toContain('Enterprise AEs');
  });
});
