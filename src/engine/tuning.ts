import type { HelpModel } from "./intents/help.ts";
import type { CodeGate } from "./intents/numbers.ts";
import { LEARNED } from "./learned.ts";
import { EXAMPLES } from "./learned-examples.ts";
import type { Example } from "./search/examples.ts";
import type { CandidateFeature } from "./search/features.ts";
import type { Gate, Unit } from "./search/ranker.ts";

/**
 * Every weight and threshold of the engine, in one place. The engine reads them from the `Tuning`
 * it is given (this one by default); the bench tools build variants of it with spread syntax and
 * never copy or mutate it.
 */
export interface Tuning {
  /** How the free-text search scores one catalog entry against a question. */
  readonly search: {
    /** Scenarios are written the way people ask: a question that reads like one is the best signal. */
    readonly scenario: number;
    readonly keyword: number;
    readonly name: number;
    readonly text: number;
    readonly coverage: number;
    /** How much a scenario's own unexplained words count against it. */
    readonly scenarioPrecision: number;
    /** A pair of neighbouring words counts this much of its rarity (a word counts all of it). */
    readonly bigram: number;
    /** Unofficial codes should win only when the question names their origin (nginx, Cloudflare). */
    readonly unofficial: number;
    /** Deprecated, obsoleted and reserved codes lose a little to current ones. */
    readonly retired: number;
    /** Known words from which a question counts as a long description. */
    readonly longQuestionWords: number;
    /** In a long description, unknown words count for at most this share of the known ones. */
    readonly unknownShareOfKnown: number;
  };
  /** When a free-text match is confident enough to recommend a code. */
  readonly confidence: {
    readonly minScore: number;
    readonly minCoverage: number;
    /** One common word ("time", "page") explained is not evidence enough; one rare one is. */
    readonly minEvidence: number;
    /** A one-word question must point at one code by this factor over the next. */
    readonly singleWordMargin: number;
    /** A short question must cover at least this much of a scenario (if it hits no name or keyword). */
    readonly shortQuestionPrecision: number;
    /** Coverage that is enough on its own, whatever the number of words explained. */
    readonly fullCoverage: number;
    /** Below this a match is not worth even suggesting. */
    readonly minSuggestionScore: number;
  };
  /** The codes shown after the recommendation. */
  readonly runnersUp: {
    readonly min: number;
    readonly max: number;
    /** A neighbour of the recommendation (its alternatives, comparisons) needs this share of its score. */
    readonly neighbourShareOfTop: number;
    /** Any other code needs this share. */
    readonly otherShareOfTop: number;
  };
  /** The learned ranker (bench/train.ts writes its weights to learned.ts). */
  readonly ranker: {
    /** How many of the search's best hits are ranked (besides the codes the question names). */
    readonly candidates: number;
    /** Weights of a candidate's features; the best-scoring candidate is the answer. */
    readonly candidate: Partial<Record<CandidateFeature, number>>;
    /** Hidden units added to that score (interactions of features). */
    readonly hidden: readonly Unit[];
    /**
     * Whether the best candidate is good enough to answer with: a logistic model of its features
     * (the probability that it is right) and a threshold, one for short questions and one for longer.
     */
    readonly confidence: { readonly short: Gate; readonly long: Gate };
    /** Content words up to which a question is short. */
    readonly shortWords: number;
    /** Content words besides a written code from which a question is about a situation, not the code. */
    readonly contextWords: number;
    /** As few content words suffice when the code is proposed ("is 500 right for a body that doesn't parse?"). */
    readonly proposalWords: number;
    /** The training questions the ranker compares a question with (its nearest neighbours). */
    readonly examples: readonly Example[];
  };
  /** Whether a message asks for help (learned by bench/train.ts, written to learned.ts). */
  readonly help: HelpModel;
  /** Whether the codes written in a short question are what it asks about (learned likewise). */
  readonly codeGate: CodeGate;
  /** Names typed with typos (fuse.js scores: 0 is exact, 1 is anything). */
  readonly names: {
    /** Used when the engine is built. */
    readonly fuzzyIndexThreshold: number;
    readonly fuzzyThreshold: number;
    /** For a side of a comparison ("forbiden vs unauthorized"). */
    readonly strictFuzzyThreshold: number;
    /** Fuse matches substrings: the name must also be about as long as what was typed. */
    readonly minLengthRatio: number;
    readonly maxLengthRatio: number;
  };
}

// Tuned on question sets written apart from the data (test/engine/*.tsv); bench/tune.ts re-runs it.
export const TUNING: Tuning = {
  search: {
    scenario: 0.42,
    keyword: 0.18,
    name: 0.14,
    text: 0.08,
    coverage: 0.18,
    scenarioPrecision: 0.3,
    bigram: 0.6,
    unofficial: 0.6,
    retired: 0.9,
    longQuestionWords: 3,
    unknownShareOfKnown: 0.5,
  },
  confidence: {
    minScore: 0.28,
    minCoverage: 0.4,
    minEvidence: 2.3,
    singleWordMargin: 1.25,
    shortQuestionPrecision: 0.5,
    fullCoverage: 0.6,
    minSuggestionScore: 0.15,
  },
  runnersUp: { min: 2, max: 3, neighbourShareOfTop: 0.4, otherShareOfTop: 0.75 },
  ranker: {
    candidates: 10,
    candidate: LEARNED.candidate,
    hidden: LEARNED.hidden,
    confidence: LEARNED.confidence,
    shortWords: 3,
    contextWords: 4,
    proposalWords: 2,
    examples: EXAMPLES,
  },
  help: LEARNED.help,
  codeGate: LEARNED.codeGate,
  names: {
    fuzzyIndexThreshold: 0.3,
    fuzzyThreshold: 0.25,
    strictFuzzyThreshold: 0.2,
    minLengthRatio: 0.75,
    maxLengthRatio: 1.35,
  },
};
