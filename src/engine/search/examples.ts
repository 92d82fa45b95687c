/** A question from the training data and the codes a careful API designer accepts for it. */
export interface Example {
  readonly text: string;
  readonly codes: readonly number[];
}

/** How close the nearest training questions labelled with a code are to a question. */
export interface ExampleEvidence {
  /** Similarity (cosine, 0..1) of the closest example labelled with the code. */
  readonly best: number;
  /** The code's share of the similarity of the nearest examples (0..1). */
  readonly votes: number;
}

/** How many nearest examples vote. */
const VOTERS = 10;
/** Words in more than this share of the examples (and more than COMMON_MIN of them) are left out. */
const COMMON_SHARE = 0.05;
const COMMON_MIN = 5;
/** How many nearest examples bring their codes as candidates. */
const NEAREST = 30;

/** The k-th largest value (quickselect on a copy in `scratch`, which is as long as `values` or longer). */
function kthLargest(values: Float64Array, k: number, scratch: Float64Array): number {
  scratch.set(values);
  const a = scratch;
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) > pivot) i++;
      while ((a[j] as number) < pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return a[target] as number;
}

/**
 * The training questions, searchable by similarity: the ranker's nearest-neighbour evidence. Each
 * example is a set of search features weighted by rarity among the examples (idf); similarity is
 * the cosine of two such sets. Built once per list of examples.
 */
/** One word of the examples: how many have it, which, and its squared weight once counted. */
class Term {
  count = 1;
  /** The last example counted (each example counts once, however often it says the word). */
  last: number;
  ids: number[];
  /** Not a small integer to begin with: V8 would give every record a new layout when a fraction is stored. */
  weight = Number.NaN;
  /** The examples that have the word; null for a word left out (too common). */
  postings: Int32Array | null = null;

  constructor(id: number) {
    this.last = id;
    this.ids = [id];
  }
}

/** A built ExampleIndex as flat lists (see `ExampleIndex.data()`): what snapshot.ts keeps on disk. */
export interface ExampleIndexData {
  /** The words, each with its squared weight and its number of examples (-1: left out), which follow in order. */
  readonly terms: readonly string[];
  readonly weights: Float64Array;
  readonly postingCounts: Int32Array;
  readonly postings: Int32Array;
  /** Per example. */
  readonly norms: Float64Array;
}

export class ExampleIndex {
  private readonly labels: (readonly number[])[] = [];
  private readonly norms: number[] = [];
  /** Each word's squared weight and the examples that have it (postings null for the words left out). */
  private readonly terms = new Map<string, Term>();
  /** The squared weight of a word no example has. */
  private readonly unseenWeight: number;
  private readonly dots: Float64Array;
  private readonly touched: Int32Array;
  private readonly similarities: Float64Array;
  private readonly selection: Float64Array;

  /**
   * Builds the index of `examples`, or takes what a build of the same examples with the same
   * features wrote down (`built`, from `data()`; see snapshot.ts, which checks that before use).
   */
  constructor(
    examples: readonly Example[],
    featuresOf: (text: string) => readonly string[],
    built?: ExampleIndexData,
  ) {
    const n = examples.length;
    if (built) this.restore(examples, built);
    else this.build(examples, featuresOf);
    this.unseenWeight = Math.log(n + 1) ** 2;
    this.dots = new Float64Array(n);
    this.touched = new Int32Array(n);
    this.similarities = new Float64Array(n);
    this.selection = new Float64Array(n);
  }

  private build(examples: readonly Example[], featuresOf: (text: string) => readonly string[]): void {
    // One pass and one map lookup per word: each example's distinct words, in the order first
    // said (its norm is summed in that order), and each word's examples, in example order.
    const terms = this.terms;
    const distinct: Term[][] = [];
    examples.forEach((example, id) => {
      const own: Term[] = [];
      for (const f of featuresOf(example.text)) {
        const term = terms.get(f);
        if (term === undefined) {
          const fresh = new Term(id);
          terms.set(f, fresh);
          own.push(fresh);
        } else if (term.last !== id) {
          term.count++;
          term.last = id;
          term.ids.push(id);
          own.push(term);
        }
      }
      distinct.push(own);
    });
    const n = examples.length;
    // Words in more than one example in twenty ("api", "request", "status") say little about which
    // one is nearest and cost the most to compare: they are left out, like stop words.
    const common = Math.max(COMMON_MIN, n * COMMON_SHARE);
    for (const term of terms.values()) {
      if (term.count <= common) {
        term.weight = Math.log((n + 1) / term.count) ** 2;
        term.postings = new Int32Array(term.ids);
      } else term.weight = 0;
      term.ids = [];
    }
    distinct.forEach((own, id) => {
      let norm = 0;
      for (const term of own) if (term.postings !== null) norm += term.weight;
      this.norms.push(Math.sqrt(norm));
      this.labels.push((examples[id] as Example).codes);
    });
  }

