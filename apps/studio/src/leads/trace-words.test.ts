import { describe, expect, it } from 'vitest';
import { fieldRows, matchInWords } from './lead-fields';
import { traceRows } from './trace-rows';
import { traceWords } from './trace-words';

// A version like the demo's: a qualify "all of", a branch whose case ids are not its names, an
// assign step falling back to a pool.
const document = {
  format: 'switchyard.flow/1',
  name: 'Inbound',
  nodes: [
    { id: 'start', kind: 'capture', label: 'Web forms', config: {} },
    {
      id: 'screen',
      kind: 'qualify',
      label: 'Business e-mail, 10+ staff',
      config: {
        rule: { and: [{ '!': { var: 'isFreeEmail' } }, { '>=': [{ var: 'employees' }, 10] }] },
      },
    },
    {
      id: 'region',
      kind: 'branch',
      label: 'Region',
      config: {
        cases: [
          { id: 'large', label: 'United States', when: { '==': [{ var: 'country' }, 'US'] } },
        ],
      },
    },
    {
      id: 'enterprise',
      kind: 'assign',
      label: 'Enterprise Americas',
      config: { team: 'ent', strategy: { type: 'round_robin' }, fallback: { pool: 'overflow' } },
    },
    { id: 'overflow', kind: 'pool', label: 'Overflow pool', config: { mode: 'open' } },
  ],
  edges: [],
};

// A stored trace as the runtime writes it (issue 20: it read `left by "large"`, `isFreeEmail`).
const trace = {
  steps: [
    {
      nodeId: 'screen',
      kind: 'qualify',
      label: 'Business e-mail, 10+ staff',
      output: 'pass',
      conditions: [
        { id: 'rule.0', label: 'Condition 1', holds: true, seen: { isFreeEmail: false } },
        { id: 'rule.1', label: 'Condition 2', holds: true, seen: { employees: 1200 } },
      ],
    },
    {
      nodeId: 'region',
      kind: 'branch',
      label: 'Region',
      output: 'large',
      conditions: [{ id: 'large', label: 'United States', holds: true, seen: { country: 'US' } }],
    },
    {
      nodeId: 'enterprise',
      kind: 'assign',
      label: 'Enterprise Americas',
      output: null,
      conditions: [],
    },
  ],
};

describe('a trace in the words of its flow (issue 20)', () => {
  const words = traceWords(document);

  it('names outputs, fields and each condition of a qualify step as the canvas does', () => {
    const rows = traceRows(trace, words);
    expect(rows.map((row) => row.outputLabel)).toEqual(['Passes', 'United States', '']);
    expect(rows[0]?.conditions.map((c) => [c.label, c.seen])).toEqual([
      ['Free e-mail is not set', 'Free e-mail = no'],
      ['Employees ≥ 10', 'Employees = 1200'],
    ]);
    expect(rows[1]?.conditions[0]?.seen).toBe('Country = "US"');
    const shown = rows.flatMap((row) => [
      row.outputLabel,
      ...row.conditions.flatMap((c) => [c.label, c.seen]),
    ]);
    expect(shown.join(' ')).not.toMatch(/isFreeEmail|large/);
  });

  it('names the pool an assign step falls back to, and keeps ids without a document', () => {
    expect(words.fallbackPool('enterprise')).toBe('Overflow pool');
    expect(words.fallbackPool('screen')).toBeNull();
    expect(traceRows(trace).map((row) => row.outputLabel)).toEqual(['pass', 'large', '']);
  });

  it('lists a lead’s fields by label, and what match steps found in words, never {}', () => {
    const rows = fieldRows(
      { isFreeEmail: false, employees: 1200, match: {}, tags: ['a', 'b'] },
      { words, repNames: {} },
    );
    expect(rows.map((row) => [row.label, row.value])).toEqual([
      ['Free e-mail', 'No'],
      ['Employees', '1200'],
      ['Matches', '—'],
      ['tags', 'a, b'],
    ]);
    expect(
      matchInWords(
        { enterprise: { found: true, ownerId: 'rep_1' }, overflow: { found: false } },
        { words, repNames: { rep_1: 'Lena Fischer' } },
      ),
    ).toBe('Enterprise Americas: found, owned by Lena Fischer; Overflow pool: nothing found');
  });
});
