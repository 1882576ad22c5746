import jsonLogic from 'json-logic-js';
import { bench, describe } from 'vitest';
import { compileFlow, createDecider } from '../src/compile';
import { createTracer } from '../src/trace';
import { exampleFlow } from '../test/fixtures';
import { randomLead } from '../test/generate-flow';
import { seededRandom } from '../test/random';

const flow = exampleFlow();
const compiled = compileFlow(flow);
const decide = createDecider(compiled);
const trace = createTracer(flow);
const random = seededRandom(7);
const leads = Array.from({ length: 10_000 }, () => randomLead(random, flow));

describe('the FLOW-FORMAT example, 10,000 leads per iteration', () => {
  bench('createDecider (our compiled evaluator)', () => {
    for (const lead of leads) decide(lead);
  });
  bench('json-logic-js apply on the compiled logic', () => {
    for (const lead of leads) jsonLogic.apply(compiled.logic as jsonLogic.RulesLogic, lead);
  });
  bench('createTracer (full explanation per lead)', () => {
    for (const lead of leads) trace(lead);
  });
});

describe('compile', () => {
  bench('compileFlow (validate + compile + hash)', () => {
    compileFlow(flow);
  });
});
