import type { Entry } from "../../knowledge/catalog.ts";
import { pickSource } from "../intents/sources.ts";
import type { Tuning } from "../tuning.ts";
import type { Engine, Question } from "../types.ts";
import type { ExampleEvidence } from "./examples.ts";
import {
  CANDIDATE_FEATURES,
  CONFIDENCE_FEATURES,
  type ConfidenceFeature,
  type Cues,
  candidateFeatures,
  neighboursOf,
  positionsOf,
} from "./features.ts";
import type { SearchHit } from "./index.ts";

/** A hidden unit of the candidate scorer: tanh of its weighted features, times its output weight. */
export interface Unit {
  readonly weights: Partial<Record<string, number>>;
  readonly bias: number;
  readonly out: number;
}

/** When to answer: logistic weights of the best candidate's confidence features, and a threshold. */
export interface Gate<Name extends string = ConfidenceFeature> {
  readonly weights: Partial<Record<Name, number>>;
  /** Answer when the probability is at least this; else say "not sure" (or, for other gates, no). */
  readonly acceptAbove: number;
}

/** Each gate's weights as an array in feature order, made once per gate. */
const compiledGates = new WeakMap<object, Float64Array>();

/** The probability a learned gate gives to features read in the order of `names`. */
export function gateProbability<Name extends string>(
  gate: Gate<Name>,
  names: readonly Name[],
  features: readonly number[],
): number {
  let weights = compiledGates.get(gate.weights);
  if (!weights) {
    weights = inOrder(gate.weights, names);
    compiledGates.set(gate.weights, weights);
  }
  return 1 / (1 + Math.exp(-dot(weights, features)));
}

/** The learned weights as arrays in feature order, made once per tuning. */
interface Compiled {
  readonly linear: Float64Array;
  readonly hidden: readonly { readonly weights: Float64Array; readonly bias: number; readonly out: number }[];
  /** The hidden units' weights by feature: unit u's weight of feature i at [i * units + u]. */
  readonly hiddenByFeature: Float64Array;
  readonly short: Float64Array;
  readonly long: Float64Array;
}

const compiledWeights = new WeakMap<Tuning["ranker"], Compiled>();

function inOrder(weights: Partial<Record<string, number>>, names: readonly string[]): Float64Array {
  return Float64Array.from(names, (name) => weights[name] ?? 0);
}

function compiled(ranker: Tuning["ranker"]): Compiled {
  let found = compiledWeights.get(ranker);
  if (!found) {
    const hidden = ranker.hidden.map((unit) => ({
      weights: inOrder(unit.weights, CANDIDATE_FEATURES),
      bias: unit.bias,
      out: unit.out,
    }));
    const units = hidden.length;
    const hiddenByFeature = new Float64Array(CANDIDATE_FEATURES.length * units);
    hidden.forEach((unit, u) => {
      unit.weights.forEach((weight, i) => {
        hiddenByFeature[i * units + u] = weight;
      });
    });
    found = {
      linear: inOrder(ranker.candidate, CANDIDATE_FEATURES),
      hidden,
      hiddenByFeature,
      short: inOrder(ranker.confidence.short.weights, CONFIDENCE_FEATURES),
      long: inOrder(ranker.confidence.long.weights, CONFIDENCE_FEATURES),
    };
    compiledWeights.set(ranker, found);
  }
  return found;
}

function dot(weights: Float64Array, values: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (weights[i] as number) * (values[i] as number);
  return sum;
}

/** Scratch space for scoreOf: the positions of a candidate's features that are not zero. */
let nonZero = new Int32Array(64);

/**
 * `dot` over the positions in `at` only. A feature of zero adds a zero (weights are finite), and a sum
 * begun at +0 is never -0, so leaving those terms out leaves every bit of the sum as it was, while the
 * order of the others is kept.
 */
function sparseDot(weights: Float64Array, values: readonly number[], at: Int32Array, count: number): number {
  let sum = 0;
  for (let k = 0; k < count; k++) {
    const i = at[k] as number;
    sum += (weights[i] as number) * (values[i] as number);
  }
  return sum;
}

/** Scratch space for scoreOf: each hidden unit's weighted sum. */
let unitSums = new Float64Array(16);

/**
 * The learned score of a candidate's features: linear, plus the hidden units. Most features of a
 * candidate are zero (flags that are off), and every unit reads all of them: the ones that are not
 * zero are found once. The units' sums are made in one pass over those features (each unit's
 * weights of a feature lie together), each sum adding the same products in the same order as a
 * `sparseDot` per unit did, so every bit of the score is as it was.
 */
