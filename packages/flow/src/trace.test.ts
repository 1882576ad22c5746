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
    expect(screen?.conditions).toEqual([
      {
        id: 'rule',
        label: 'Rule',
        value: true,
        holds: true,
        seen: { isFreeEmail: false, employees: 1200 },
      },
    ]);
    expect(trace.steps[2]?.conditions[0]).toMatchObject({
      id: 'vp',
      label: 'VP or above',
      holds: true,
    });
    expect(trace.steps.map((s) => s.score)).toEqual([0, 0, 30, 30, 30]);
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
