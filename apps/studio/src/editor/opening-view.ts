/** A node's box on the canvas, in flow coordinates. */
export type Box = { x: number; y: number; width: number; height: number };
export type Viewport = { x: number; y: number; zoom: number };

/** The smallest zoom at which a step's text is still readable (12 px type shows at ≥ 8 px). */
export const readableZoom = 0.7;
const margin = 40;

/**
 * Where the editor opens: the whole flow when it fits at a readable zoom (≤ 1), else a readable
 * zoom with the capture step at the left, centred vertically, and the rest to scroll to
 * (issue 20: the demo flow opened at 0.37, too small to read).
 */
export function openingViewport(input: {
  boxes: readonly Box[];
  capture: Box | undefined;
  width: number;
  height: number;
}): Viewport | null {
  const { boxes, width, height } = input;
  if (boxes.length === 0 || width <= 0 || height <= 0) return null;
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  const fit = Math.min(
    (width - 2 * margin) / Math.max(right - left, 1),
    (height - 2 * margin) / Math.max(bottom - top, 1),
  );
  if (fit >= readableZoom || !input.capture) {
    const zoom = Math.max(Math.min(fit, 1), Math.min(readableZoom, 1));
    return {
      zoom,
      x: width / 2 - ((left + right) / 2) * zoom,
      y: height / 2 - ((top + bottom) / 2) * zoom,
    };
  }
  const { capture } = input;
  return {
    zoom: readableZoom,
    x: margin - capture.x * readableZoom,
    y: height / 2 - (capture.y + capture.height / 2) * readableZoom,
  };
}
