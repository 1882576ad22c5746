import { type Compiled, computed, keyed, literal, type Run } from './compiled';
import { keyTests } from './key-reader';
import { truthy } from './rule';

// Up to this many tests an `if` chain with computed branches nests closures; past it a loop keeps
// the call stack flat however long the chain.
const nestedChainLimit = 16;

/** `if` and `?:`: pairs of test and branch, then an optional else; null when nothing holds. */
export function compileIf(args: Compiled[]): Compiled {
  if (args.length === 0) return literal(null);
  if (args.length === 1) return args[0] as Compiled;
  // A chain choosing among constants (a route, a grade) is a table: one call per test.
  const branches = args.filter((_, i) => i % 2 === 1 || i === args.length - 1);
  if (args.length > 3 && branches.every((branch) => branch.constant)) return compileIfTable(args);
  if (args.length > nestedChainLimit * 2) return compileIfLoop(args);
  const rest = args.length === 2 ? literal(null) : compileIf(args.slice(2));
  return choose(args[0] as Compiled, args[1] as Compiled, rest);
}

/** A test only needs truthiness: a plain key read becomes a keyed truthiness test (a boolean). */
const asTest = (test: Compiled): Compiled =>
  test.keyed?.op === keyTests.value ? keyed({ ...test.keyed, op: keyTests.truthy }) : test;

function choose(condition: Compiled, yes: Compiled, no: Compiled): Compiled {
  if (condition.constant) return truthy(condition.value) ? yes : no;
  const test = asTest(condition);
  const t = test.run;
  const returns = { boolean: yes.boolean && no.boolean, number: yes.number && no.number };
  if (yes.constant && no.constant) {
    const [y, n] = [yes.value, no.value];
    const points =
      typeof y === 'number' && typeof n === 'number'
        ? { test: t, boolean: test.boolean, yes: y, no: n }
        : undefined;
    const run: Run = test.boolean ? (d) => (t(d) ? y : n) : (d) => (truthy(t(d)) ? y : n);
    return computed(run, { ...returns, points });
  }
  const [y, n] = [yes.run, no.run];
  return computed(
    test.boolean ? (d) => (t(d) ? y(d) : n(d)) : (d) => (truthy(t(d)) ? y(d) : n(d)),
    returns,
  );
}

/** Split an `if` argument list into tests, their branches, and the final else (null if none). */
function splitChain(args: Compiled[]) {
  const pairs = Math.floor(args.length / 2);
  const tests = Array.from({ length: pairs }, (_, i) => args[2 * i] as Compiled);
  const branches = Array.from({ length: pairs }, (_, i) => args[2 * i + 1] as Compiled);
  const fallback = args.length % 2 === 1 ? (args[args.length - 1] as Compiled) : literal(null);
  return { tests, branches, fallback };
}

function compileIfTable(args: Compiled[]): Compiled {
  const { branches, fallback, ...chain } = splitChain(args);
  const tests = chain.tests.map(asTest);
  const runs = tests.map((test) => test.run);
  const values = branches.map((branch) => branch.value);
  const otherwise = fallback.value;
  const returns = {
    boolean: [...branches, fallback].every((b) => b.boolean),
    number: [...branches, fallback].every((b) => b.number),
  };
  if (tests.every((test) => test.boolean)) {
    return computed((data) => {
      for (let i = 0; i < runs.length; i++) if ((runs[i] as Run)(data)) return values[i];
      return otherwise;
    }, returns);
  }
  return computed((data) => {
    for (let i = 0; i < runs.length; i++) if (truthy((runs[i] as Run)(data))) return values[i];
    return otherwise;
  }, returns);
}

function compileIfLoop(args: Compiled[]): Compiled {
  const { tests, branches, fallback } = splitChain(args);
  const runs = tests.map((test) => test.run);
  const thens = branches.map((branch) => branch.run);
  const otherwise = fallback.run;
  return computed((data) => {
    for (let i = 0; i < runs.length; i++) {
      if (truthy((runs[i] as Run)(data))) return (thens[i] as Run)(data);
    }
    return otherwise(data);
  });
}
