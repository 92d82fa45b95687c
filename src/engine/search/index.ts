import type { Catalog, Entry } from "../../knowledge/catalog.ts";
import type { Tuning } from "../tuning.ts";
import { distinct, features, foldText, isStopWord, SynonymRewriter, stem } from "./text.ts";

/** One entry found by the free-text search. */
export interface SearchHit {
  readonly entry: Entry;
  /** Combined score, 0..~1. */
  readonly score: number;
  /** Share of the question's meaningful words that this entry explains, 0..1. */
  readonly coverage: number;
  /** How much evidence that is: the summed rarity (idf) of the words explained. */
  readonly evidence: number;
  /** How many of the question's words the entry explains. */
  readonly matchedWords: number;
  /** A word of the question is one of the entry's names or keywords. */
  readonly namedOrKeyword: boolean;
  /** How much of the best scenario the question covers (0..1): "ship" covers little of "cancel an order that has already shipped". */
  readonly scenarioPrecision: number;
  /** The best scenario's match (0..1), its precision mixed in; 0 when no scenario matched. */
  readonly scenarioMatch: number;
  /** How much of the question the best scenario explains (0..1). */
  readonly scenarioOfQuestion: number;
  /** Shares of the question (0..1) explained by the entry's keywords, names and prose. */
  readonly keywordShare: number;
  readonly nameShare: number;
  readonly textShare: number;
  /** The question names the entry's origin ("nginx", "cloudflare"). */
  readonly originNamed: boolean;
  /** The scenario of the entry that matched best, if any did. */
  readonly scenario?: string;
}

/** What a search found, and how much of the question it could read. */
export interface SearchResult {
  /** Best first by the hand-tuned score. */
  readonly hits: SearchHit[];
  /** The question's content words (not stop words, numbers or ids). */
  readonly meaningfulWords: number;
  /** Share of the question's word rarity in words the catalog never uses (0..1). */
  readonly unknownShare: number;
}

export interface SearchOptions {
  /** How many hits at most, besides the included ones. Default 4. */
  readonly limit?: number;
  /** Codes whose entries are hits whenever they match at all (the codes a question names). */
  readonly include?: readonly number[];
  /** The question's features, when already read (see `questionFeatures`). */
  readonly features?: readonly string[];
}

enum Field {
  Name = 0,
  Keyword = 1,
  Text = 2,
  Any = 3,
}

/** Postings are packed as entry * FIELDS + field: one number each, no objects to collect. */
const FIELD_BITS = 2;
const FIELDS = 1 << FIELD_BITS;

/** How many texts' features `featuresOf` keeps. */
const FEATURE_CACHE_SIZE = 4096;

/** The features whose scores the scratch space holds, and what a search reads besides them. */
interface Scored {
  /** The features (as passed: an array a question reads once and never changes) and the weights. */
  readonly features: readonly string[];
  readonly weights: Tuning["search"];
  readonly total: number;
  readonly unknownShare: number;
  readonly meaningfulWords: number;
  /** How many entries of `scratch.scored` have a score. */
  readonly scoredCount: number;
}

/** What the index knows of one feature while it is built (then packed, see `SearchIndex.packed`). */
class Term {
  /**
   * Rarity among the entries (set once every entry is counted). Not a small integer to begin with:
   * V8 would then give every record a new layout when a fraction is stored.
   */
  idf = Number.NaN;
  // The postings (entry * FIELDS + field) and the scenarios that have the feature, the entries
  // counted, and the last posting, scenario and entry met.
  postingList: number[] = [];
  scenarioList: number[] = [];
  df = 0;
  lastPosting = -1;
  lastScenario = -1;
  lastEntry = -1;

  constructor(readonly bigram: boolean) {}
}

