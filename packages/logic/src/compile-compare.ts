import { type Compiled, computed, fixedArguments, keyed, type Run } from './compiled';
import { keyTests } from './key-reader';
import { less, lessOrEqual } from './operations';

/**
 * Comparisons get one closure per operator and shape, written out rather than parameterised:
 * each closure then holds its operator inline, and V8 sees one small function per call site.
 * The operators are JavaScript's own, so coercions match json-logic-js exactly.
 */

/** The eight comparison operations. */
export type Comparison = '==' | '===' | '!=' | '!==' | '>' | '>=' | '<' | '<=';

const comparisons: ReadonlySet<string> = new Set(['==', '===', '!=', '!==', '>', '>=', '<', '<=']);

/** Whether an operation is one of the comparisons compiled here. */
export const isComparison = (op: string): op is Comparison => comparisons.has(op);

type N = number;
type Pair = (a: Run, b: Run) => Run;
type WithConstant = (a: Run, c: unknown) => Run;

// biome-ignore-start lint/suspicious/noDoubleEquals: JSON Logic "==" and "!=" are loose equality.
const both: Record<Comparison, Pair> = {
  '==': (a, b) => (d) => a(d) == b(d),
  '===': (a, b) => (d) => a(d) === b(d),
  '!=': (a, b) => (d) => a(d) != b(d),
  '!==': (a, b) => (d) => a(d) !== b(d),
  '>': (a, b) => (d) => (a(d) as N) > (b(d) as N),
  '>=': (a, b) => (d) => (a(d) as N) >= (b(d) as N),
  '<': (a, b) => (d) => (a(d) as N) < (b(d) as N),
  '<=': (a, b) => (d) => (a(d) as N) <= (b(d) as N),
};

const againstConstant: Record<Comparison, WithConstant> = {
  '==': (a, c) => (d) => a(d) == c,
  '===': (a, c) => (d) => a(d) === c,
  '!=': (a, c) => (d) => a(d) != c,
  '!==': (a, c) => (d) => a(d) !== c,
  '>': (a, c) => (d) => (a(d) as N) > (c as N),
  '>=': (a, c) => (d) => (a(d) as N) >= (c as N),
  '<': (a, c) => (d) => (a(d) as N) < (c as N),
  '<=': (a, c) => (d) => (a(d) as N) <= (c as N),
};

const constantFirst: Record<Comparison, WithConstant> = {
  '==': (b, c) => (d) => c == b(d),
  '===': (b, c) => (d) => c === b(d),
  '!=': (b, c) => (d) => c != b(d),
  '!==': (b, c) => (d) => c !== b(d),
  '>': (b, c) => (d) => (c as N) > (b(d) as N),
  '>=': (b, c) => (d) => (c as N) >= (b(d) as N),
  '<': (b, c) => (d) => (c as N) < (b(d) as N),
  '<=': (b, c) => (d) => (c as N) <= (b(d) as N),
};
// biome-ignore-end lint/suspicious/noDoubleEquals: JSON Logic "==" and "!=" are loose equality.

const mirrored: Record<Comparison, Comparison> = {
  '==': '==',
  '===': '===',
  '!=': '!=',
  '!==': '!==',
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
};

/** Compile a comparison; undefined leaves odd shapes (non-constant extras) to the generic path. */
export function compileCompare(op: Comparison, args: Compiled[]): Compiled | undefined {
  const third = args[2];
  const between =
    (op === '<' || op === '<=') && third && !(third.constant && third.value === undefined);
  if (between) return compileBetween(op, args);
  const fixed = fixedArguments(args, 2);
  if (!fixed) return;
  const [a, b] = fixed as [Compiled, Compiled];
  const read = a.keyed ?? b.keyed;
  // With constants, `c < x` is `x > c`: swapping sides keeps the result (no side effects).
  if (read?.op === keyTests.value && (a.keyed ? b : a).constant) {
    const operand = (a.keyed ? b : a).value;
    return keyed({ ...read, op: keyTests[a.keyed ? op : mirrored[op]], operand });
  }
  if (b.constant) return computed(againstConstant[op](a.run, b.value), { boolean: true });
  if (a.constant) return computed(constantFirst[op](b.run, a.value), { boolean: true });
  return computed(both[op](a.run, b.run), { boolean: true });
}

/** `{"<":[low, x, high]}`: json-logic-js's between form, `low < x && x < high`. */
function compileBetween(op: '<' | '<=', args: Compiled[]): Compiled | undefined {
  const fixed = fixedArguments(args, 3);
  if (!fixed) return;
  const [low, x, high] = fixed as [Compiled, Compiled, Compiled];
  const [l, v, h] = [low.run, x.run, high.run];
  if (low.constant && high.constant && x.keyed?.op === keyTests.value) {
    const op2 = op === '<' ? keyTests.between : keyTests.betweenOrEqual;
    return keyed({ ...x.keyed, op: op2, operand: [low.value, high.value] });
  }
  if (low.constant && high.constant) {
    const [lo, hi] = [low.value as N, high.value as N];
    const strictly: Run = (d) => {
      const value = v(d) as N;
      return lo < value && value < hi;
    };
    const inclusive: Run = (d) => {
      const value = v(d) as N;
      return lo <= value && value <= hi;
    };
    return computed(op === '<' ? strictly : inclusive, { boolean: true });
  }
  // A computed upper bound may come out undefined, and then json-logic-js compares two values.
  const compare = op === '<' ? less : lessOrEqual;
  return computed((d) => compare(l(d), v(d), h(d)), { boolean: true });
}
