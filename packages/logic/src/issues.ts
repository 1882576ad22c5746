import type { Failure } from './result';

/** Every way a rule can be refused, one closed set. */
export type LogicIssueCode =
  | 'unknown_operation'
  | 'too_deep'
  | 'too_many_nodes'
  | 'forbidden_path'
  | 'invalid_rule';

/** One problem in a rule, with the JSON path inside the rule where it sits. */
export type LogicIssue = Failure<LogicIssueCode> & { path: (string | number)[] };

/** How large a rule may be: nesting of operations and arrays, and values in total. */
export type LogicLimits = { maxDepth: number; maxNodes: number };

/** Limits applyLogic and compileLogic use; checkLogic uses them unless told otherwise. */
export const defaultLogicLimits: LogicLimits = Object.freeze({ maxDepth: 64, maxNodes: 10_000 });

type Path = (string | number)[];

/** Group digits by thousands without Intl, so messages read the same in every locale. */
const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Each issue worded once, in sentences a sales manager can act on. */
export const logicIssue = {
  unknownOperation: (path: Path, op: string): LogicIssue => ({
    code: 'unknown_operation',
    message:
      op === 'log'
        ? 'The operation "log" prints to a console, which conditions may not do.'
        : `The operation "${op}" is not part of JSON Logic.`,
    path,
  }),
  tooDeep: (path: Path, depth: number, limit: number, atLeast = false): LogicIssue => ({
    code: 'too_deep',
    message: `This condition is nested ${atLeast ? 'more than ' : ''}${count(atLeast ? depth - 1 : depth)} levels deep; the limit is ${count(limit)}.`,
    path,
  }),
  tooManyNodes: (limit: number): LogicIssue => ({
    code: 'too_many_nodes',
    message: `This condition has more than ${count(limit)} parts, which is the limit.`,
    path: [],
  }),
  forbiddenPath: (path: Path, segment: string): LogicIssue => ({
    code: 'forbidden_path',
    message: `This condition reads "${segment}", which is not allowed.`,
    path,
  }),
  mixedOperation: (path: Path, op: string): LogicIssue => ({
    code: 'invalid_rule',
    message: `The operation "${op}" shares its braces with other keys, so it would be read as plain data; give it an object of its own.`,
    path,
  }),
  notJson: (path: Path, kind: string): LogicIssue => ({
    code: 'invalid_rule',
    message: `This condition contains ${kind}, which is not plain JSON.`,
    path,
  }),
  missingArguments: (path: Path, op: string, needs: string): LogicIssue => ({
    code: 'invalid_rule',
    message: `The operation "${op}" needs ${needs}.`,
    path,
  }),
};

const refused: LogicIssue = {
  code: 'invalid_rule',
  message: 'This condition was refused.',
  path: [],
};

/** Thrown by applyLogic/compileLogic for a rule that fails checkLogic (API misuse), carries the issues. */
export class LogicError extends Error {
  override readonly name = 'LogicError';
  /** The code of the first issue. */
  readonly code: LogicIssueCode;
  /** Every issue checkLogic found. */
  readonly issues: LogicIssue[];

  constructor(issues: LogicIssue[]) {
    const first = issues[0] ?? refused;
    const more = issues.length - 1;
    super(
      more > 0 ? `${first.message} (${more} more problem${more === 1 ? '' : 's'})` : first.message,
    );
    this.code = first.code;
    this.issues = issues;
  }
}