/** Whether a feature has a digit in it (what /\d/ tests, without a regex per feature). */
function hasDigit(feature: string): boolean {
  for (let i = 0; i < feature.length; i++) {
    const code = feature.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** A-Z or a-z. */
function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A built SearchIndex as flat lists (see `SearchIndex.data()`): what snapshot.ts keeps on disk. */
export interface SearchIndexData {
  /** The features, each with its rarity and the number of its postings and scenarios, which follow in order. */
  readonly terms: readonly string[];
  readonly idf: Float64Array;
  readonly postingCounts: Int32Array;
  readonly postings: Int32Array;
  readonly scenarioCounts: Int32Array;
  readonly scenarios: Int32Array;
  /** Per scenario of the catalog, in order. */
  readonly scenarioWordWeight: Float64Array;
  readonly scenarioPairWeight: Float64Array;
  /** Words of origins and the entries each names, which follow in order. */
  readonly originWords: readonly string[];
  readonly originCounts: Int32Array;
  readonly originEntries: Int32Array;
  readonly vocabulary: readonly string[];
  readonly stems: readonly string[];
  /** Pairs: a deletion, then the word it corrects to. */
  readonly deletions: readonly string[];
}

/** What a search reads of each feature, by its number (see `SearchIndex.packed`). */
interface Packed {
  idf: Float64Array;
  pair: Uint8Array;
  postingStarts: Int32Array;
  postings: Int32Array;
  scenarioStarts: Int32Array;
  scenarios: Int32Array;
}

/** The free-text index over the catalog: built once, then every search is a few map lookups. */
export class SearchIndex {
  readonly rewriter: SynonymRewriter;
  private readonly entries: readonly Entry[];
  /** Each feature's number in `packed` (one lookup per feature of a question). */
  private readonly termIds = new Map<string, number>();
  /**
   * What a search reads of each feature, by its number: its rarity, whether it is a pair, and its
   * postings and scenarios (those of feature t from starts[t] to starts[t + 1] - 1), packed in arrays
   * of all features so that a question's feature costs one map lookup and reads memory that lies
   * together.
   */
  private readonly packed: Packed;
  private readonly scenarioEntry: number[] = [];
  private readonly scenarioText: string[] = [];
  /** Each scenario's summed word rarity, and that of its word pairs (weighed by the tuning). */
  private readonly scenarioWordWeight: number[] = [];
  private readonly scenarioPairWeight: number[] = [];
  private readonly unknownIdf: number;
  /** Entries by a word of their origin ("nginx" -> nginx's codes): naming the vendor lifts them. */
  private readonly byOriginWord = new Map<string, number[]>();
  private readonly vocabulary = new Set<string>();
  private readonly stems = new Set<string>();
  private readonly deletions = new Map<string, string>();
  /** The words that spelling corrects to (five letters or more), in the order learnt. */
  private readonly correctable: string[] = [];
  private readonly corrections = new Map<string, string>();
  private readonly featureCache = new Map<string, readonly string[]>();
  /** What the scratch space holds the scores of (see `search`). */
  private lastScored: Scored | undefined;
  private readonly scratch: {
    acc: Float64Array[];
    bestOfQuery: Float64Array;
    matchedWords: Uint8Array;
    originBoost: Uint8Array;
    scenarioScore: Float64Array;
    touched: Int32Array;
    bestScore: Float64Array;
    bestId: Int32Array;
    bestPrecision: Float64Array;
    entryScore: Float64Array;
    scored: Int32Array;
    chosenFlag: Uint8Array;
  };

  /**
   * Builds the index over a catalog, or takes what a build of the same catalog wrote down
   * (`built`, from `data()`; see snapshot.ts, which checks it is that catalog's before it is used).
   */
  constructor(catalog: Catalog, built?: SearchIndexData) {
    this.rewriter = new SynonymRewriter(catalog.vocabulary.synonyms);
    this.entries = catalog.entries;
    this.packed = built ? this.restore(built) : this.build(catalog);
    const n = this.entries.length;
    // A word we have never seen weighs like a rare one: enough that "pizza recipe" or "weather" are
    // explained by nothing, not so much that one odd word sinks a clear question.
    this.unknownIdf = Math.log((n + 1) / 2);
    const scenarios = this.scenarioEntry.length;
    this.scratch = {
      acc: Array.from({ length: FIELDS }, () => new Float64Array(n)),
      bestOfQuery: new Float64Array(n),
      matchedWords: new Uint8Array(n),
      originBoost: new Uint8Array(n),
      scenarioScore: new Float64Array(scenarios),
      touched: new Int32Array(scenarios),
      bestScore: new Float64Array(n),
      bestId: new Int32Array(n),
      bestPrecision: new Float64Array(n),
      entryScore: new Float64Array(n),
      scored: new Int32Array(n),
      chosenFlag: new Uint8Array(n),
    };
  }

  private build(catalog: Catalog): Packed {
    // Words of the synonym groups are known words too: "forgot" must not be "corrected" to "forget".
    for (const group of catalog.vocabulary.synonyms) for (const term of group) this.learnWords(term);
    // One record per feature, found with one map lookup wherever the feature occurs: what the
    // search reads (rarity, postings, scenarios) and, while building, what counts it.
    const terms = new Map<string, Term>();
    const termOf = (feature: string): Term => {
      let term = terms.get(feature);
      if (term === undefined) {
        term = new Term(feature.includes("+"));
        terms.set(feature, term);
      }
      return term;
    };
    /** Each scenario's distinct features, in the order first said (its weights are summed in that order). */
    const scenarioTerms: Term[][] = [];
    this.entries.forEach((entry, index) => {
      const perField: [Field, string[]][] = [
        [
          Field.Name,
          [
            entry.phrase,
            entry.registry_phrase ?? "",
            ...entry.former_names.map((f) => f.name),
            ...entry.aliases,
          ],
        ],
        [Field.Keyword, [...entry.keywords, entry.origin ?? ""]],
        [Field.Text, [entry.summary, entry.meaning, ...entry.use_when]],
      ];
      // The entry's distinct features, in the order first met (fields in order, then scenarios).
      const any: Term[] = [];
      for (const [field, texts] of perField) {
        const posting = index * FIELDS + field;
        for (const text of texts) {
          this.learnWords(text);
          for (const feature of this.readFeatures(text)) {
            const term = termOf(feature);
            if (term.lastPosting === posting) continue;
            term.lastPosting = posting;
            term.postingList.push(posting);
            if (term.lastEntry !== index) {
              term.lastEntry = index;
              any.push(term);
            }
          }
        }
      }
      for (const scenario of entry.scenarios) {
        this.learnWords(scenario);
        const id = this.scenarioEntry.length;
        this.scenarioEntry.push(index);
        this.scenarioText.push(scenario);
        const own: Term[] = [];
        for (const feature of this.readFeatures(scenario)) {
          const term = termOf(feature);
          if (term.lastScenario === id) continue;
          term.lastScenario = id;
          term.scenarioList.push(id);
          own.push(term);
          if (term.lastEntry !== index) {
            term.lastEntry = index;
            any.push(term);
          }
        }
        scenarioTerms.push(own);
      }
      for (const term of any) {
        term.postingList.push(index * FIELDS + Field.Any);
        term.df++;
      }
      if (entry.origin) {
        for (const word of new Set(this.readFeatures(entry.origin.replace(/\(.*?\)/g, " ")))) {
          if (word.includes("+")) continue;
          this.byOriginWord.set(word, [...(this.byOriginWord.get(word) ?? []), index]);
        }
      }
    });
    const n = this.entries.length;
    const count = terms.size;
    let postingCount = 0;
    let scenarioCount = 0;
    for (const term of terms.values()) {
      postingCount += term.postingList.length;
      scenarioCount += term.scenarioList.length;
    }
    const packed = {
      idf: new Float64Array(count),
      pair: new Uint8Array(count),
      postingStarts: new Int32Array(count + 1),
      postings: new Int32Array(postingCount),
      scenarioStarts: new Int32Array(count + 1),
      scenarios: new Int32Array(scenarioCount),
    };
    let id = 0;
    postingCount = 0;
    scenarioCount = 0;
    for (const [feature, term] of terms) {
      term.idf = Math.log((n + 1) / (term.df + 0.5));
      this.termIds.set(feature, id);
      packed.idf[id] = term.idf;
      packed.pair[id] = term.bigram ? 1 : 0;
      packed.postingStarts[id] = postingCount;
      packed.postings.set(term.postingList, postingCount);
      postingCount += term.postingList.length;
      packed.scenarioStarts[id] = scenarioCount;
      packed.scenarios.set(term.scenarioList, scenarioCount);
      scenarioCount += term.scenarioList.length;
      term.postingList = [];
      term.scenarioList = [];
      id++;
    }
    packed.postingStarts[count] = postingCount;
    packed.scenarioStarts[count] = scenarioCount;
    // Scenario weights need the idf, so they are summed once everything is counted.
    for (const own of scenarioTerms) {
      let wordWeight = 0;
      let pairWeight = 0;
      for (const term of own) {
        if (term.bigram) pairWeight += term.idf;
        else wordWeight += term.idf;
      }
      this.scenarioWordWeight.push(wordWeight);
      this.scenarioPairWeight.push(pairWeight);
    }
    this.buildDeletions();
    return packed;
  }

  /** What the built index holds, in flat lists: enough for `new SearchIndex(catalog, data)` to be this index again. */
  data(): SearchIndexData {
    const { idf, postingStarts, postings, scenarioStarts, scenarios } = this.packed;
    const count = idf.length;
    const origins = [...this.byOriginWord];
    return {
      // Numbered in the order the map was filled, so the words in id order are its keys in order.
      terms: [...this.termIds.keys()],
      idf: Float64Array.from(idf),
      postingCounts: Int32Array.from(
        { length: count },
        (_, t) => (postingStarts[t + 1] as number) - (postingStarts[t] as number),
      ),
      postings: Int32Array.from(postings),
      scenarioCounts: Int32Array.from(
        { length: count },
        (_, t) => (scenarioStarts[t + 1] as number) - (scenarioStarts[t] as number),
      ),
      scenarios: Int32Array.from(scenarios),
      scenarioWordWeight: Float64Array.from(this.scenarioWordWeight),
      scenarioPairWeight: Float64Array.from(this.scenarioPairWeight),
      originWords: origins.map(([word]) => word),
      originCounts: Int32Array.from(origins, ([, entries]) => entries.length),
      originEntries: Int32Array.from(origins.flatMap(([, entries]) => entries)),
      vocabulary: [...this.vocabulary],
      stems: [...this.stems],
      deletions: [...this.deletions].flat(),
    };
  }

  /**
   * The index as `data` says, over this catalog's entries. Throws (and the caller builds instead)
   * when the lists do not fit together or do not fit the catalog.
   */
  private restore(data: SearchIndexData): Packed {
    const fail = (what: string): never => {
      throw new Error(`search index data: ${what}`);
    };
    const entries = this.entries.length;
    this.entries.forEach((entry, index) => {
      for (const scenario of entry.scenarios) {
        this.scenarioEntry.push(index);
        this.scenarioText.push(scenario);
      }
    });
    const scenarios = this.scenarioEntry.length;
    const count = data.terms.length;
    if (
      data.idf.length !== count ||
      data.postingCounts.length !== count ||
      data.scenarioCounts.length !== count
    )
      fail("one value per feature");
    if (data.scenarioWordWeight.length !== scenarios || data.scenarioPairWeight.length !== scenarios)
      fail("one weight per scenario");
    if (data.originCounts.length !== data.originWords.length) fail("one list per origin word");
    if (data.deletions.length % 2 !== 0) fail("deletions in pairs");
    const { postings, scenarios: scenarioIds } = data;
    for (const posting of postings)
      if (!(posting >= 0 && posting < entries * FIELDS)) fail("posting out of range");
    for (const id of scenarioIds) if (!(id >= 0 && id < scenarios)) fail("scenario out of range");
    const packed: Packed = {
      idf: new Float64Array(count),
      pair: new Uint8Array(count),
      postingStarts: new Int32Array(count + 1),
      postings,
      scenarioStarts: new Int32Array(count + 1),
      scenarios: scenarioIds,
    };
    let postingAt = 0;
    let scenarioAt = 0;
    for (let k = 0; k < count; k++) {
      const feature = data.terms[k] as string;
      const postingCount = data.postingCounts[k] as number;
      const scenarioCount = data.scenarioCounts[k] as number;
      const idf = data.idf[k] as number;
      if (!(postingCount > 0 && scenarioCount >= 0 && Number.isFinite(idf)) || this.termIds.has(feature))
        fail(`feature ${k}`);
      if (postingAt + postingCount > postings.length || scenarioAt + scenarioCount > scenarioIds.length)
        fail("lists too short");
      this.termIds.set(feature, k);
      packed.idf[k] = idf;
      packed.pair[k] = feature.includes("+") ? 1 : 0;
      packed.postingStarts[k] = postingAt;
      packed.scenarioStarts[k] = scenarioAt;
      postingAt += postingCount;
      scenarioAt += scenarioCount;
    }
    if (postingAt !== postings.length || scenarioAt !== scenarioIds.length) fail("lists too long");
    packed.postingStarts[count] = postingAt;
    packed.scenarioStarts[count] = scenarioAt;
    for (let id = 0; id < scenarios; id++) {
      const word = data.scenarioWordWeight[id] as number;
      const pair = data.scenarioPairWeight[id] as number;
      if (!Number.isFinite(word) || !Number.isFinite(pair)) fail("scenario weight");
      this.scenarioWordWeight.push(word);
      this.scenarioPairWeight.push(pair);
    }
    let originAt = 0;
    data.originWords.forEach((word, k) => {
      const length = data.originCounts[k] as number;
      const list = Array.from(data.originEntries.subarray(originAt, originAt + length));
      originAt += length;
      if (list.length !== length || list.some((index) => !(index >= 0 && index < entries)))
        fail("origin entries");
      this.byOriginWord.set(word, list);
    });
    if (originAt !== data.originEntries.length) fail("origin lists");
    for (const word of data.vocabulary) this.vocabulary.add(word);
    for (const word of data.stems) this.stems.add(word);
    for (let k = 0; k < data.deletions.length; k += 2)
      this.deletions.set(data.deletions[k] as string, data.deletions[k + 1] as string);
    return packed;
  }

  /**
   * Search features of a text, after synonym rewriting. The same texts come back query after query
   * (an entry's names and keywords, which the intents compare a question with; a question read by
   * several intents), so the last few thousand are kept: the lists are frozen, being shared.
   */
  featuresOf(text: string): readonly string[] {
    let found = this.featureCache.get(text);
    if (found === undefined) {
      found = Object.freeze(this.readFeatures(text));
      // Bounded: emptied when full, so that questions never seen again cannot grow it.
      if (this.featureCache.size >= FEATURE_CACHE_SIZE) this.featureCache.clear();
      this.featureCache.set(text, found);
    }
    return found;
  }

  /** Search features of a text, after synonym rewriting, computed afresh (for building indexes). */
  readFeatures(text: string): string[] {
    return features(this.rewriter.rewriteWords(text));
  }

  /**
   * Corrects a misspelt word to a catalog word one edit away ("reqest" -> "request",
   * "gatway" -> "gateway"). Uses a deletion index, so a lookup costs a few map reads.
   */
  correct(word: string): string {
    let corrected = this.corrections.get(word);
    if (corrected === undefined) {
      corrected = this.correctUncached(word);
      // Bounded: a steady state only ever meets vocabulary-sized input.
      if (this.corrections.size < 50_000) this.corrections.set(word, corrected);
    }
    return corrected;
  }

  private correctUncached(word: string): string {
    // Four-letter words are too close to each other to correct safely ("wiki" is not "wifi").
    if (word.length < 5 || this.vocabulary.has(word) || isStopWord(word) || !/^[a-z]+$/.test(word))
      return word;
    // Another form of a word we know ("waited" for "waiting") is not a typo.
    if (this.stems.has(stem(word))) return word;
    const direct = this.deletions.get(word);
    if (direct) return direct;
    for (let i = 0; i < word.length; i++) {
      const deleted = word.slice(0, i) + word.slice(i + 1);
      if (this.vocabulary.has(deleted) && deleted.length >= 4) return deleted;
      const candidate = this.deletions.get(deleted);
      if (candidate) return candidate;
    }
    return word;
  }

  /** Spelling-corrected words of a question, joined back into text. */
  correctText(text: string): string {
    // Corrected in place: case (GET), paths and punctuation still matter to the rewriter. What
    // text.replace(/[A-Za-z]+/g, ...) did, as one scan that calls no function per word: words of
    // fewer than five letters are never corrected (see correctUncached), and most texts have no
    // word to correct, so they are returned as they are.
    let corrected = "";
    let copied = 0;
    const length = text.length;
    for (let i = 0; i < length; ) {
      if (!isAsciiLetter(text.charCodeAt(i))) {
        i++;
        continue;
      }
      // Whether the word has a capital: a word without one is its own lower case, and is not
      // lower-cased again (in a text with any character past Latin-1, every slice is a two-byte
      // string, which toLowerCase sends through ICU's slow path).
      let capital = text.charCodeAt(i) <= 90;
      let end = i + 1;
      while (end < length) {
        const code = text.charCodeAt(end);
        if (!isAsciiLetter(code)) break;
        if (code <= 90) capital = true;
        end++;
      }
      if (end - i >= 5) {
        const word = text.slice(i, end);
        const lower = capital ? word.toLowerCase() : word;
        const fixed = this.correct(lower);
        if (fixed !== lower) {
          corrected += text.slice(copied, i) + fixed;
          copied = end;
        }
      }
      i = end;
    }
    return copied === 0 ? text : corrected + text.slice(copied);
  }

  /**
   * A question's distinct search features, its spelling corrected first. (A map kept by the index
   * to mark features across questions, tried to allocate less, held tens of thousands of feature
   * strings alive and made the steady state slower than the first minutes.)
   */
  questionFeatures(query: string): readonly string[] {
    return distinct(this.featuresOf(this.correctText(query)));
  }

  /** Scratch for `score`: each feature's number in this index, and whether it is a word. */
  private featureTerms = new Int32Array(64);
  private isWord = new Uint8Array(64);

  search(query: string, tuning: Tuning, options: SearchOptions = {}): SearchResult {
    const { limit = 4, include = [] } = options;
    const weights = tuning.search;
    const queryFeatures = options.features ?? this.questionFeatures(query);
    // One question's features are searched by several intents (help, the code gate, the ranker),
    // each choosing its own hits: the scores of every entry are the same each time, so while they
    // are still in the scratch space (no other features searched since) they are not summed again.
    const last = this.lastScored;
    let scored: Scored;
    if (last !== undefined && last.features === queryFeatures && last.weights === weights) scored = last;
    else {
      // Forgotten before the scratch space is written: a scoring that failed half-way must not be reused.
      this.lastScored = undefined;
      scored = this.score(queryFeatures, weights);
      this.lastScored = scored;
    }
    if (scored.total === 0) return { hits: [], meaningfulWords: 0, unknownShare: 0 };
    const { total, unknownShare, meaningfulWords, scoredCount } = scored;
    const { acc, matchedWords, originBoost, bestScore, bestId, bestPrecision, bestOfQuery } = this.scratch;
    const [names, keywords, texts, any] = acc as [Float64Array, Float64Array, Float64Array, Float64Array];
    const { entryScore, scored: scoredEntries, chosenFlag } = this.scratch;
    const chosen: number[] = [];
    for (let k = 0; k < scoredCount; k++) {
      const index = scoredEntries[k] as number;
      const score = entryScore[index] as number;
      if (chosen.length >= limit && !(score > (entryScore[chosen[limit - 1] as number] as number))) continue;
      let at = chosen.length;
      while (at > 0 && score > (entryScore[chosen[at - 1] as number] as number)) at--;
      chosen.splice(at, 0, index);
      if (chosen.length > limit) chosen.pop();
    }
    if (include.length) {
      const wanted = new Set(include);
      for (const index of chosen) chosenFlag[index] = 1;
      const extras: number[] = [];
      for (let k = 0; k < scoredCount; k++) {
        const index = scoredEntries[k] as number;
        if (!chosenFlag[index] && wanted.has((this.entries[index] as Entry).code)) extras.push(index);
      }
      for (const index of chosen) chosenFlag[index] = 0;
      extras.sort((a, b) => (entryScore[b] as number) - (entryScore[a] as number));
      chosen.push(...extras);
    }
    const hits: SearchHit[] = [];
    for (const index of chosen) {
      const score = entryScore[index] as number;
      // One object of one shape per hit: hits are made for every candidate of every question.
      const matched = (bestScore[index] as number) >= 0;
      hits.push({
        entry: this.entries[index] as Entry,
        score,
        coverage: Math.min(1, (any[index] as number) / total),
        evidence: any[index] as number,
        matchedWords: matchedWords[index] as number,
        namedOrKeyword: (names[index] as number) > 0 || (keywords[index] as number) > 0,
        scenarioPrecision: matched ? (bestPrecision[index] as number) : 0,
        scenarioMatch: matched ? (bestScore[index] as number) : 0,
        scenarioOfQuestion: matched ? (bestOfQuery[index] as number) : 0,
        keywordShare: Math.min(1, (keywords[index] as number) / total),
        nameShare: Math.min(1, (names[index] as number) / total),
        textShare: Math.min(1, (texts[index] as number) / total),
        originNamed: originBoost[index] === 1,
        scenario: matched ? this.scenarioText[bestId[index] as number] : undefined,
      });
    }
    return { hits, meaningfulWords, unknownShare };
  }

  /**
   * Sums, for every entry, how much of the features it explains, in the scratch space (searches are
   * synchronous): what every search of the same features shares.
   */
  private score(queryFeatures: readonly string[], weights: Tuning["search"]): Scored {
    // Each feature's number (-1 when no entry has it), looked up once: a map lookup per feature is
    // much of a search's cost.
    const { idf, pair, postingStarts, postings, scenarioStarts, scenarios } = this.packed;
    // Kept in scratch space, grown when a longer question comes: a question's hundred features
    // would otherwise make two arrays per scoring.
    if (this.featureTerms.length < queryFeatures.length) {
      this.featureTerms = new Int32Array(queryFeatures.length * 2);
      this.isWord = new Uint8Array(queryFeatures.length * 2);
    }
    const found = this.featureTerms;
    // Whether each feature is a word (not a pair, nor with a digit: ids, versions and durations,
    // "abc123", "v2", "60s", say nothing about the status), and how many are.
    const { isWord } = this;
    let words = 0;
    // Unknown words protect short questions ("pizza recipe" is explained by nothing), but a long
    // description is full of names and context we have never seen (Django, Redis, "forgot"): there
    // they count for at most half as much as the words we know.
    let known = 0;
    let knownWords = 0;
    let unknown = 0;
    for (let k = 0; k < queryFeatures.length; k++) {
      const f = queryFeatures[k] as string;
      const term = this.termIds.get(f) ?? -1;
      found[k] = term;
      isWord[k] = 0;
      if (f.includes("+") || hasDigit(f)) continue;
      isWord[k] = 1;
      words++;
      if (term === -1) unknown += this.unknownIdf;
      else {
        known += idf[term] as number;
        knownWords++;
      }
    }
    const total =
      known +
      (knownWords >= weights.longQuestionWords
        ? Math.min(unknown, known * weights.unknownShareOfKnown)
        : unknown);
    if (total === 0)
      return {
        features: queryFeatures,
        weights,
        total: 0,
        unknownShare: 0,
        meaningfulWords: 0,
        scoredCount: 0,
      };
    const unknownShare = unknown / (known + unknown);
    const n = this.entries.length;
    // Scratch space reused by every search (searches are synchronous): a question then allocates
    // only its hits, which keeps the garbage collector out of a busy server's way.
    const {
      acc,
      matchedWords,
      originBoost,
      scenarioScore,
      touched,
      bestScore,
      bestId,
      bestPrecision,
      bestOfQuery,
    } = this.scratch;
    for (const field of acc) field.fill(0);
    matchedWords.fill(0);
    originBoost.fill(0);
    bestScore.fill(-1);
    let touchedCount = 0;
    for (let k = 0; k < queryFeatures.length; k++) {
      const term = found[k] as number;
      if (term === -1) continue;
      const bigram = pair[term] === 1;
      const weight = bigram ? (idf[term] as number) * weights.bigram : (idf[term] as number);
      for (let i = postingStarts[term] as number, end = postingStarts[term + 1] as number; i < end; i++) {
        const posting = postings[i] as number;
        // Unpacked with bit operations (FIELDS is a power of two; postings are small non-negative
        // integers): the same numbers as % and / give, without a floating-point division per posting.
        const field = posting & (FIELDS - 1);
        const entry = posting >> FIELD_BITS;
        const sums = acc[field] as Float64Array;
        sums[entry] = (sums[entry] as number) + weight;
        if (field === Field.Any && !bigram) matchedWords[entry] = (matchedWords[entry] as number) + 1;
      }
      for (let i = scenarioStarts[term] as number, end = scenarioStarts[term + 1] as number; i < end; i++) {
        const id = scenarios[i] as number;
        if (scenarioScore[id] === 0) touched[touchedCount++] = id;
        scenarioScore[id] = (scenarioScore[id] as number) + weight;
      }
    }
    // Most words name no origin: they are skipped, rather than given an empty list to loop over.
    for (let k = 0; k < queryFeatures.length; k++) {
      if (isWord[k] === 0) continue;
      const named = this.byOriginWord.get(queryFeatures[k] as string);
      if (named !== undefined) for (const index of named) originBoost[index] = 1;
    }

    for (let k = 0; k < touchedCount; k++) {
      const id = touched[k] as number;
      const matched = scenarioScore[id] as number;
      scenarioScore[id] = 0;
      const entry = this.scenarioEntry[id] ?? 0;
      const ofQuery = Math.min(1, matched / total);
      const scenarioWeight =
        (this.scenarioWordWeight[id] as number) + weights.bigram * (this.scenarioPairWeight[id] as number);
      const ofScenario = Math.min(1, matched / (scenarioWeight || 1));
      const score = ofQuery * (1 - weights.scenarioPrecision + weights.scenarioPrecision * ofScenario);
      if (score > (bestScore[entry] as number)) {
        bestScore[entry] = score;
        bestId[entry] = id;
        bestPrecision[entry] = ofScenario;
        bestOfQuery[entry] = ofQuery;
      }
    }

    const [names, keywords, texts, any] = acc as [Float64Array, Float64Array, Float64Array, Float64Array];
    // Every entry's score; `search` then takes the best of them in order (by score, ties in catalog
    // order, as a stable sort puts them), without sorting the others, which only the included codes need.
    const { entryScore, scored } = this.scratch;
    let scoredCount = 0;
    for (let index = 0; index < n; index++) {
      const coverage = Math.min(1, (any[index] as number) / total);
      if (coverage === 0) continue;
      const entry = this.entries[index] as Entry;
      let score =
        weights.scenario * Math.max(0, bestScore[index] as number) +
        weights.keyword * Math.min(1, (keywords[index] as number) / total) +
        weights.name * Math.min(1, (names[index] as number) / total) +
        weights.text * Math.min(1, (texts[index] as number) / total) +
        weights.coverage * coverage;
      if (!entry.registered && !originBoost[index]) score *= weights.unofficial;
      if (entry.status === "deprecated" || entry.status === "obsoleted" || entry.status === "reserved")
        score *= weights.retired;
      entryScore[index] = score;
      scored[scoredCount++] = index;
    }
    return {
      features: queryFeatures,
      weights,
      total,
      unknownShare,
      meaningfulWords: words,
      scoredCount,
    };
  }

  private learnWords(text: string): void {
    for (const word of foldText(text).match(/[a-z]+/g) ?? []) {
      if (this.vocabulary.has(word)) continue;
      this.vocabulary.add(word);
      this.stems.add(stem(word));
      // Only words of five letters or more are ever corrected (see correct()).
      if (word.length >= 5) this.correctable.push(word);
    }
  }

  /**
   * Each deletion of a correctable word, to the first word learnt that has it: set from the last
   * word learnt to the first, so that the first is what stays, one map write per deletion.
   */
  private buildDeletions(): void {
    const words = this.correctable;
    for (let k = words.length - 1; k >= 0; k--) {
      const word = words[k] as string;
      for (let i = 0; i < word.length; i++) this.deletions.set(word.slice(0, i) + word.slice(i + 1), word);
    }
    this.correctable.length = 0;
  }
}
