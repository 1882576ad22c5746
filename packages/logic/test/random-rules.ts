import type { Random } from './random';

/**
 * Random rules and data for the differential test: every whitelisted operation at odd arities,
 * over mixed-type data. Field names and strings avoid anything an inherited property is called
 * (`toString`, `at`...): json-logic-js reads those through the prototype and we deliberately do
 * not, which the bad-input tests cover on their own.
 */

const keys = ['a', 'b', 'n', 's', 'flag', 'list', 'nums', 'strs', 'obj', 'items'] as const;
const paths: readonly unknown[] = [
  ...keys,
  'obj.x',
  'obj.y.z',
  'list.0',
  'list.1',
  'list.length',
  's.length',
  'items.0.x',
  '',
  'nope',
  'nope.deeper',
  'a.b',
  'length',
  '0',
  0,
  1,
  null,
];
const scalars: readonly unknown[] = [
  0,
  1,
  -1,
  2.5,
  10,
  -3.7,
  100,
  1e3,
  -0,
  '10',
  '1e3',
  ' 5',
  '',
  '0',
  'abc',
  'a',
  'US',
  '-2',
  '3.5',
  'a.b',
  null,
  true,
  false,
];

const eager = [
  '==',
  '===',
  '!=',
  '!==',
  '!',
  '!!',
  '<',
  '<=',
  '>',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '%',
  'min',
  'max',
  'cat',
  'substr',
  'in',
  'merge',
] as const;
const iterating = ['map', 'filter', 'reduce', 'all', 'none', 'some'] as const;

/** A random data value: numbers, numeric strings, null, booleans, arrays, nested objects. */
export function randomValue(r: Random, depth = 2): unknown {
  const roll = r.int(10);
  if (roll < 5 || depth === 0) return r.pick(scalars);
  if (roll < 7) return Array.from({ length: r.int(4) }, () => randomValue(r, depth - 1));
  if (roll < 8) return { x: randomValue(r, depth - 1), y: { z: randomValue(r, depth - 1) } };
  if (roll < 9) return r.pick([{}, { x: 1 }, { x: '2', a: [] }]);
  return r.pick([[], [1, 2, 3], ['a', 'b'], [0, '0', null]]);
}

/** Random data: usually an object with some fields missing, sometimes a bare primitive or array. */
export function randomData(r: Random): unknown {
  if (r.chance(0.06)) return r.pick([null, undefined, 5, 'abc', '', [1, 'a'], 0]);
  const data: Record<string, unknown> = {};
  for (const key of keys) if (r.chance(0.75)) data[key] = randomValue(r);
  if (r.chance(0.5)) data.list = [randomValue(r, 1), randomValue(r, 1), randomValue(r, 1)];
  if (r.chance(0.5)) data.items = [{ x: randomValue(r, 0) }, { x: randomValue(r, 0), y: 2 }];
  // Own `indexOf`/`toString` values make json-logic-js's `in` and coercions throw: so must we.
  if (r.chance(0.02)) data.obj = r.pick<unknown>([{ indexOf: 1 }, { toString: 'x', valueOf: 'y' }]);
  return data;
}

/** A random rule of at most `depth` levels of operations. */
export function randomRule(r: Random, depth: number): unknown {
  if (depth <= 0 || r.chance(0.25)) return leaf(r);
  const roll = r.int(20);
  if (roll < 3) return randomVar(r, depth);
  if (roll < 4) return missing(r, depth);
  if (roll < 6) return { [r.pick(['if', '?:'])]: args(r, depth, r.int(7)) };
  if (roll < 8) return { [r.pick(['and', 'or'])]: args(r, depth, r.int(5)) };
  if (roll < 10) return iterate(r, depth);
  const op = r.pick(eager);
  const count = op === '*' ? 1 + r.int(4) : r.int(5);
  // A lone argument may be written without its list, as in {"!": x}.
  if (count === 1 && r.chance(0.3)) return { [op]: randomRule(r, depth - 1) };
  return { [op]: args(r, depth, count) };
}

const args = (r: Random, depth: number, count: number) =>
  Array.from({ length: count }, () => randomRule(r, depth - 1));

function leaf(r: Random): unknown {
  const roll = r.int(12);
  if (roll < 5) return { var: r.pick(paths) };
  if (roll < 10) return r.pick(scalars);
  if (roll < 11) return [r.pick(scalars), r.pick(scalars)];
  return r.pick([{ p: 1, q: 'x' }, {}, ['a', 'US', 10]]);
}

function randomVar(r: Random, depth: number): unknown {
  const roll = r.int(6);
  if (roll < 2) return { var: r.pick(paths) };
  if (roll < 4) return { var: [r.pick(paths), randomRule(r, depth - 1)] };
  if (roll < 5) return { var: [r.pick(paths)] };
  // A computed path: the key comes from data or from other operations.
  return {
    var: r.pick([{ var: 's' }, { cat: ['obj', '.x'] }, { var: 'strs.0' }, { '+': [0, 1] }]),
  };
}

function missing(r: Random, depth: number): unknown {
  const some = () => Array.from({ length: r.int(4) }, () => r.pick(paths));
  const roll = r.int(5);
  if (roll === 0) return { missing: some() };
  if (roll === 1) return { missing: [some()] };
  if (roll === 2) return { missing: r.pick([{ var: 'strs' }, { merge: [some(), 'a'] }]) };
  if (roll === 3) return { missing_some: [r.pick([0, 1, 2, '1']), some()] };
  return { missing_some: [randomRule(r, depth - 1), r.pick([{ var: 'strs' }, some(), 'a', 7])] };
}

function iterate(r: Random, depth: number): unknown {
  const op = r.pick(iterating);
  const list = r.pick([
    { var: 'list' },
    { var: 'nums' },
    { var: 'items' },
    { var: 'n' },
    [1, '2', 0],
  ]);
  const body =
    op === 'reduce'
      ? r.pick([
          { '+': [{ var: 'current' }, { var: 'accumulator' }] },
          { cat: [{ var: 'accumulator' }, { var: 'current' }] },
          { var: 'current.x' },
        ])
      : r.chance(0.5)
        ? randomRule(r, depth - 1)
        : r.pick([{ var: '' }, { var: 'x' }, { '>': [{ var: '' }, 1] }, { '!': { var: '' } }]);
  const rest = op === 'reduce' && r.chance(0.7) ? [randomRule(r, depth - 1)] : [];
  return { [op]: [list, body, ...rest] };
}
