import { type Keyed, keyedRun, keyTests } from './key-reader';

/** One compiled piece of a rule: a closure over data, plus what compile time knows about it. */
export type Compiled = {
  run: Run;
  /** A primitive literal: `value` is what `run` always returns. */
  constant: boolean;
  value: unknown;
  /** Always returns a boolean (comparisons, `!`, `in`): `if` and `and` can skip `truthy`. */
  boolean: boolean;
  /** Always returns a number: `+` can skip parseFloat. */
  number: boolean;
  /** An `if` whose branches are constant numbers: `+` sums these without a call per branch. */
  points: Points | undefined;
  /** A read of one literal key, maybe tested: a test on it can fold into the same closure. */
  keyed: Keyed | undefined;
};

/** A compiled closure: data in, value out. */
export type Run = (data: unknown) => unknown;

/** `{"if":[test, yes, no]}` with constant numeric `yes` and `no`. */
export type Points = { test: Run; boolean: boolean; yes: number; no: number };

const isPrimitive = (value: unknown) =>
  value === null || (typeof value !== 'object' && typeof value !== 'function');

/** A literal: primitives become constants; a literal object comes back as the same object. */
export function literal(value: unknown): Compiled {
  return {
    run: () => value,
    constant: isPrimitive(value),
    value,
    boolean: typeof value === 'boolean',
    number: typeof value === 'number',
    points: undefined,
    keyed: undefined,
  };
}

/** A closure computed from data, with what it is known to return. */
export function computed(
  run: Run,
  returns: { boolean?: boolean; number?: boolean; points?: Points; keyed?: Keyed } = {},
): Compiled {
  return {
    run,
    constant: false,
    value: undefined,
    boolean: returns.boolean ?? false,
    number: returns.number ?? false,
    points: returns.points,
    keyed: returns.keyed,
  };
}

/** Whether every compiled piece is a constant, so the whole can be folded at compile time. */
export const allConstant = (pieces: readonly Compiled[]): boolean =>
  pieces.every((piece) => piece.constant);

/**
 * The first `arity` arguments, padded with undefined literals like json-logic-js's missing
 * arguments; undefined when extra arguments are not constant, because json-logic-js evaluates
 * extras too (they can throw) and only the generic path does that.
 */
export function fixedArguments(args: readonly Compiled[], arity: number): Compiled[] | undefined {
  if (!allConstant(args.slice(arity))) return undefined;
  const fixed = args.slice(0, arity);
  while (fixed.length < arity) fixed.push(literal(undefined));
  return fixed;
}

/** A keyed read or test as a compiled piece: one closure reading and testing. */
export function keyed(read: Keyed): Compiled {
  return computed(keyedRun(read), { boolean: read.op !== keyTests.value, keyed: read });
}
