import { describe, expect, it } from 'vitest';
import { capturedSources } from './captured-sources';

describe('capturedSources', () => {
  it('reads the sources the capture step names', () => {
    const document = {
      nodes: [
        { id: 'x', kind: 'qualify', config: {} },
        { id: 'start', kind: 'capture', config: { sources: ['src_a', 'src_b'] } },
      ],
    };
    expect(capturedSources(document)).toEqual(['src_a', 'src_b']);
  });

  it('is empty (every source) when none are named, or the document is not a flow', () => {
    expect(capturedSources({ nodes: [{ kind: 'capture', config: {} }] })).toEqual([]);
    expect(capturedSources({ nodes: 'nope' })).toEqual([]);
    expect(capturedSources(null)).toEqual([]);
  });
});
