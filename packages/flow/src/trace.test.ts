import { describe, expect, it } from 'vitest';
import { exampleFlow, qualifyFlow } from '../test/fixtures';
import { FlowError } from './issues';
import { createTracer, traceFlow } from './trace';

describe('traceFlow', () => {
  it('records every step, the output taken and what each condition saw', () => {
    const trace = traceFlow(exampleFlow(), {
      isFreeEmail: false,
      employees: 1200,
      seniority: 'vp',
    });
    expect(trace).toMatchObject({ terminal: 'ae', score: 30, grade: 'warm' });
    expect(trace.steps.map((s) => [s.nodeId, s.output])).toEqual([
      ['start', ''],
      ['screen', 'pass'],
      ['fit', ''],
      ['size', 'ent'],
      ['ae', null],
    ]);
    const screen = trace.steps[1];
    // An "all of" is traced condition by condition (issue 20).
    expect(screen?.conditions).toEqual([
      {
        id: 'rule.0',
        label: 'Condition 1',
        value: true,
        holds: true,
        seen: { isFreeEmail: false },
      },
      { id: 'rule.1', label: 'Condition 2', value: true, holds: true, seen: { employees: 1200 } },
    ]);
    expect(trace.steps[2]?.conditions[0]).toMatchObject({
      id: 'vp',
      label: 'VP or above',
      holds: true,
    });
    expect(trace.steps.map((s) => s.score)).toEqual([0, 0, 30, 30, 30]);
  });

  it('gives each condition of an "all of" its own result, and the step the whole rule’s output', () => {
    const screen = traceFlow(exampleFlow(), { isFreeEmail: true, employees: 1200 }).steps[1];
    expect(screen?.output).toBe('fail');
    expect(screen?.conditions.map((c) => [c.id, c.holds])).toEqual([
      ['rule.0', false],
      ['rule.1', true],
    ]);
    // A rule that is not an "all of" / "any of" stays one condition.
    const single = traceFlow(qualifyFlow(), { employees: 60 }).steps[1];
    expect(single?.conditions.map((c) => [c.id, c.label, c.holds])).toEqual([
      ['rule', 'Rule', true],
    ]);
  });

  it('stops at the first branch case that holds and shows only the cases it tried', () => {
    const trace = traceFlow(exampleFlow(), { isFreeEmail: false, employees: 60 });
    const size = trace.steps.find((s) => s.nodeId === 'size');
    expect(size).toMatchObject({
      output: 'else',
      conditions: [{ id: 'ent', holds: false, seen: { employees: 60 } }],
    });
    expect(trace).toMatchObject({ terminal: 'smb', score: 0, grade: 'cold' });
  });

  it('treats missing fields as JSON Logic does (null), never throwing', () => {
    expect(traceFlow(qualifyFlow(), {}).terminal).toBe('drop');
    expect(traceFlow(qualifyFlow(), null).terminal).toBe('drop');
    expect(traceFlow(qualifyFlow(), { employees: '60' }).terminal).toBe('rep');
  });

  it('reads own properties only: an inherited field is not seen', () => {
    const lead = Object.create({ employees: 500 });
    expect(traceFlow(qualifyFlow(), lead).terminal).toBe('drop');
  });

  it('refuses a flow that does not validate', () => {
    const flow = qualifyFlow();
    flow.nodes.pop();
    expect(() => createTracer(flow)).toThrow(FlowError);
  });
});
