/** A flow document of every common kind: capture → qualify → score → branch → assign / pool. */
export function sampleDocument() {
  return {
    format: 'switchyard.flow/1',
    name: 'Inbound',
    teams: [
      { key: 'ent', label: 'Enterprise AEs' },
      { key: 'smb', label: 'SMB reps' },
    ],
    nodes: [
      { id: 'start', kind: 'capture', label: 'Web forms', position: { x: 0, y: 0 }, config: {} },
      {
        id: 'screen',
        kind: 'qualify',
        label: 'Enterprise?',
        position: { x: 240, y: 0 },
        config: { rule: { '>=': [{ var: 'employees' }, 50] } },
      },
      {
        id: 'fit',
        kind: 'score',
        label: 'Fit',
        position: { x: 480, y: 0 },
        config: {
          rules: [
            {
              id: 'vp',
              label: 'VP or above',
              when: { '==': [{ var: 'seniority' }, 'vp'] },
              points: 30,
            },
          ],
          bands: [
            { grade: 'hot', min: 60 },
            { grade: 'cold', min: 0 },
          ],
        },
      },
      {
        id: 'size',
        kind: 'branch',
        label: 'Size',
        position: { x: 720, y: 0 },
        config: {
          cases: [
            { id: 'big', label: '1,000+ staff', when: { '>=': [{ var: 'employees' }, 1000] } },
          ],
        },
      },
      {
        id: 'aes',
        kind: 'assign',
        label: 'AEs',
        position: { x: 960, y: -80 },
        config: {
          team: 'ent',
          strategy: { type: 'round_robin', onUnavailable: 'skip' },
          fallback: { pool: 'overflow' },
        },
      },
      {
        id: 'overflow',
        kind: 'pool',
        label: 'Overflow',
        position: { x: 960, y: 80 },
        config: { mode: 'blind' },
      },
      {
        id: 'drop',
        kind: 'disqualify',
        label: 'Not a fit',
        position: { x: 480, y: 160 },
        config: { reason: 'too small' },
      },
    ],
    edges: [
      { id: 'e1', source: 'start', target: 'screen' },
      { id: 'e2', source: 'screen', sourceHandle: 'pass', target: 'fit' },
      { id: 'e3', source: 'screen', sourceHandle: 'fail', target: 'drop' },
      { id: 'e4', source: 'fit', target: 'size' },
      { id: 'e5', source: 'size', sourceHandle: 'big', target: 'aes' },
      { id: 'e6', source: 'size', sourceHandle: 'else', target: 'overflow' },
    ],
  };
}

type Sample = ReturnType<typeof sampleDocument>;

/** The sample with one step's config edited in place (a deep copy; the original stays). */
export function withStep(
  id: string,
  edit: (node: Sample['nodes'][number] & { config: Record<string, unknown> }) => void,
  document: Sample = sampleDocument(),
): Sample {
  const copy = structuredClone(document);
  const node = copy.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`The sample has no step ${id}.`);
  edit(node as Sample['nodes'][number] & { config: Record<string, unknown> });
  return copy;
}
