/** A running count per key; `sorted()` lists them highest first, then by key, for stable tables. */
export class Tally {
  readonly #counts = new Map<string, number>();

  add(key: string, count = 1): void {
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + count);
  }

  sorted(): Array<[string, number]> {
    return [...this.#counts].sort(
      ([keyA, a], [keyB, b]) => b - a || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0),
    );
  }
}
