import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { applyLogic, compileLogic } from '../src/index';
import { readConformanceCases } from './conformance-cases';

const cases = readConformanceCases();

describe('the shared JSON Logic conformance suite', () => {
  it('has all 278 cases (a missing or truncated file fails here)', () => {
    expect(cases).toHaveLength(278);
  });

  cases.forEach(({ rule, data, expected, section }, i) => {
    it(`#${i + 1} ${JSON.stringify(rule)} on ${JSON.stringify(data)} (${section})`, () => {
      expect(jsonLogic.apply(rule as never, data)).toStrictEqual(expected);
      expect(applyLogic(rule, data)).toStrictEqual(expected);
      expect(compileLogic(rule)(data)).toStrictEqual(expected);
    });
  });
});
