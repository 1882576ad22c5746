import { applyDataRule } from './apply-logic';
import { compileCompare, isComparison } from './compile-compare';
import {
  allConstant,
  type Compiled,
  computed,
  fixedArguments,
  keyed,
  literal,
  type Run,
} from './compiled';
import { isWholeData, readSegments } from './data-path';
import { type Keyed, keyTests } from './key-reader';
import { type EagerOperation, eagerOperations, minus, toFloat } from './operations';
import { truthy } from './rule';

/** Compile an operation that evaluates all its arguments: hot shapes get their own closure. */
export function compileEager(op: EagerOperation, args: Compiled[], raw: unknown[]): Compiled {
  const folded = fold(op, args);
  if (folded) return folded;
  const special = specialise(op, args, raw);
  if (special) return special;
  const runs = args.map((arg) => arg.run);
  const operation = eagerOperations[op];
  return computed((data) => {
    const values = new Array<unknown>(runs.length);
    for (let i = 0; i < runs.length; i++) values[i] = (runs[i] as Run)(data);
    return operation(values, data, applyDataRule);
  });
}

/** Constant arguments and a primitive result: compute it now, unless it throws (then at run time). */
function fold(op: EagerOperation, args: Compiled[]): Compiled | undefined {
  if (!allConstant(args) || op === 'var' || op === 'missing' || op === 'missing_some') return;
  try {
    const value = eagerOperations[op](
      args.map((arg) => arg.value),
      undefined,
      applyDataRule,
    );
    return value === null || typeof value !== 'object' ? literal(value) : undefined;
  } catch {
    // json-logic-js throws only if the branch runs: leave the throw to run time.
    return undefined;
  }
}

function specialise(op: EagerOperation, args: Compiled[], raw: unknown[]): Compiled | undefined {
  if (op === 'var') return compileVar(args);
  if (isComparison(op)) return compileCompare(op, args);
  if (op === '+') return compileSum(args);
  if (op === '!' || op === '!!') {
    const [a] = fixedArguments(args, 1) ?? [];
    if (!a) return;
    if (a.keyed) return keyed(negated(a.keyed, op === '!'));
    const test = a.run;
    if (op === '!!') return computed(a.boolean ? test : (d) => truthy(test(d)), { boolean: true });
    return computed(a.boolean ? (d) => !test(d) : (d) => !truthy(test(d)), { boolean: true });
  }
  if (op === '-') {
    const [a, b] = fixedArguments(args, 2) ?? [];
    if (!a || !b) return;
    const [x, y] = [a.run, b.run];
    return computed((d) => minus(x(d), y(d)), { number: true });
  }
  if (op === 'in') return compileIn(args, raw);
}

/** `var` with a literal path: split once; one own key is the hottest read of all. */
function compileVar(args: Compiled[]): Compiled | undefined {
  const fixed = fixedArguments(args, 2);
  if (!fixed || !allConstant(fixed)) return;
  const [path, fallback] = fixed.map((arg) => arg.value);
  const notFound = fallback === undefined ? null : fallback;
  if (isWholeData(path)) return computed((d) => d);
  const segments = String(path).split('.');
  if (segments.length === 1) {
    const key = segments[0] as string;
    return keyed({ key, notFound, op: keyTests.value, operand: undefined, negate: false });
  }
  return computed((d) => readSegments(d, segments, notFound));
}

/** `+` parses every argument; a summed `if` with constant numeric branches needs no call. */
function compileSum(args: Compiled[]): Compiled {
  const points = args.map((arg) => arg.points);
  if (points.every((p) => p !== undefined)) {
    const tests = points.map((p) => p.test);
    const yes = points.map((p) => p.yes);
    const no = points.map((p) => p.no);
    const booleans = points.every((p) => p.boolean);
    return computed(
      (d) => {
        let total = 0;
        for (let i = 0; i < tests.length; i++) {
          const hit = (tests[i] as Run)(d);
          total += (booleans ? hit : truthy(hit)) ? (yes[i] as number) : (no[i] as number);
        }
        return total;
      },
      { number: true },
    );
  }
  const runs = args.map((arg) => arg.run);
  return computed(
    (d) => {
      let total = 0;
      for (let i = 0; i < runs.length; i++) total += toFloat((runs[i] as Run)(d));
      return total;
    },
    { number: true },
  );
}

/** `in` against a literal list of primitives: the list is built once and only read. */
function compileIn(args: Compiled[], raw: unknown[]): Compiled | undefined {
  const list = raw[1];
  if (args.length !== 2 || !Array.isArray(list)) return;
  if (!list.every((item) => item === null || typeof item !== 'object')) return;
  const needle = args[0] as Compiled;
  // A copy: the compiled function keeps its meaning if the caller later edits the rule object.
  const items = [...list];
  if (needle.keyed?.op === keyTests.value)
    return keyed({ ...needle.keyed, op: keyTests.in, operand: items });
  const run = needle.run;
  return computed((d) => items.indexOf(run(d)) !== -1, { boolean: true });
}

/** `!` or `!!` folded into a keyed read: truthiness of a plain read, or a flipped test. */
function negated(read: Keyed, flip: boolean): Keyed {
  if (read.op === keyTests.value) return { ...read, op: keyTests.truthy, negate: flip };
  return { ...read, negate: read.negate !== flip };
}