function scoreOf(features: readonly number[], weights: Compiled): number {
  const length = weights.linear.length;
  if (nonZero.length < length) nonZero = new Int32Array(length);
  let count = 0;
  // Undefined or NaN values are kept: they make the sum NaN, as in `dot`.
  for (let i = 0; i < length; i++) if (features[i] !== 0) nonZero[count++] = i;
  let score = sparseDot(weights.linear, features, nonZero, count);
  const { hidden, hiddenByFeature } = weights;
  const units = hidden.length;
  if (unitSums.length < units) unitSums = new Float64Array(units);
  const sums = unitSums;
  sums.fill(0, 0, units);
  for (let k = 0; k < count; k++) {
    const i = nonZero[k] as number;
    const value = features[i] as number;
    const row = i * units;
    for (let u = 0; u < units; u++)
      sums[u] = (sums[u] as number) + (hiddenByFeature[row + u] as number) * value;
  }
  for (let u = 0; u < units; u++) {
    const unit = hidden[u] as Compiled["hidden"][number];
    score += unit.out * Math.tanh(unit.bias + (sums[u] as number));
  }
  return score;
}

/** One code the question could be answered with. */
export interface Candidate {
  readonly hit: SearchHit;
  readonly features: readonly number[];
  /** The learned linear score. */
  readonly score: number;
  /** Its share among the candidates (softmax of the scores). */
  readonly probability: number;
}

/** The candidates of a question, best first, and how sure the ranker is of the first. */
export interface Ranking {
  readonly candidates: readonly Candidate[];
  readonly cues: Cues;
  readonly features: readonly number[];
  /** The probability that the best candidate is right (0..1). */
  readonly confidence: number;
  /** Whether that is enough to answer with it. */
  readonly accepted: boolean;
  /** A short question (its own gate decides). */
  readonly short: boolean;
}

/** A code named in the question that the search found nothing for: it is still a candidate. */
function unmatched(entry: Entry): SearchHit {
  return {
    entry,
    score: 0,
    coverage: 0,
    evidence: 0,
    matchedWords: 0,
    namedOrKeyword: false,
    scenarioPrecision: 0,
    scenarioMatch: 0,
    scenarioOfQuestion: 0,
    keywordShare: 0,
    nameShare: 0,
    textShare: 0,
    originNamed: false,
    scenario: undefined,
  };
}

/** Ranks the codes that could answer a question with the learned weights. */
export function rank(question: Question, engine: Engine): Ranking {
  const { index, catalog, tuning } = engine;
  const weights = tuning.ranker;
  const learned = compiled(weights);
  const cues = question.cues();
  const written = question.numbers.entries;
  const words = question.features();
  const near = engine.examples.nearest(words);
  const facts = engine.facts.nearest(words);
  const model = engine.examples.model(words);
  let modelFirst: number | undefined;
  let modelBest = 0;
  for (const [code, probability] of model) {
    if (probability > modelBest) {
      modelBest = probability;
      modelFirst = code;
    }
  }
  // The codes the nearest examples and facts vote for are candidates (not every code they mention),
  // and the word model's most probable code.
  // (Loops, not spreads, filters and maps: one array instead of four per question.)
  const voted: number[] = [];
  for (const [code, evidence] of near) if (evidence.votes > 0) voted.push(code);
  for (const [code, evidence] of facts) if (evidence.votes > 0) voted.push(code);
  if (modelFirst !== undefined) voted.push(modelFirst);
  // The status the source facts name is a candidate too (its entry: "499-nginx", not another 499).
  const pick = pickSource(question, engine);
  const source = pick?.entry ? { code: pick.entry.code, bySignal: pick.by === "signal" } : undefined;
  if (pick?.entry) voted.push(pick.entry.code);
  const include: number[] = [];
  for (const entry of written) include.push(entry.code);
  for (const code of voted) include.push(code);
  const search = index.search(question.text, tuning, { limit: weights.candidates, include, features: words });
  const hits: SearchHit[] = [];
  const seen = new Set<number>();
  for (const hit of search.hits) {
    if (seen.has(hit.entry.code)) continue;
    seen.add(hit.entry.code);
    hits.push(hit);
  }
  for (const entry of written) if (!seen.has(entry.code)) hits.push(unmatched(entry));
  for (const code of voted) {
    const entry = catalog.registered(code) ?? catalog.byCode(code)[0];
    if (entry && !seen.has(code)) {
      seen.add(code);
      hits.push(unmatched(entry));
    }
  }
  const { alternatives, neighbours } = neighboursOf(written, (code) => catalog.comparisonsOf(code));
  const context = {
    cues,
    meaningfulWords: search.meaningfulWords,
    topHandScore: hits[0]?.score ?? 0,
    alternatives,
    neighbours,
    source,
    model,
    modelFirst,
  };
  // Each candidate is made once, its probability filled in when the softmax's sum is known
  // (rather than copied into a second object with it).
  const candidates = hits.map((hit, position): { -readonly [K in keyof Candidate]: Candidate[K] } => {
    const features = candidateFeatures(
      hit,
      position,
      near.get(hit.entry.code),
      facts.get(hit.entry.code),
      context,
    );
    return { hit, features, score: scoreOf(features, learned), probability: 0 };
  });
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0]?.score ?? 0;
  // Each exponential computed once, kept in the probability until the sum divides it.
  let sum = 0;
  for (const candidate of candidates) {
    candidate.probability = Math.exp(candidate.score - best);
    sum += candidate.probability;
  }
  for (const candidate of candidates) candidate.probability /= sum;
  const [top, second] = candidates;
  const short = search.meaningfulWords <= weights.shortWords;
  if (!top) {
    return { candidates, cues, features: [], confidence: 0, accepted: false, short };
  }
  const handTop = hits[0];
  const handConfident =
    handTop !== undefined && isConfidentByHand(handTop, hits[1], search.meaningfulWords, tuning.confidence);
  const features = confidenceFeatures(
    top,
    second,
    cues,
    search,
    handTop === top.hit && handConfident,
    near,
    facts,
    model,
    modelFirst,
    // The two best are a pair people confuse (a comparison in the data): hesitating between them
    // still says what the question is about.
    second !== undefined && catalog.comparison(top.hit.entry.code, second.hit.entry.code) !== undefined,
  );
  const gate = short ? weights.confidence.short : weights.confidence.long;
  const confidence = 1 / (1 + Math.exp(-dot(short ? learned.short : learned.long, features)));
  return { candidates, cues, features, confidence, accepted: confidence >= gate.acceptAbove, short };
}

