import { parseFlow } from '@switchyard/flow';
import { describe, expect, it } from 'vitest';
import { summariseTemplate } from './template-summary';

const at = { x: 0, y: 0 };
const document = {
  format: 'switchyard.flow/1',
  name: 'Two ways',
  teams: [{ key: 'sales' }, { key: 'ae', label: 'Account executives' }],
  nodes: [
    {
      id: 'vip',
      kind: 'assign',
      position: at,
      config: {
        team: 'ae',
        strategy: { type: 'named_rep', repId: 'rep_boss' },
        fallback: { pool: 'queue' },
      },
    },
    { id: 'start', kind: 'capture', label: 'Forms', position: at, config: {} },
    {
      id: 'size',
      kind: 'branch',
      label: 'Size',
      position: at,
      config: { cases: [{ id: 'big', label: 'Big', when: { '>=': [{ var: 'employees' }, 500] } }] },
    },
    { id: 'queue', kind: 'pool', label: 'Queue', position: at, config: { mode: 'blind' } },
    {
      id: 'rr',
      kind: 'assign',
      label: '',
      position: at,
      config: { team: 'sales', strategy: { type: 'round_robin' }, fallback: { pool: 'queue' } },
    },
    {
      id: 'lost',
      kind: 'disqualify',
      label: 'Nobody reaches me',
      position: at,
      config: { reason: 'x' },
    },
  ],
  edges: [
    { id: 'e1', source: 'start', target: 'size' },
    { id: 'e2', source: 'size', sourceHandle: 'big', target: 'vip' },
    { id: 'e3', source: 'size', sourceHandle: 'else', target: 'rr' },
  ],
};

function summary() {
  const parsed = parseFlow(document);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return summariseTemplate(parsed.value);
}

describe('summariseTemplate', () => {
  it('lists the steps from capture outwards, unreached ones last', () => {
    expect(summary().steps).toEqual([
      { id: 'start', kind: 'capture', label: 'Forms' },
      { id: 'size', kind: 'branch', label: 'Size' },
      { id: 'vip', kind: 'assign', label: 'vip' },
      { id: 'rr', kind: 'assign', label: 'rr' },
      { id: 'queue', kind: 'pool', label: 'Queue' },
      { id: 'lost', kind: 'disqualify', label: 'Nobody reaches me' },
    ]);
  });

  it('names the strategies and pool modes once each, the teams and the rep placeholders', () => {
    expect(summary()).toMatchObject({
      name: 'Two ways',
      description: '',
      nodeCount: 6,
      strategies: ['Named rep', 'Blind pool', 'Round robin'],
      teams: [
        { key: 'sales', label: 'sales' },
        { key: 'ae', label: 'Account executives' },
      ],
      repPlaceholders: ['rep_boss'],
    });
  });
});
