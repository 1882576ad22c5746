import { describe, expect, it } from 'vitest';
import { defaultLogicLimits, LogicError, logicIssue } from './issues';

describe('issue sentences', () => {
  it('word each code for a person, not a programmer', () => {
    expect(logicIssue.unknownOperation(['and', 0], 'xor').message).toBe(
      'The operation "xor" is not part of JSON Logic.',
    );
    expect(logicIssue.tooDeep([], 80, 64).message).toBe(
      'This condition is nested 80 levels deep; the limit is 64.',
    );
    expect(logicIssue.forbiddenPath(['var'], 'constructor').message).toBe(
      'This condition reads "constructor", which is not allowed.',
    );
    expect(logicIssue.tooManyNodes(10_000).message).toBe(
      'This condition has more than 10,000 parts, which is the limit.',
    );
  });

  it('explain why log is refused rather than calling it unknown', () => {
    expect(logicIssue.unknownOperation([], 'log').message).toContain('console');
  });

  it('keep the path they were given', () => {
    expect(logicIssue.forbiddenPath(['if', 0, 'var'], '__proto__').path).toEqual(['if', 0, 'var']);
  });
});

describe('defaultLogicLimits', () => {
  it('are 64 levels and 10,000 parts, and cannot be changed by accident', () => {
    expect(defaultLogicLimits).toEqual({ maxDepth: 64, maxNodes: 10_000 });
    expect(Object.isFrozen(defaultLogicLimits)).toBe(true);
  });
});

describe('LogicError', () => {
  it('carries every issue, the first code and the first message', () => {
    const issues = [logicIssue.unknownOperation([], 'xor'), logicIssue.tooDeep([], 70, 64)];
    const error = new LogicError(issues);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('LogicError');
    expect(error.code).toBe('unknown_operation');
    expect(error.issues).toBe(issues);
    expect(error.message).toBe('The operation "xor" is not part of JSON Logic. (1 more problem)');
  });

  it('still has a code and a message when given no issues', () => {
    const error = new LogicError([]);
    expect(error.code).toBe('invalid_rule');
    expect(error.message).toBe('This condition was refused.');
  });
});
