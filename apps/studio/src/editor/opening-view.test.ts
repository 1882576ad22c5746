import { describe, expect, it } from 'vitest';
import { openingViewport, readableZoom } from './opening-view';

const box = (x: number, y: number) => ({ x, y, width: 200, height: 80 });

describe('openingViewport', () => {
  it('shows a small flow whole, at most at full size, centred', () => {
    const view = openingViewport({
      boxes: [box(0, 0), box(300, 0)],
      capture: box(0, 0),
      width: 1000,
      height: 600,
    });
    expect(view?.zoom).toBe(1);
    expect(view?.x).toBe(500 - 250);
  });

  it('opens a wide flow at a readable zoom with the capture step at the left, centred', () => {
    const boxes = Array.from({ length: 8 }, (_, i) => box(i * 300, (i % 3) * 200 - 200));
    const view = openingViewport({ boxes, capture: box(0, 0), width: 700, height: 600 });
    expect(view?.zoom).toBe(readableZoom);
    expect(view?.x).toBe(40);
    expect(view?.y).toBeCloseTo(300 - 40 * readableZoom);
  });

  it('has nothing to show without steps or room', () => {
    expect(openingViewport({ boxes: [], capture: undefined, width: 500, height: 500 })).toBeNull();
    expect(
      openingViewport({ boxes: [box(0, 0)], capture: undefined, width: 0, height: 0 }),
    ).toBeNull();
  });
});
