import { type Compiled, computed, literal } from './compiled';
import { truthy } from './rule';

/**
 * `map`, `filter`, `reduce`, `all`, `none`, `some`: the second argument runs once per item, with
 * the item as its data (reduce: `{current, accumulator}`). Not an array gives [] (map, filter),
 * the seed (reduce), false (all, some) or true (none), as in json-logic-js.
 */
export function compileIterate(op: string, args: Compiled[], raw: unknown[]): Compiled {
  const items = (args[0] ?? literal(undefined)).run;
  const body = (args[1] ?? literal(undefined)).run;
  if (op === 'map') return computed((d) => iterable(items(d))?.map((item) => body(item)) ?? []);
  if (op === 'filter') {
    return computed((d) => iterable(items(d))?.filter((item) => truthy(body(item))) ?? []);
  }
  if (op === 'reduce') {
    // json-logic-js tests the written seed, not its value: a seed rule giving undefined stays undefined.
    const initial = typeof raw[2] !== 'undefined' ? (args[2] as Compiled).run : () => null;
    return computed((d) => {
      const list = items(d);
      const seed = initial(d);
      if (!Array.isArray(list)) return seed;
      return list.reduce((accumulator, current) => body({ current, accumulator }), seed);
    });
  }
  const wanted = op !== 'all';
  const empty = op === 'none';
  return computed(
    (d) => {
      const list = items(d);
      if (!Array.isArray(list) || list.length === 0) return empty;
      for (let i = 0; i < list.length; i++) {
        if (truthy(body(list[i])) === wanted) return op === 'some';
      }
      return op !== 'some';
    },
    { boolean: true },
  );
}

const iterable = (value: unknown): unknown[] | undefined =>
  Array.isArray(value) ? value : undefined;
