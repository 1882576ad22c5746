import { describe, expect, it } from 'vitest';
import { summarizePaths } from './summarize-paths';
import { reportLead } from './test-leads';

describe('summarizePaths', () => {
  it('counts a lead once per node and connection, even when its path passes twice', () => {
    const looping = reportLead({
      path: [
        { nodeId: 'capture', output: 'next' },
        { nodeId: 'branch', output: 'retry' },
        { nodeId: 'branch', output: 'retry' },
        { nodeId: 'branch', output: 'retry' },
        { nodeId: 'pool', output: null },
      ],
    });
    const straight = reportLead({
      path: [
        { nodeId: 'capture', output: 'next' },
        { nodeId: 'pool', output: null },
      ],
    });
    expect(summarizePaths([looping, straight])).toEqual({
      nodes: [
        { nodeId: 'capture', leads: 2 },
        { nodeId: 'pool', leads: 2 },
        { nodeId: 'branch', leads: 1 },
      ],
      edges: [
        { from: 'branch', output: 'retry', to: 'branch', leads: 1 },
        { from: 'branch', output: 'retry', to: 'pool', leads: 1 },
        { from: 'capture', output: 'next', to: 'branch', leads: 1 },
        { from: 'capture', output: 'next', to: 'pool', leads: 1 },
      ],
    });
  });

  it('counts nothing for a lead without a trace', () => {
    expect(summarizePaths([reportLead({ path: [] })])).toEqual({ nodes: [], edges: [] });
  });
});
