/** A running count per key; `sorted()` lists them highest first, then by key, for stable tables. */
export class Tally {
  readonly #counts = new Map<string, number>();

  add(key: string): void {
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
  }

  sorted(): Array<[string, number]> {
    return [...this.#counts].sort(
      ([keyA, a], [keyB, b]) => b - a || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0),
    );
  }
}

/** Counts of each item's key, highest first. */
export function countBy<T>(
  items: Iterable<T>,
  keyOf: (item: T) => string,
): Array<[string, number]> {
  const tally = new Tally();
  for (const item of items) tally.add(keyOf(item));
  return tally.sorted();
}
