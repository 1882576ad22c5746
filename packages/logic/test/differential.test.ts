import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { applyLogic, checkLogic, compileLogic, logicOperations } from '../src/index';
import { isLogic, splitOperation } from '../src/rule';
import { createRandom } from './random';
import { randomData, randomRule } from './random-rules';
import { describeOutcome, outcome, sameOutcome } from './same-outcome';

const seeds = [20_251_122, 7, 1_234_567];
const rulesPerSeed = 4_000;
const dataPerRule = 4;
// 12,000 rules run in about 3 s; the timeout leaves room for a loaded CI machine.

/** Every operation name used anywhere in a rule, counted. */
function countOperations(rule: unknown, counts: Map<string, number>): void {
  if (Array.isArray(rule)) for (const item of rule) countOperations(item, counts);
  if (!isLogic(rule)) return;
  const { op, args } = splitOperation(rule);
  counts.set(op, (counts.get(op) ?? 0) + 1);
  for (const arg of args) countOperations(arg, counts);
}

describe('applyLogic and compileLogic agree with json-logic-js on random expressions', () => {
  for (const seed of seeds) {
    it(`agrees on ${rulesPerSeed.toLocaleString('en')} rules x ${dataPerRule} data (seed ${seed})`, () => {
      const random = createRandom(seed);
      const differences: string[] = [];
      let throwsSeen = 0;
      for (let i = 0; i < rulesPerSeed; i++) {
        const rule = randomRule(random, 1 + random.int(4));
        // The generator only writes valid rules; otherwise we would compare LogicError to a value.
        expect(checkLogic(rule)).toEqual([]);
        const compiled = compileLogic(rule);
        for (let j = 0; j < dataPerRule; j++) {
          const data = randomData(random);
          const reference = outcome(() => jsonLogic.apply(rule as never, data));
          const applied = outcome(() => applyLogic(rule, data));
          const fast = outcome(() => compiled(data));
          if (reference.threw) throwsSeen++;
          if (!sameOutcome(reference, applied) || !sameOutcome(reference, fast)) {
            differences.push(
              `${JSON.stringify(rule)} on ${JSON.stringify(data)}: json-logic-js ${describeOutcome(reference)}, ` +
                `applyLogic ${describeOutcome(applied)}, compileLogic ${describeOutcome(fast)}`,
            );
          }
        }
      }
      expect(differences.slice(0, 5)).toEqual([]);
      expect(differences).toHaveLength(0);
      // Thrown-versus-returned agreement is only tested if some expressions do throw.
      expect(throwsSeen).toBeGreaterThan(0);
    }, 120_000);
  }

  it('generates every whitelisted operation many times per seed', () => {
    const counts = new Map<string, number>();
    const random = createRandom(seeds[0] as number);
    for (let i = 0; i < rulesPerSeed; i++)
      countOperations(randomRule(random, 1 + random.int(4)), counts);
    for (const op of logicOperations) expect(counts.get(op) ?? 0, op).toBeGreaterThan(50);
  });
});
