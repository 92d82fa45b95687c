/**
 * One numbering of the words of several indexes (the search index, the examples' and the facts'),
 * so that a question's features are looked up in one map, once, instead of once in each index's
 * own map: the ranker reads the same features in all three, and a long question has a hundred.
 * Each index keeps a table from the shared numbers to its own (-1 for a word it does not have).
 */
export class SharedTerms {
  private readonly ids = new Map<string, number>();
  /** The features of the last `idsOf` call and their shared numbers (scratch, reused). */
  private lastFeatures: readonly string[] | undefined;
  private lastCount = 0;
  private lastIds = new Int32Array(64);

  /**
   * Numbers an index's words (adding the ones no index had before) and returns its table: the
   * index's own number of each shared number, -1 where it lacks the word. Numbers added later, by
   * an index registered after it, are past the end of its table, which `localTerm` reads as -1.
   */
  register(own: ReadonlyMap<string, number>): Int32Array {
    for (const word of own.keys()) if (!this.ids.has(word)) this.ids.set(word, this.ids.size);
    const table = new Int32Array(this.ids.size).fill(-1);
    for (const [word, term] of own) table[this.ids.get(word) as number] = term;
    return table;
  }

  /**
   * The shared number of each feature, -1 for a word no index has. The numbers of the last
   * features asked about are kept: the indexes asked in turn about one question's features (the
   * same array, which a question reads once and never changes) share one lookup per feature.
   */
  idsOf(features: readonly string[]): Int32Array {
    if (features === this.lastFeatures && features.length === this.lastCount) return this.lastIds;
    // Forgotten first: a lookup that failed half-way must not be reused.
    this.lastFeatures = undefined;
    if (this.lastIds.length < features.length) this.lastIds = new Int32Array(features.length * 2);
    const ids = this.lastIds;
    for (let k = 0; k < features.length; k++) ids[k] = this.ids.get(features[k] as string) ?? -1;
    this.lastFeatures = features;
    this.lastCount = features.length;
    return ids;
  }
}

/** An index's own number of a shared number (see `SharedTerms.register`), -1 when it lacks the word. */
export function localTerm(table: Int32Array, shared: number): number {
  return shared >= 0 && shared < table.length ? (table[shared] as number) : -1;
}
