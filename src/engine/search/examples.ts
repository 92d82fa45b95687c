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
/** Additive smoothing of the word model: a word never seen with a code counts this much. */
const SMOOTHING = 0.05;

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
  /** The word model: the codes whose examples say the word, and log((count + s) / s) for each. */
  modelCodes: Int32Array | null = null;
  modelLift: Float64Array | null = null;

  constructor(id: number) {
    this.last = id;
    this.ids = [id];
  }
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
   * The word model (naive Bayes over the examples' words, by code): where the nearest examples look
   * at a few questions like this one, it weighs every word of every example of a code. Per code
   * (by position in modelCodes): the log of its prior and of the probability of a word it never said.
   */
  private readonly modelCodes: number[] = [];
  private readonly modelPrior: Float64Array;
  private readonly modelUnseen: Float64Array;
  private readonly modelScores: Float64Array;

  constructor(examples: readonly Example[], featuresOf: (text: string) => readonly string[]) {
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
    this.unseenWeight = Math.log(n + 1) ** 2;
    distinct.forEach((own, id) => {
      let norm = 0;
      for (const term of own) if (term.postings !== null) norm += term.weight;
      this.norms.push(Math.sqrt(norm));
      this.labels.push((examples[id] as Example).codes);
    });
    this.dots = new Float64Array(n);
    this.touched = new Int32Array(n);
    this.similarities = new Float64Array(n);
    this.selection = new Float64Array(n);
    // The word model, over the same words as the similarity (the common ones left out). An example
    // labelled with two codes counts half for each.
    const codeAt = new Map<number, number>();
    const documents: number[] = [];
    const words: number[] = [];
    const counts = new Map<Term, Map<number, number>>();
    let vocabulary = 0;
    for (const term of terms.values()) if (term.postings !== null) vocabulary++;
    distinct.forEach((own, id) => {
      const codes = (examples[id] as Example).codes;
      const share = 1 / codes.length;
      for (const code of codes) {
        let at = codeAt.get(code);
        if (at === undefined) {
          at = this.modelCodes.length;
          codeAt.set(code, at);
          this.modelCodes.push(code);
          documents.push(0);
          words.push(0);
        }
        documents[at] = (documents[at] as number) + share;
        for (const term of own) {
          if (term.postings === null) continue;
          words[at] = (words[at] as number) + share;
          let byCode = counts.get(term);
          if (!byCode) counts.set(term, (byCode = new Map()));
          byCode.set(at, (byCode.get(at) ?? 0) + share);
        }
      }
    });
    const c = this.modelCodes.length;
    this.modelPrior = Float64Array.from(documents, (d) => Math.log(d / Math.max(1, n)));
    this.modelUnseen = Float64Array.from(words, (w) => Math.log(SMOOTHING / (w + SMOOTHING * vocabulary)));
    this.modelScores = new Float64Array(c);
    for (const [term, byCode] of counts) {
      term.modelCodes = Int32Array.from(byCode.keys());
      term.modelLift = Float64Array.from(byCode.values(), (count) => Math.log((count + SMOOTHING) / SMOOTHING));
    }
  }

  /**
   * The word model's probability of each code for a question (its features): naive Bayes over the
   * words the examples share, which weighs all of a code's examples where the nearest examples see
   * only a few. Codes with no examples are absent.
   */
  model(features: readonly string[]): Map<number, number> {
    const probabilities = new Map<number, number>();
    const codes = this.modelCodes.length;
    if (codes === 0) return probabilities;
    const scores = this.modelScores;
    let known = 0;
    scores.fill(0);
    for (const f of features) {
      const term = this.terms.get(f);
      if (term === undefined || term.modelCodes === null || term.modelLift === null) continue;
      known++;
      const at = term.modelCodes;
      const lift = term.modelLift;
      for (let i = 0; i < at.length; i++) {
        const k = at[i] as number;
        scores[k] = (scores[k] as number) + (lift[i] as number);
      }
    }
    if (known === 0) return probabilities;
    let max = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < codes; k++) {
      const score = (scores[k] as number) + (this.modelPrior[k] as number) + known * (this.modelUnseen[k] as number);
      scores[k] = score;
      if (score > max) max = score;
    }
    let sum = 0;
    for (let k = 0; k < codes; k++) sum += Math.exp((scores[k] as number) - max);
    for (let k = 0; k < codes; k++) {
      const p = Math.exp((scores[k] as number) - max) / sum;
      if (p >= 1e-4) probabilities.set(this.modelCodes[k] as number, p);
    }
    return probabilities;
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
