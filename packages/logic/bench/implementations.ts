import { LogicEngine } from 'json-logic-engine';
import jsonLogic from 'json-logic-js';
import { applyLogic, compileLogic, type JsonLogicRule } from '../src/index';
import { type Decision, decideByHand, type Lead, pipelineRules } from './lead-pipeline';

/** One way to run the pipeline on a lead. */
export type Decide = (lead: Lead) => Decision;

const { qualify, score, route } = pipelineRules;

/** An interpreter reading each rule afresh for every lead. */
const interpreted =
  (apply: (rule: JsonLogicRule, lead: Lead) => unknown): Decide =>
  (lead) => ({
    qualified: apply(qualify, lead),
    score: apply(score, lead),
    route: apply(route, lead),
  });

/** Three compiled functions called per lead. */
function compiledPipeline(build: (rule: JsonLogicRule) => (lead: Lead) => unknown): Decide {
  const [qualified, scored, routed] = [build(qualify), build(score), build(route)];
  return (lead) => ({ qualified: qualified(lead), score: scored(lead), route: routed(lead) });
}

/** Every implementation the benchmark compares, by the name its table shows. */
export function pipelineImplementations(): Record<string, Decide> {
  const engine = new LogicEngine();
  return {
    'switchyard compileLogic': compiledPipeline((rule) => compileLogic(rule)),
    'switchyard applyLogic': interpreted(applyLogic),
    'json-logic-js apply': interpreted((rule, lead) => jsonLogic.apply(rule as never, lead)),
    'json-logic-engine build': compiledPipeline(
      (rule) => engine.build(rule) as (lead: Lead) => unknown,
    ),
    'hand-written JavaScript': decideByHand,
  };
}

/** Run the pipeline on every lead; the returned tally keeps the work from being optimised away. */
export function runPipeline(decide: Decide, leads: readonly Lead[]): number {
  let tally = 0;
  for (const lead of leads) {
    const { qualified, score, route } = decide(lead);
    tally += (qualified ? 1 : 0) + (score as number) + (route as string).length;
  }
  return tally;
}
