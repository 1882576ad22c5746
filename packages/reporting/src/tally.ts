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