/**
 * The hand-written rule that decided before the ranker was learned, kept as one of its features:
 * enough of the question explained, by enough evidence, pointing at one code.
 */
function isConfidentByHand(
  top: SearchHit,
  second: SearchHit | undefined,
  meaningfulWords: number,
  confidence: Tuning["confidence"],
): boolean {
  // A single word ("kubernetes") must point at one code clearly, not at several equally.
  const distinct = meaningfulWords > 1 || !second || top.score >= confidence.singleWordMargin * second.score;
  // Two words of the question explained at least ("write me a poem" shares only "write" with 412).
  const enough = top.matchedWords >= Math.min(2, meaningfulWords) || top.coverage >= confidence.fullCoverage;
  // A short question must hit a name or keyword, or most of a scenario: "ship it" touches only one
  // word of "cancel an order that has already shipped", "what is docker" one word of a 407 scenario.
  const specific =
    meaningfulWords > 2 || top.namedOrKeyword || top.scenarioPrecision >= confidence.shortQuestionPrecision;
  return (
    distinct &&
    enough &&
    specific &&
    top.score >= confidence.minScore &&
    top.coverage >= confidence.minCoverage &&
    top.evidence >= confidence.minEvidence
  );
}

const HAND_MARGIN = CANDIDATE_FEATURES.indexOf("handMargin");

const SOURCE_BY_SIGNAL = CANDIDATE_FEATURES.indexOf("sourceBySignal");
const SOURCE_BY_NAME = CANDIDATE_FEATURES.indexOf("sourceByName");
const CONFIDENCE_AT = positionsOf(CONFIDENCE_FEATURES);

