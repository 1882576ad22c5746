import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { exampleFlow, qualifyFlow } from '../test/fixtures';
import { compileFlow, createDecider } from './compile';
import { FlowError } from './issues';

const lead = (overrides: Record<string, unknown> = {}) => ({
  email: 'ana@acme.example',
  isFreeEmail: false,
  employees: 2000,
  seniority: 'vp',
  ...overrides,
});

describe('compileFlow', () => {
  it('compiles the example to [terminal, score, grade] under json-logic-js with no custom ops', () => {
    const { logic } = compileFlow(exampleFlow());
    expect(jsonLogic.apply(logic as jsonLogic.RulesLogic, lead())).toEqual(['ae', 30, 'warm']);
    expect(
      jsonLogic.apply(logic as jsonLogic.RulesLogic, lead({ employees: 60, seniority: 'manager' })),
    ).toEqual(['smb', 0, 'cold']);
    expect(jsonLogic.apply(logic as jsonLogic.RulesLogic, lead({ isFreeEmail: true }))).toEqual([
      'drop',
      0,
      null,
    ]);
  });

  it('lists the terminals the logic can return and the fields it reads', () => {
    const compiled = compileFlow(exampleFlow());
    expect(compiled.terminals).toEqual([
      { id: 'ae', kind: 'assign', label: 'Enterprise AEs' },
      { id: 'smb', kind: 'assign', label: 'SMB reps' },
      { id: 'drop', kind: 'disqualify', label: 'Not a fit' },
    ]);
    expect(compiled.fieldsRead).toEqual(['employees', 'isFreeEmail', 'seniority']);
  });

  it('hashes the logic: stable across runs, different when a rule changes', () => {
    const a = compileFlow(exampleFlow());
    const moved = exampleFlow();
    moved.nodes[0] = { ...moved.nodes[0], position: { x: 99, y: 99 } } as never;
    expect(compileFlow(moved).hash).toBe(a.hash);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    const changed = qualifyFlow();
    expect(compileFlow(changed).hash).not.toBe(a.hash);
  });

  it('puts the score expression where a later condition reads score or grade', () => {
    const flow = exampleFlow();
    const size = flow.nodes.find((n) => n.id === 'size') as {
      config: { cases: { when: unknown }[] };
    };
    (size.config.cases[0] as { when: unknown }).when = { '==': [{ var: 'grade' }, 'warm'] };
    const { logic } = compileFlow(flow);
    expect(JSON.stringify(logic)).not.toContain('"var":"grade"');
    const decide = createDecider({ logic });
    expect(decide(lead({ employees: 60 }))).toEqual({ terminal: 'ae', score: 30, grade: 'warm' });
    expect(decide(lead({ employees: 60, seniority: 'individual' }))).toEqual({
      terminal: 'smb',
      score: 0,
      grade: 'cold',
    });
  });

  it('refuses a flow that does not validate, with the issues attached', () => {
    const flow = qualifyFlow();
    flow.edges.pop();
    expect(() => compileFlow(flow)).toThrow(FlowError);
    try {
      compileFlow(flow);
    } catch (error) {
      expect((error as FlowError).issues.map((i) => i.code)).toContain('missing_output');
    }
  });
});

describe('createDecider', () => {
  it('agrees with json-logic-js on the example for a spread of leads', () => {
    const compiled = compileFlow(exampleFlow());
    const decide = createDecider(compiled);
    for (const employees of [null, 0, 49, 50, 999, 1000, '1000', '']) {
      for (const seniority of ['vp', 'c_level', 'manager', undefined]) {
        const input = lead({ employees, seniority });
        const [terminal, score, grade] = jsonLogic.apply(
          compiled.logic as jsonLogic.RulesLogic,
          input,
        );
        expect(decide(input)).toEqual({ terminal, score, grade });
      }
    }
  });
});