  /** What the built index holds, in flat lists: enough for `new ExampleIndex(examples, featuresOf, data)` to be this index again. */
  data(): ExampleIndexData {
    const terms = [...this.terms];
    const postings: number[] = [];
    for (const [, term] of terms)
      if (term.postings !== null) for (const id of term.postings) postings.push(id);
    return {
      terms: terms.map(([word]) => word),
      weights: Float64Array.from(terms, ([, term]) => term.weight),
      postingCounts: Int32Array.from(terms, ([, term]) => term.postings?.length ?? -1),
      postings: Int32Array.from(postings),
      norms: Float64Array.from(this.norms),
    };
  }

  /** The index as `data` says. Throws (and the caller builds instead) when the lists do not fit together or the examples. */
  private restore(examples: readonly Example[], data: ExampleIndexData): void {
    const fail = (what: string): never => {
      throw new Error(`example index data: ${what}`);
    };
    const n = examples.length;
    const count = data.terms.length;
    if (data.norms.length !== n) fail("one norm per example");
    if (data.weights.length !== count || data.postingCounts.length !== count) fail("one value per word");
    const { postings } = data;
    for (const id of postings) if (!(id >= 0 && id < n)) fail("example out of range");
    let at = 0;
    for (let k = 0; k < count; k++) {
      const word = data.terms[k] as string;
      const postingCount = data.postingCounts[k] as number;
      const weight = data.weights[k] as number;
      if (!Number.isFinite(weight) || this.terms.has(word)) fail(`word ${k}`);
      const term = new Term(-1);
      term.ids = [];
      term.weight = weight;
      if (postingCount === -1) {
        if (weight !== 0) fail(`word ${k} left out`);
      } else {
        if (!(postingCount > 0) || at + postingCount > postings.length) fail(`word ${k} postings`);
        term.count = postingCount;
        term.postings = postings.subarray(at, at + postingCount);
        at += postingCount;
      }
      this.terms.set(word, term);
    }
    if (at !== postings.length) fail("postings too long");
    for (const norm of data.norms) {
      if (!Number.isFinite(norm)) fail("norm");
      this.norms.push(norm);
    }
    for (const example of examples) this.labels.push(example.codes);
  }

  get size(): number {
    return this.labels.length;
  }

  /** The evidence for each code that the nearest examples of a question (its features) are labelled with. */
  nearest(features: readonly string[]): Map<number, ExampleEvidence> {
    const evidence = new Map<number, ExampleEvidence>();
    if (!this.labels.length) return evidence;
    // Scratch space reused by every search (searches are synchronous).
    const { dots, touched } = this;
    let queryNorm = 0;
    let count = 0;
    for (const f of features) {
      const term = this.terms.get(f);
      if (term === undefined) {
        queryNorm += this.unseenWeight;
        continue;
      }
      const { postings, weight } = term;
      if (postings === null) continue;
      queryNorm += weight;
      for (let i = 0; i < postings.length; i++) {
        const id = postings[i] as number;
        if (dots[id] === 0) touched[count++] = id;
        dots[id] = (dots[id] as number) + weight;
      }
    }
    if (queryNorm === 0 || count === 0) {
      for (let k = 0; k < count; k++) dots[touched[k] as number] = 0;
      return evidence;
    }
    queryNorm = Math.sqrt(queryNorm);
    // Only the nearest few matter: find the similarity of the last of them, then sort those above it.
    const similarities = this.similarities;
    for (let k = 0; k < count; k++) {
      const id = touched[k] as number;
      similarities[k] = (dots[id] as number) / (queryNorm * ((this.norms[id] as number) || 1));
    }
    const floor = count > NEAREST ? kthLargest(similarities.subarray(0, count), NEAREST, this.selection) : 0;
    const scored: { id: number; similarity: number }[] = [];
    for (let k = 0; k < count; k++) {
      const id = touched[k] as number;
      dots[id] = 0;
      if ((similarities[k] as number) >= floor) scored.push({ id, similarity: similarities[k] as number });
    }
    scored.sort((a, b) => b.similarity - a.similarity);
    const voters = scored.slice(0, VOTERS);
    const total = voters.reduce((sum, v) => sum + v.similarity, 0) || 1;
    const best = new Map<number, number>();
    const votes = new Map<number, number>();
    for (const { id, similarity } of scored.slice(0, NEAREST)) {
      for (const code of this.labels[id] as readonly number[]) {
        if (!best.has(code)) best.set(code, similarity);
      }
    }
    for (const { id, similarity } of voters) {
      const codes = this.labels[id] as readonly number[];
      for (const code of codes) votes.set(code, (votes.get(code) ?? 0) + similarity / codes.length / total);
    }
    for (const [code, similarity] of best)
      evidence.set(code, { best: similarity, votes: votes.get(code) ?? 0 });
    return evidence;
  }
}
