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

/**
 * The training questions, searchable by similarity: the ranker's nearest-neighbour evidence. Each
 * example is a set of search features weighted by rarity among the examples (idf); similarity is
 * the cosine of two such sets. Built once per list of examples.
 */
/** One word of the examples while the index is built: how many have it, which, and the last counted. */
class Term {
  count = 1;
  /** The last example counted (each example counts once, however often it says the word). */
  last: number;
  ids: number[];
  /** Its number in the packed arrays. */
  readonly id: number;

  constructor(example: number, id: number) {
    this.last = example;
    this.ids = [example];
    this.id = id;
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
  /**
   * Each word's number. What a search reads of a word is packed in arrays by that number (its
   * squared weight, where its examples start and end in one array of all postings), so that a
   * question's word costs one map lookup and reads memory that lies together.
   */
  private readonly termIds = new Map<string, number>();
  private weights: Float64Array;
  /** The examples that have word t are postings[starts[t]] to postings[starts[t + 1] - 1], in order. */
  private starts: Int32Array;
  /** Empty for the words left out (too common): every other word has at least one example. */
  private postings: Int32Array;
  /** The squared weight of a word no example has. */
  private readonly unseenWeight: number;
  private readonly dots: Float64Array;
  private readonly touched: Int32Array;
  private readonly similarities: Float64Array;
  /**
   * The labels again, packed for nearest(): example e's codes are labelCodes[labelStarts[e]] to
   * labelCodes[labelStarts[e + 1] - 1]. Thirty examples' labels are read per question, and one array
   * of them all lies together where three thousand small arrays lie anywhere in the heap.
   */
  private readonly labelStarts: Int32Array;
  private readonly labelCodes: Int32Array;
  /** Scratch for nearest(): positions in `touched` of the nearest examples, most similar first. */
  private readonly order: Int32Array;
  /**
   * The word model (naive Bayes over the examples' words, by code): where the nearest examples look
   * at a few questions like this one, it weighs every word of every example of a code. Derived from
   * the postings and labels, so a restored index has it too, when first used (the facts' index,
   * whose model nothing asks for, never builds it). The codes, by number; per code its log
   * prior and the log probability of a word it never said; per word (like the postings, from
   * modelStarts[t] to modelStarts[t + 1] - 1) the codes that said it, and log((count + s) / s).
   */
  private modelBuilt = false;
  private modelCodes: readonly number[] = [];
  private modelPrior = new Float64Array(0);
  private modelUnseen = new Float64Array(0);
  private modelStarts = new Int32Array(1);
  private modelCodeOf = new Int32Array(0);
  private modelLift = new Float64Array(0);
  private modelScores = new Float64Array(0);

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
    // Set by build() or restore(); empty until then.
    this.weights = new Float64Array(0);
    this.starts = new Int32Array(1);
    this.postings = new Int32Array(0);
    if (built) this.restore(examples, built);
    else this.build(examples, featuresOf);
    this.unseenWeight = Math.log(n + 1) ** 2;
    this.dots = new Float64Array(n);
    this.touched = new Int32Array(n);
    this.similarities = new Float64Array(n);
    this.order = new Int32Array(NEAREST);
    this.labelStarts = new Int32Array(n + 1);
    const codes: number[] = [];
    this.labels.forEach((labels, id) => {
      this.labelStarts[id] = codes.length;
      for (const code of labels) {
        // Status codes: whole numbers, which an Int32Array keeps exactly.
        if ((code | 0) !== code) throw new Error(`example ${id}: label ${code} is not a status code`);
        codes.push(code);
      }
    });
    this.labelStarts[n] = codes.length;
    this.labelCodes = Int32Array.from(codes);
  }

