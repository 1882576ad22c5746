/** Small flows for runtime tests, written as a manager would save them. */

const node = (id: string, kind: string, config: Record<string, unknown>, label = id) => ({
  id,
  kind,
  label,
  position: { x: 0, y: 0 },
  config,
});

/** capture → assign(team "sales", strategy) with a fallback to the blind pool "overflow". */
export function assignFlow(
  strategy: Record<string, unknown>,
  extra: Record<string, unknown> = {},
  fallback: Record<string, string> = { pool: 'overflow' },
) {
  return {
    format: 'switchyard.flow/1',
    name: 'Assign test',
    teams: [{ key: 'sales', label: 'Sales' }],
    nodes: [
      node('start', 'capture', {}),
      node('route', 'assign', { team: 'sales', strategy, fallback, ...extra }, 'Sales reps'),
      ...('pool' in fallback ? [node('overflow', 'pool', { mode: 'blind' }, 'Overflow')] : []),
    ],
    edges: [{ id: 'e1', source: 'start', target: 'route' }],
  };
}

/** capture → qualify(business e-mail) → pass: pool (cherry-pick or blind), fail: disqualify. */
export function poolFlow(mode: 'cherry_pick' | 'blind', extra: Record<string, unknown> = {}) {
  return {
    format: 'switchyard.flow/1',
    name: 'Pool test',
    teams: [{ key: 'sales', label: 'Sales' }],
    nodes: [
      node('start', 'capture', {}),
      node('screen', 'qualify', { rule: { '!': { var: 'isFreeEmail' } } }, 'Business e-mail'),
      node('pool', 'pool', { mode, ...extra }, 'Open leads'),
      node('drop', 'disqualify', { reason: 'free e-mail' }, 'Not a fit'),
    ],
    edges: [
      { id: 'e1', source: 'start', target: 'screen' },
      { id: 'e2', source: 'screen', sourceHandle: 'pass', target: 'pool' },
      { id: 'e3', source: 'screen', sourceHandle: 'fail', target: 'drop' },
    ],
  };
}

/** Five reps r1…r5 in team "sales". */
export const fiveReps = ['r1', 'r2', 'r3', 'r4', 'r5'].map((id) => ({ id }));

/** capture → business e-mail? → pass: round robin over "sales" (fallback pool), fail: drop. */
export const screenedAssignFlow = {
  format: 'switchyard.flow/1',
  name: 'Report test',
  teams: [{ key: 'sales', label: 'Sales' }],
  nodes: [
    node('start', 'capture', {}),
    node('screen', 'qualify', { rule: { '!': { var: 'isFreeEmail' } } }, 'Business e-mail'),
    node('reps', 'assign', {
      team: 'sales',
      strategy: { type: 'round_robin' },
      fallback: { pool: 'overflow' },
    }),
    node('overflow', 'pool', { mode: 'blind' }, 'Overflow'),
    node('drop', 'disqualify', { reason: 'free e-mail' }, 'Not a fit'),
  ],
  edges: [
    { id: 'e1', source: 'start', target: 'screen' },
    { id: 'e2', source: 'screen', sourceHandle: 'pass', target: 'reps' },
    { id: 'e3', source: 'screen', sourceHandle: 'fail', target: 'drop' },
  ],
};
