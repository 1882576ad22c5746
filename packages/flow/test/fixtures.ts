import type { Flow } from '../src/document';
import example from './example-flow.json' with { type: 'json' };

/** The example document of FLOW-FORMAT.md, verbatim. */
export function exampleFlow(): Flow {
  return clone(example) as Flow;
}

/** A deep copy of plain JSON data. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

type NodeInput = { id: string; kind: string; label?: string; config?: unknown };
type EdgeInput = [source: string, target: string, sourceHandle?: string];

/** A small flow from terse nodes and `[source, target, handle?]` edges, for tests. */
export function buildFlow(
  nodes: NodeInput[],
  edges: EdgeInput[],
  extra: Partial<Pick<Flow, 'fields' | 'teams'>> = {},
): Flow {
  return {
    format: 'switchyard.flow/1',
    name: 'Test flow',
    teams: [{ key: 'sales', label: 'Sales' }],
    ...extra,
    nodes: nodes.map((node) => ({ label: node.id, config: {}, ...node })),
    edges: edges.map(([source, target, sourceHandle], index) => ({
      id: `e${index}`,
      source,
      target,
      ...(sourceHandle === undefined ? {} : { sourceHandle }),
    })),
  } as Flow;
}

export const assignConfig = {
  team: 'sales',
  strategy: { type: 'round_robin' },
  fallback: { rep: 'rep_1' },
};

/** capture → qualify(employees ≥ 50) → assign | disqualify. */
export function qualifyFlow(): Flow {
  return buildFlow(
    [
      { id: 'start', kind: 'capture' },
      { id: 'screen', kind: 'qualify', config: { rule: { '>=': [{ var: 'employees' }, 50] } } },
      { id: 'rep', kind: 'assign', config: assignConfig },
      { id: 'drop', kind: 'disqualify', config: { reason: 'too small' } },
    ],
    [
      ['start', 'screen'],
      ['screen', 'rep', 'pass'],
      ['screen', 'drop', 'fail'],
    ],
  );
}