function confidenceFeatures(
  top: Candidate,
  second: Candidate | undefined,
  cues: Cues,
  search: { meaningfulWords: number; unknownShare: number },
  handConfident: boolean,
  near: ReadonlyMap<number, ExampleEvidence>,
  facts: ReadonlyMap<number, ExampleEvidence>,
  model: ReadonlyMap<number, number>,
  modelFirst: number | undefined,
  paired: boolean,
): number[] {
  const { hit } = top;
  const { meaningfulWords, unknownShare } = search;
  let hasMention = 0;
  let mentionStatus = 0;
  for (const role of cues.roles.values()) {
    hasMention = 1;
    if (role.status) mentionStatus = 1;
  }
  const topRoles = cues.roles.get(hit.entry.code);
  let exampleClosest = 0;
  for (const evidence of near.values()) exampleClosest = Math.max(exampleClosest, evidence.best);
  let factClosest = 0;
  for (const evidence of facts.values()) factClosest = Math.max(factClosest, evidence.best);
  const short = meaningfulWords <= 3;
  // Evidence that the question is about HTTP at all: a status read in context, HTTP's own words, a
  // question for a status code, a source's fact close to it.
  const httpEvidence = mentionStatus === 1 || cues.domainWords || cues.asksForCode || factClosest >= 0.5;
  const v: number[] = new Array(CONFIDENCE_FEATURES.length);
  v[CONFIDENCE_AT.bias] = 1;
  v[CONFIDENCE_AT.probability] = top.probability;
  v[CONFIDENCE_AT.margin] = top.probability - (second?.probability ?? 0);
  v[CONFIDENCE_AT.coverage] = hit.coverage;
  v[CONFIDENCE_AT.scenarioMatch] = hit.scenarioMatch;
  v[CONFIDENCE_AT.evidence] = Math.log1p(hit.evidence) / 3;
  v[CONFIDENCE_AT.matchedShare] = meaningfulWords ? Math.min(1, hit.matchedWords / meaningfulWords) : 0;
  v[CONFIDENCE_AT.namedOrKeyword] = hit.namedOrKeyword ? 1 : 0;
  v[CONFIDENCE_AT.words] = Math.log1p(meaningfulWords) / 3;
  v[CONFIDENCE_AT.unknownShare] = unknownShare;
  v[CONFIDENCE_AT.hasMention] = hasMention;
  v[CONFIDENCE_AT.topMentioned] = cues.roles.has(hit.entry.code) ? 1 : 0;
  v[CONFIDENCE_AT.mentionStatus] = mentionStatus;
  v[CONFIDENCE_AT.asksForCode] = cues.asksForCode ? 1 : 0;
  v[CONFIDENCE_AT.domainWords] = cues.domainWords ? 1 : 0;
  v[CONFIDENCE_AT.handRule] = handConfident ? 1 : 0;
  v[CONFIDENCE_AT.precision] = hit.scenarioPrecision;
  v[CONFIDENCE_AT.fewWords] = meaningfulWords <= 2 ? 1 : 0;
  v[CONFIDENCE_AT.searchTop] = hit.score > 0 && top.features[HAND_MARGIN] === 0 ? 1 : 0;
  v[CONFIDENCE_AT.topMentionStatus] = topRoles?.status ? 1 : 0;
  v[CONFIDENCE_AT.topIdentity] = topRoles?.identity ? 1 : 0;
  // Short questions are where a shared word or two misleads most ("ship it", "what is docker").
  v[CONFIDENCE_AT.shortByHand] = short && handConfident ? 1 : 0;
  v[CONFIDENCE_AT.shortNotByHand] = short && !handConfident ? 1 : 0;
  v[CONFIDENCE_AT.shortPrecision] = short ? hit.scenarioPrecision : 0;
  v[CONFIDENCE_AT.shortNamedOrKeyword] = short && hit.namedOrKeyword ? 1 : 0;
  v[CONFIDENCE_AT.shortEvidence] = short ? Math.log1p(hit.evidence) / 3 : 0;
  v[CONFIDENCE_AT.command] = cues.command && !cues.asksForCode ? 1 : 0;
  v[CONFIDENCE_AT.exampleBest] = near.get(hit.entry.code)?.best ?? 0;
  v[CONFIDENCE_AT.exampleVotes] = near.get(hit.entry.code)?.votes ?? 0;
  v[CONFIDENCE_AT.exampleClosest] = exampleClosest;
  v[CONFIDENCE_AT.factBest] = facts.get(hit.entry.code)?.best ?? 0;
  v[CONFIDENCE_AT.factClosest] = factClosest;
  v[CONFIDENCE_AT.otherSystem] = cues.otherSystem ? 1 : 0;
  v[CONFIDENCE_AT.otherSystemNoHttp] = cues.otherSystem && !httpEvidence ? 1 : 0;
  v[CONFIDENCE_AT.numbersNotCodes] = cues.numbersNotCodes ? 1 : 0;
  // Numbers none of which is a code, and nothing of HTTP ("rack 3 in row 12", "macOS 14.2 broke the
  // wifi", "mysql 1062 duplicate entry"): other things' numbers.
  v[CONFIDENCE_AT.numbersNoHttp] = cues.numbersNotCodes && !httpEvidence ? 1 : 0;
  // A statement that asks nothing and writes no code ("the rack in row 12 needs a new PDU"): chat,
  // unless the ranker's other evidence says it is a situation people ask about.
  v[CONFIDENCE_AT.statement] = hasMention === 0 && !cues.asks ? 1 : 0;
  v[CONFIDENCE_AT.httpEvidence] = httpEvidence ? 1 : 0;
  v[CONFIDENCE_AT.topIsSource] = top.features[SOURCE_BY_SIGNAL] || top.features[SOURCE_BY_NAME] ? 1 : 0;
  v[CONFIDENCE_AT.modelTop] = model.get(hit.entry.code) ?? 0;
  v[CONFIDENCE_AT.modelAgrees] = modelFirst === hit.entry.code ? 1 : 0;
  v[CONFIDENCE_AT.pairedProbability] = top.probability + (paired ? (second?.probability ?? 0) : 0);
  v[CONFIDENCE_AT.noResponse] = cues.noResponse ? 1 : 0;
  return v;
}
