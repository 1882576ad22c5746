import type { JsonLogicRule } from '@switchyard/logic';

/**
 * Cheap, sound implication between conditions: when `implies(a, b)` is true, every lead that
 * satisfies `a` satisfies `b`. False means "could not prove it", never "it does not hold".
 * Used to warn about a branch case that an earlier case always takes first.
 */
type Atom =
  | { path: string; kind: 'range'; lo: number; loOpen: boolean; hi: number; hiOpen: boolean }
  | { path: string; kind: 'one_of'; values: unknown[] }
  | { path: string; kind: 'loose_eq'; value: unknown }
  | { path: string; kind: 'truthy' | 'falsy' };

const comparisons = new Set(['<', '<=', '>', '>=']);

function operation(rule: JsonLogicRule): [string, unknown[]] | undefined {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return undefined;
  const keys = Object.keys(rule);
  if (keys.length !== 1) return undefined;
  const op = keys[0] as string;
  const args = (rule as Record<string, unknown>)[op];
  return [op, Array.isArray(args) ? args : [args]];
}

function varPath(rule: unknown): string | undefined {
  const op = operation(rule);
  if (op?.[0] !== 'var') return undefined;
  const [path] = op[1];
  return typeof path === 'string' && path !== '' ? path : undefined;
}

const isPrimitive = (v: unknown) =>
  v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** `v >= c` as a range; the same whichever side the field is on. */
function rangeOf(op: string, args: unknown[]): Atom | undefined {
  const [a, b, c] = args;
  if (args.length === 3) {
    const path = varPath(b);
    if (!path || typeof a !== 'number' || typeof c !== 'number') return undefined;
    const open = op === '<';
    return { path, kind: 'range', lo: a, loOpen: open, hi: c, hiOpen: open };
  }
  const flipped = varPath(b) !== undefined;
  const path = varPath(flipped ? b : a);
  const bound = flipped ? a : b;
  if (!path || typeof bound !== 'number' || !Number.isFinite(bound)) return undefined;
  const upper = (op === '<' || op === '<=') !== flipped;
  const open = op === '<' || op === '>';
  return upper
    ? { path, kind: 'range', lo: -Infinity, loOpen: false, hi: bound, hiOpen: open }
    : { path, kind: 'range', lo: bound, loOpen: open, hi: Infinity, hiOpen: false };
}

function atomOf(rule: JsonLogicRule): Atom | undefined {
  const path = varPath(rule);
  if (path) return { path, kind: 'truthy' };
  const op = operation(rule);
  if (!op) return undefined;
  const [name, args] = op;
  if (name === '!!')
    return varPath(args[0]) ? { path: varPath(args[0]) as string, kind: 'truthy' } : undefined;
  if (name === '!')
    return varPath(args[0]) ? { path: varPath(args[0]) as string, kind: 'falsy' } : undefined;
  if (comparisons.has(name)) return rangeOf(name, args);
  const [a, b] = args;
  const fieldFirst = varPath(a);
  const field = fieldFirst ?? varPath(b);
  const constant = fieldFirst ? b : a;
  if (!field || args.length !== 2) return undefined;
  if (name === '===' && isPrimitive(constant))
    return { path: field, kind: 'one_of', values: [constant] };
  if (name === '==' && isPrimitive(constant))
    return { path: field, kind: 'loose_eq', value: constant };
  if (name === 'in' && fieldFirst && Array.isArray(b) && b.every(isPrimitive)) {
    return { path: field, kind: 'one_of', values: b };
  }
  return undefined;
}

function conjuncts(rule: JsonLogicRule): JsonLogicRule[] {
  const op = operation(rule);
  return op && op[0] === 'and' ? op[1].flatMap(conjuncts) : [rule];
}

function rangeHolds(known: Atom[], wanted: Extract<Atom, { kind: 'range' }>): boolean {
  let lo = -Infinity;
  let loOpen = false;
  let hi = Infinity;
  let hiOpen = false;
  for (const atom of known) {
    if (atom.path !== wanted.path) continue;
    const range =
      atom.kind === 'range'
        ? atom
        : atom.kind === 'one_of' &&
            atom.values.length > 0 &&
            atom.values.every((v) => typeof v === 'number')
          ? {
              lo: Math.min(...(atom.values as number[])),
              loOpen: false,
              hi: Math.max(...(atom.values as number[])),
              hiOpen: false,
            }
          : undefined;
    if (!range) continue;
    if (range.lo > lo || (range.lo === lo && range.loOpen)) [lo, loOpen] = [range.lo, range.loOpen];
    if (range.hi < hi || (range.hi === hi && range.hiOpen)) [hi, hiOpen] = [range.hi, range.hiOpen];
  }
  const aboveLow = lo > wanted.lo || (lo === wanted.lo && (loOpen || !wanted.loOpen));
  const belowHigh = hi < wanted.hi || (hi === wanted.hi && (hiOpen || !wanted.hiOpen));
  return aboveLow && belowHigh;
}

function atomHolds(known: Atom[], wanted: Atom): boolean {
  if (wanted.kind === 'range') return rangeHolds(known, wanted);
  const same = known.filter((atom) => atom.path === wanted.path);
  if (wanted.kind === 'truthy' || wanted.kind === 'falsy')
    return same.some((a) => a.kind === wanted.kind);
  if (wanted.kind === 'loose_eq') {
    const expected = wanted.value;
    return same.some((atom) =>
      atom.kind === 'loose_eq'
        ? atom.value === expected
        : atom.kind === 'one_of' && // biome-ignore lint/suspicious/noDoubleEquals: mirrors JSON Logic's loose ==
          atom.values.every((v) => v == expected),
    );
  }
  if (wanted.kind !== 'one_of') return false;
  const allowed = wanted.values;
  return same.some(
    (atom) => atom.kind === 'one_of' && atom.values.every((v) => allowed.includes(v)),
  );
}

/** True when every lead satisfying `a` is proven to satisfy `b`. */
export function implies(a: JsonLogicRule, b: JsonLogicRule): boolean {
  if (JSON.stringify(a) === JSON.stringify(b)) return true;
  const opB = operation(b);
  if (opB?.[0] === 'or') return opB[1].some((part) => implies(a, part));
  if (opB?.[0] === 'and') return opB[1].length > 0 && opB[1].every((part) => implies(a, part));
  const opA = operation(a);
  if (opA?.[0] === 'or') return opA[1].length > 0 && opA[1].every((part) => implies(part, b));
  const wanted = atomOf(b);
  const parts = conjuncts(a);
  if (!wanted) return parts.length > 1 && parts.some((part) => implies(part, b));
  const known = parts.map(atomOf).filter((atom): atom is Atom => atom !== undefined);
  return atomHolds(known, wanted);
}
