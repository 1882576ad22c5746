import { describe, expect, it } from 'vitest';
import { distributionView, formatSeen, traceRows } from './trace-rows';

const trace = {
  terminal: 'assign-1',
  score: 40,
  grade: 'B',
  steps: [
    { nodeId: 'capture', kind: 'capture', label: 'Form', output: 'next', conditions: [] },
    {
      nodeId: 'q1',
      kind: 'qualify',
      label: 'Big company',
      output: 'pass',
      conditions: [
        {
          id: 'rule',
          label: 'Employees over 500',
          value: true,
          holds: true,
          seen: { employees: 1200 },
        },
        { id: 'c2', label: 'In Germany', value: false, holds: false, seen: { country: 'France' } },
      ],
      score: 40,
      grade: 'B',
    },
    { nodeId: 'assign-1', kind: 'assign', label: 'Sales team', output: null, conditions: [] },
  ],
};

describe('traceRows', () => {
  it('lists each step with its output and each condition with what it saw', () => {
    const rows = traceRows(trace);
    expect(rows.map((r) => [r.label, r.output])).toEqual([
      ['Form', 'next'],
      ['Big company', 'pass'],
      ['Sales team', null],
    ]);
    expect(rows[1]?.conditions).toEqual([
      { id: 'rule', label: 'Employees over 500', holds: true, seen: 'employees = 1200' },
      { id: 'c2', label: 'In Germany', holds: false, seen: 'country = "France"' },
    ]);
    expect(rows[1]?.grade).toBe('B');
  });

  it('skips what it cannot read instead of failing on an old or broken trace', () => {
    expect(traceRows(null)).toEqual([]);
    expect(traceRows({ steps: 'nope' })).toEqual([]);
    const rows = traceRows({ steps: [{ kind: 'x' }, { nodeId: 'n', conditions: [7] }] });
    expect(rows).toEqual([
      {
        nodeId: 'n',
        kind: 'step',
        label: 'n',
        output: null,
        outputLabel: '',
        score: null,
        grade: null,
        conditions: [],
      },
    ]);
  });
});

describe('formatSeen', () => {
  it('quotes text and calls missing values empty', () => {
    expect(formatSeen({ title: 'VP', phone: null, tags: ['a'] })).toBe(
      'title = "VP", phone = empty, tags = ["a"]',
    );
    expect(formatSeen('not a record')).toBe('');
  });
});

describe('distributionView', () => {
  it('names the candidates and words their skip reasons', () => {
    const view = distributionView(
      {
        nodeId: 'assign-1',
        strategy: 'round_robin',
        outcome: 'assigned',
        explanation: 'Round robin picked Ana.',
        candidates: [
          { repId: 'rep_a', eligible: true, skipped: [] },
          { repId: 'rep_b', eligible: false, skipped: ['out_of_office', 'daily_cap'] },
          { repId: 'rep_x', eligible: false, skipped: ['something_new'] },
        ],
      },
      { rep_a: 'Ana', rep_b: 'Ben' },
    );
    expect(view?.explanation).toBe('Round robin picked Ana.');
    expect(view?.candidates).toEqual([
      { repId: 'rep_a', name: 'Ana', eligible: true, reasons: [] },
      {
        repId: 'rep_b',
        name: 'Ben',
        eligible: false,
        reasons: ['out of office', 'daily cap reached'],
      },
      { repId: 'rep_x', name: 'rep_x', eligible: false, reasons: ['something_new'] },
    ]);
  });

  it('is null for a lead that was not distributed', () => {
    expect(distributionView(null, {})).toBeNull();
  });
});