  private build(examples: readonly Example[], featuresOf: (text: string) => readonly string[]): void {
    // One pass and one map lookup per word: each example's distinct words, in the order first
    // said (its norm is summed in that order), and each word's examples, in example order.
    const terms = new Map<string, Term>();
    const all: Term[] = [];
    const distinct: Term[][] = [];
    examples.forEach((example, id) => {
      const own: Term[] = [];
      for (const f of featuresOf(example.text)) {
        const term = terms.get(f);
        if (term === undefined) {
          const fresh = new Term(id, all.length);
          terms.set(f, fresh);
          all.push(fresh);
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
    this.weights = new Float64Array(all.length);
    this.starts = new Int32Array(all.length + 1);
    let total = 0;
    for (const term of all) if (term.count <= common) total += term.ids.length;
    this.postings = new Int32Array(total);
    let at = 0;
    for (const term of all) {
      this.starts[term.id] = at;
      if (term.count <= common) {
        this.weights[term.id] = Math.log((n + 1) / term.count) ** 2;
        this.postings.set(term.ids, at);
        at += term.ids.length;
      }
    }
    this.starts[all.length] = at;
    for (const [f, term] of terms) this.termIds.set(f, term.id);
    distinct.forEach((own, id) => {
      let norm = 0;
      for (const term of own) if (term.count <= common) norm += this.weights[term.id] as number;
      this.norms.push(Math.sqrt(norm));
      this.labels.push((examples[id] as Example).codes);
    });
  }

  /** What the built index holds, in flat lists: enough for `new ExampleIndex(examples, featuresOf, data)` to be this index again. */
  data(): ExampleIndexData {
    const { starts } = this;
    const count = this.weights.length;
    return {
      // Numbered in the order the map was filled, so the words in id order are its keys in order.
      terms: [...this.termIds.keys()],
      weights: Float64Array.from(this.weights),
      // Every word kept has an example; an empty range is a word left out.
      postingCounts: Int32Array.from({ length: count }, (_, t) => {
        const length = (starts[t + 1] as number) - (starts[t] as number);
        return length === 0 ? -1 : length;
      }),
      postings: Int32Array.from(this.postings),
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
    const weights = new Float64Array(count);
    const starts = new Int32Array(count + 1);
    let at = 0;
    for (let k = 0; k < count; k++) {
      const word = data.terms[k] as string;
      const postingCount = data.postingCounts[k] as number;
      const weight = data.weights[k] as number;
      if (!Number.isFinite(weight) || this.termIds.has(word)) fail(`word ${k}`);
      starts[k] = at;
      if (postingCount === -1) {
        if (weight !== 0) fail(`word ${k} left out`);
      } else {
        if (!(postingCount > 0) || at + postingCount > postings.length) fail(`word ${k} postings`);
        weights[k] = weight;
        at += postingCount;
      }
      this.termIds.set(word, k);
    }
    if (at !== postings.length) fail("postings too long");
    starts[count] = at;
    for (const norm of data.norms) {
      if (!Number.isFinite(norm)) fail("norm");
      this.norms.push(norm);
    }
    this.weights = weights;
    this.starts = starts;
    this.postings = postings;
    for (const example of examples) this.labels.push(example.codes);
  }

  /**
   * The word model's counts, from the postings (the words kept, each example once) and the labels.
   * An example labelled with two codes counts half for each.
   */
  private buildModel(): void {
    const codeAt = new Map<number, number>();
    const codes: number[] = [];
    const documents: number[] = [];
    const words: number[] = [];
    const atOf = (code: number): number => {
      let at = codeAt.get(code);
      if (at === undefined) {
        at = codes.length;
        codeAt.set(code, at);
        codes.push(code);
        documents.push(0);
        words.push(0);
      }
      return at;
    };
    for (const labels of this.labels) {
      for (const code of labels) {
        const at = atOf(code);
        documents[at] = (documents[at] as number) + 1 / labels.length;
      }
    }
    const { starts, postings } = this;
    const count = this.weights.length;
    let vocabulary = 0;
    const modelStarts = new Int32Array(count + 1);
    const codeOf: number[] = [];
    const lift: number[] = [];
    // Each example's labels as code numbers, found once rather than once per word it says.
    const labelsAt = this.labels.map((labels) =>
      Int32Array.from(labels, (code) => codeAt.get(code) as number),
    );
    // Per word, the counts of the codes of its examples, in the order the codes are first met (a word
    // has few codes: the ones touched are listed, and cleared after).
    const share = new Float64Array(codes.length);
    const met = new Int32Array(codes.length);
    for (let t = 0; t < count; t++) {
      modelStarts[t] = codeOf.length;
      const from = starts[t] as number;
      const to = starts[t + 1] as number;
      if (from === to) continue;
      vocabulary++;
      let metCount = 0;
      for (let i = from; i < to; i++) {
        const labels = labelsAt[postings[i] as number] as Int32Array;
        for (let j = 0; j < labels.length; j++) {
          const at = labels[j] as number;
          if (share[at] === 0) met[metCount++] = at;
          share[at] = (share[at] as number) + 1 / labels.length;
        }
      }
      for (let k = 0; k < metCount; k++) {
        const at = met[k] as number;
        const counted = share[at] as number;
        share[at] = 0;
        words[at] = (words[at] as number) + counted;
        codeOf.push(at);
        lift.push(Math.log((counted + SMOOTHING) / SMOOTHING));
      }
    }
    modelStarts[count] = codeOf.length;
    const n = Math.max(1, this.labels.length);
    this.modelCodes = codes;
    this.modelPrior = Float64Array.from(documents, (d) => Math.log(d / n));
    this.modelUnseen = Float64Array.from(words, (w) => Math.log(SMOOTHING / (w + SMOOTHING * vocabulary)));
    this.modelStarts = modelStarts;
    this.modelCodeOf = Int32Array.from(codeOf);
    this.modelLift = Float64Array.from(lift);
    this.modelScores = new Float64Array(codes.length);
    this.modelBuilt = true;
  }

  /**
   * The word model's probability of each code for a question (its features): naive Bayes over the
   * words the examples share, which weighs all of a code's examples where the nearest examples see
   * only a few. Codes with no examples, and codes of negligible probability, are absent.
   */
  model(features: readonly string[]): ReadonlyMap<number, number> {
    if (!this.modelBuilt) this.buildModel();
    // A new map per question: one map kept by the index and cleared by each call (tried, to allocate
    // less) made a question that reaches the ranker with few known words more than twice as slow.
    const probabilities = new Map<number, number>();
    const codes = this.modelCodes.length;
    if (codes === 0) return probabilities;
    const { modelScores: scores, modelStarts, modelCodeOf, modelLift } = this;
    let known = 0;
    scores.fill(0);
    const terms = this.termsOf(features);
    for (let k = 0; k < features.length; k++) {
      const term = terms[k] as number;
      if (term === -1) continue;
      const from = modelStarts[term] as number;
      const to = modelStarts[term + 1] as number;
      // A word left out (too common) says nothing here either.
      if (from === to) continue;
      known++;
      for (let i = from; i < to; i++) {
        const at = modelCodeOf[i] as number;
        scores[at] = (scores[at] as number) + (modelLift[i] as number);
      }
    }
    if (known === 0) return probabilities;
    let max = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < codes; k++) {
      const score =
        (scores[k] as number) + (this.modelPrior[k] as number) + known * (this.modelUnseen[k] as number);
      scores[k] = score;
      if (score > max) max = score;
    }
    // Each code's exponential computed once and kept in place of its score (the same values the
    // sum and the probabilities read): one Math.exp per code instead of two.
    let sum = 0;
    for (let k = 0; k < codes; k++) {
      const exponential = Math.exp((scores[k] as number) - max);
      scores[k] = exponential;
      sum += exponential;
    }
    for (let k = 0; k < codes; k++) {
      const p = (scores[k] as number) / sum;
      if (p >= 1e-4) probabilities.set(this.modelCodes[k] as number, p);
    }
    return probabilities;
  }

  /**
   * Each feature's word number, -1 for a word no example has. The ranker asks nearest() and model()
   * about the same question's features in turn: the numbers of the last features asked about are
   * kept (in scratch space reused by every question), and the second asks no map for them.
   */
  private termsOf(features: readonly string[]): Int32Array {
    if (features === this.lastFeatures && features.length === this.lastFeatureCount) return this.lastTerms;
    this.lastFeatures = undefined;
    if (this.lastTerms.length < features.length) this.lastTerms = new Int32Array(features.length * 2);
    const terms = this.lastTerms;
    for (let k = 0; k < features.length; k++) terms[k] = this.termIds.get(features[k] as string) ?? -1;
    this.lastFeatures = features;
    this.lastFeatureCount = features.length;
    return terms;
  }

  private lastFeatures: readonly string[] | undefined;
  private lastFeatureCount = 0;
  private lastTerms = new Int32Array(64);

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
    const { postings, starts, weights } = this;
    const terms = this.termsOf(features);
    for (let k = 0; k < features.length; k++) {
      const term = terms[k] as number;
      if (term === -1) {
        queryNorm += this.unseenWeight;
        continue;
      }
      const from = starts[term] as number;
      const to = starts[term + 1] as number;
      // A word left out (too common) has no postings.
      if (from === to) continue;
      const weight = weights[term] as number;
      queryNorm += weight;
      for (let i = from; i < to; i++) {
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
    // Only the nearest few matter: they are kept in `order` (positions in `touched`, most similar
    // first) as the similarities are computed, each inserted after those as similar as it (the order
    // of a stable sort, ties in the order of `touched`), and one no more similar than the last of a
    // full list left out. That list is the first NEAREST of all the examples sorted, without finding
    // a threshold first (a quickselect over a copy of every similarity) or sorting more than it.
    const { similarities, order } = this;
    let kept = 0;
    for (let k = 0; k < count; k++) {
      const id = touched[k] as number;
      const similarity = (dots[id] as number) / (queryNorm * ((this.norms[id] as number) || 1));
      dots[id] = 0;
      similarities[k] = similarity;
      if (!(similarity >= 0)) continue;
      if (kept === NEAREST && !(similarity > (similarities[order[NEAREST - 1] as number] as number)))
        continue;
      let at = kept < NEAREST ? kept++ : NEAREST - 1;
      while (at > 0 && (similarities[order[at - 1] as number] as number) < similarity) {
        order[at] = order[at - 1] as number;
        at--;
      }
      order[at] = k;
    }
    const voters = Math.min(kept, VOTERS);
    const nearest = Math.min(kept, NEAREST);
    let total = 0;
    for (let v = 0; v < voters; v++) total += similarities[order[v] as number] as number;
    total ||= 1;
    // Each code's evidence, made once and filled in place: its best is the first (closest) of the
    // nearest examples to have it; voters are among the nearest, so every code they vote for is
    // already there, and its votes are summed in voter order from 0 as before.
    const found = evidence as Map<number, { best: number; votes: number }>;
    const { labelStarts, labelCodes } = this;
    for (let v = 0; v < nearest; v++) {
      const k = order[v] as number;
      const id = touched[k] as number;
      for (let at = labelStarts[id] as number, end = labelStarts[id + 1] as number; at < end; at++) {
        const code = labelCodes[at] as number;
        if (!found.has(code)) found.set(code, { best: similarities[k] as number, votes: 0 });
      }
    }
    for (let v = 0; v < voters; v++) {
      const k = order[v] as number;
      const similarity = similarities[k] as number;
      const id = touched[k] as number;
      const from = labelStarts[id] as number;
      const end = labelStarts[id + 1] as number;
      const labels = end - from;
      for (let at = from; at < end; at++) {
        const own = found.get(labelCodes[at] as number) as { best: number; votes: number };
        own.votes += similarity / labels / total;
      }
    }
    return evidence;
  }
}
