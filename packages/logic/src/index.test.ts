import { describe, expect, it } from 'vitest';
import * as logic from './index';

describe('the public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(logic).sort()).toEqual([
      'LogicError',
      'applyLogic',
      'checkLogic',
      'compileLogic',
      'defaultLogicLimits',
      'err',
      'iteratingOperations',
      'logicOperations',
      'ok',
      'readVars',
      'truthy',
    ]);
  });

  it('works end to end: check, read, compile, apply', () => {
    const rule = { if: [{ '>=': [{ var: 'score' }, 50] }, 'hot', 'cold'] };
    expect(logic.checkLogic(rule)).toEqual([]);
    expect(logic.readVars(rule)).toEqual({ paths: ['score'], dynamic: false });
    expect(logic.compileLogic(rule)({ score: 70 })).toBe('hot');
    expect(logic.applyLogic(rule, { score: 10 })).toBe('cold');
  });

  it('refuses a bad rule the same way at every entry point', () => {
    const rule = { xor: [true, false] };
    expect(logic.checkLogic(rule)[0]?.code).toBe('unknown_operation');
    expect(() => logic.compileLogic(rule)).toThrow(logic.LogicError);
    expect(() => logic.applyLogic(rule)).toThrow(logic.LogicError);
  });
});
