import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { compileFlow, createDecider } from '../src/compile';
import { createTracer } from '../src/trace';
import { validateFlow } from '../src/validate';
import { randomFlow, randomLead } from './generate-flow';
import { seededRandom } from './random';

const flowCount = 1000;
const leadsPerFlow = 100;

describe('trace, compiled logic and json-logic-js agree', () => {
  it(`on ${flowCount} random valid flows × ${leadsPerFlow} random leads`, () => {
    const random = seededRandom(20261122);
    let compared = 0;
    const terminalsSeen = new Set<string>();
    for (let i = 0; i < flowCount; i++) {
      const flow = randomFlow(random, i);
      expect(validateFlow(flow).filter((issue) => issue.severity === 'error')).toEqual([]);
      const compiled = compileFlow(flow);
      const decide = createDecider(compiled);
      const trace = createTracer(flow);
      for (let j = 0; j < leadsPerFlow; j++) {
        const lead = randomLead(random, flow);
        const traced = trace(lead);
        const expected = [traced.terminal, traced.score, traced.grade];
        const decided = decide(lead);
        const reference = jsonLogic.apply(compiled.logic as jsonLogic.RulesLogic, lead);
        if (
          reference[0] !== decided.terminal ||
          JSON.stringify(reference) !== JSON.stringify(expected)
        ) {
          expect({ flow, lead, reference, decided, traced: expected }).toBeUndefined();
        }
        expect([decided.terminal, decided.score, decided.grade]).toEqual(expected);
        terminalsSeen.add(flow.nodes.find((n) => n.id === traced.terminal)?.kind ?? '?');
        compared++;
      }
    }
    expect(compared).toBe(flowCount * leadsPerFlow);
    expect([...terminalsSeen].sort()).toEqual(['assign', 'disqualify', 'pool']);
  }, 180_000);
});
