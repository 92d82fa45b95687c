// Trains the help detector (a logistic model: is a message about the bot, with no HTTP content?), then
// the ranker: a softmax over each question's candidate codes (which one is the answer) and a
// logistic model over the best candidate (answer with it, or say "not sure"). Reproducible: the split
// is by a hash of each question, the fit is deterministic. Writes src/engine/learned.ts.
//   npx tsx bench/train.ts [--dry-run] [--help-only [--help-misses]] [--misses FILE]
// --help-only fits and reports the help detector alone (seconds); --help-misses lists its training misses.
// Environment, for experiments only: HIDDEN (tanh units, 8), STEPS (2000), L2 (the ranker's weight decay,
// 1e-3); the committed weights use the defaults.
// Training data: bench/training/*.tsv (copied from the independent helpers' sets), the repo's own
// question sets (test/engine/*.tsv, bench/probe-questions.tsv). One question in five is held out.
import { execFileSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { answer, engineFor, INTENTS, readQuestion } from "../src/engine/answer.ts";
import { compare } from "../src/engine/intents/compare.ts";
import { HELP_FEATURES, type HelpModel, helpFeatures } from "../src/engine/intents/help.ts";
import { CODE_GATE_FEATURES, type CodeGate, codeGateFeatures, codes } from "../src/engine/intents/numbers.ts";
import { verdict, weighsWrittenCodes } from "../src/engine/intents/verdict.ts";
import type { Example as ExampleData } from "../src/engine/search/examples.ts";
import { CANDIDATE_FEATURES, CONFIDENCE_FEATURES } from "../src/engine/search/features.ts";
import type { Gate, Unit } from "../src/engine/search/ranker.ts";
import { rank } from "../src/engine/search/ranker.ts";
import { TUNING, type Tuning } from "../src/engine/tuning.ts";
import type { Engine } from "../src/engine/types.ts";
import { getCatalog } from "../src/knowledge/load.ts";
import { type Case, fold, isHeldOut, judge, readCases, tallies, targetOf } from "./score.ts";

const FILES = [
  ...readdirSync("bench/training")
    .filter((f) => f.endsWith(".tsv"))
    .map((f) => `bench/training/${f}`),
  "test/engine/questions.tsv",
  "test/engine/heldout-a.tsv",
  "test/engine/heldout-b.tsv",
  "test/engine/heldout-c.tsv",
  "bench/probe-questions.tsv",
];

interface Sample {
  readonly c: Case;
  /** Each candidate's features, and whether it is one of the expected codes. */
  readonly candidates: { features: number[]; gold: boolean }[];
  readonly none: boolean;
  /** The ranker decides whether to answer (not only the order of codes already chosen). */
  readonly decides: boolean;
}

/**
 * How the dispatcher uses the ranker for a question: to decide whether and what to answer
 * ("decides": verdict, scenarios, a source's facts the ranker must agree with), only to order codes
 * already chosen ("orders": a comparison about a situation), or not at all.
 */
function rankerUse(query: string, engine: Engine): "decides" | "orders" | undefined {
  const question = readQuestion(query, engine);
  let used = false;
  // The same question, but noting whether an intent asks for its ranking.
  const watched: typeof question = Object.create(question);
  Object.defineProperty(watched, "ranking", {
    value: () => {
      used = true;
      return question.ranking();
    },
  });
  for (const intent of INTENTS) {
    if (intent === verdict) {
      if (weighsWrittenCodes(question, engine)) return "decides";
      continue;
    }
    used = false;
    if (intent(watched, engine)) return used ? (intent === compare ? "orders" : "decides") : undefined;
  }
  return "decides";
}

function samples(cases: Case[], engineOf: (c: Case) => Engine): Sample[] {
  const out: Sample[] = [];
  for (const c of cases) {
    const none = c.expect === "none";
    if (!none && !c.expect.startsWith("top:")) continue;
    const engine = engineOf(c);
    const use = rankerUse(c.query, engine);
    if (!use) continue;
    const gold = new Set(none ? [] : c.expect.slice(4).split("|").map(Number));
    const ranking = rank(readQuestion(c.query, engine), engine);
    out.push({
      c,
      none,
      decides: use === "decides",
      // In a fixed order (not the current weights' order), so that a retrain gives the same weights.
      candidates: [...ranking.candidates]
        .sort((a, b) => (a.hit.entry.id < b.hit.entry.id ? -1 : a.hit.entry.id > b.hit.entry.id ? 1 : 0))
        .map((cand) => ({
          features: [...cand.features],
          gold: gold.has(cand.hit.entry.code),
        })),
    });
  }
  return out;
}

function dot(w: number[], x: number[]): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += (w[i] as number) * (x[i] as number);
  return s;
}

/** Adam on a differentiable loss; full batch, fixed steps: the same data gives the same weights. */
function minimise(
  dim: number,
  lossAndGradient: (w: number[]) => [number, number[]],
  steps = 3000,
  init: (i: number) => number = () => 0,
): number[] {
  const w = Array.from({ length: dim }, (_, i) => init(i));
  const m = new Array<number>(dim).fill(0);
  const v = new Array<number>(dim).fill(0);
  const rate = 0.05;
  for (let t = 1; t <= steps; t++) {
    const [, g] = lossAndGradient(w);
    for (let i = 0; i < dim; i++) {
      const gi = g[i] as number;
      m[i] = 0.9 * (m[i] as number) + 0.1 * gi;
      v[i] = 0.999 * (v[i] as number) + 0.001 * gi * gi;
      const mh = (m[i] as number) / (1 - 0.9 ** t);
      const vh = (v[i] as number) / (1 - 0.999 ** t);
      w[i] = (w[i] as number) - (rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return w;
}

/** Hidden units of the candidate scorer (0: a linear model). */
const HIDDEN = Number(process.env.HIDDEN ?? 8);

/** A small deterministic pseudo-random sequence (for the hidden units' starting weights). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32 - 0.5;
  };
}

/**
 * Softmax over candidates: maximise the probability of the expected codes. The score of a candidate
 * is linear in its features plus a few tanh units (interactions such as "written, and said to be
 * wrong, in a question that asks for another code"). Parameters: the linear weights, then per unit
 * its input weights, bias and output weight.
 */
function fitRanker(data: Sample[], l2: number): { linear: number[]; hidden: Unit[] } {
  const usable = data.filter((e) => e.candidates.some((c) => c.gold) && e.candidates.length > 1);
  const d = CANDIDATE_FEATURES.length;
  const unit = d + 2;
  const dim = d + HIDDEN * unit;
  // Flat typed arrays: the fit runs thousands of passes over every candidate.
  const sets = usable.map((e) => ({
    x: Float64Array.from(e.candidates.flatMap((c) => c.features)),
    gold: Uint8Array.from(e.candidates.map((c) => (c.gold ? 1 : 0))),
    n: e.candidates.length,
  }));
  const random = seeded(42);
  const init = (i: number) => (i < d ? 0 : (i - d) % unit === d + 1 ? 0.1 : random() * 0.5);
  const maxCandidates = Math.max(...sets.map((set) => set.n));
  const scores = new Float64Array(maxCandidates);
  const acts = new Float64Array(maxCandidates * HIDDEN);
  const params = minimise(
    dim,
    (w) => {
      const grad = new Array<number>(dim).fill(0);
      let loss = 0;
      for (const { x, gold, n } of sets) {
        let max = Number.NEGATIVE_INFINITY;
        for (let i = 0; i < n; i++) {
          const row = i * d;
          let score = 0;
          for (let k = 0; k < d; k++) score += (w[k] as number) * (x[row + k] as number);
          for (let h = 0; h < HIDDEN; h++) {
            const base = d + h * unit;
            let a = w[base + d] as number;
            for (let k = 0; k < d; k++) a += (w[base + k] as number) * (x[row + k] as number);
            const t = Math.tanh(a);
            acts[i * HIDDEN + h] = t;
            score += (w[base + d + 1] as number) * t;
          }
          scores[i] = score;
          if (score > max) max = score;
        }
        let z = 0;
        let zGold = 0;
        for (let i = 0; i < n; i++) {
          const e = Math.exp((scores[i] as number) - max);
          scores[i] = e;
          z += e;
          if (gold[i]) zGold += e;
        }
        loss -= Math.log(zGold / z);
        for (let i = 0; i < n; i++) {
          const e = scores[i] as number;
          const g = e / z - (gold[i] ? e / zGold : 0);
          if (g === 0) continue;
          const row = i * d;
          for (let k = 0; k < d; k++) grad[k] = (grad[k] as number) + g * (x[row + k] as number);
          for (let h = 0; h < HIDDEN; h++) {
            const base = d + h * unit;
            const t = acts[i * HIDDEN + h] as number;
            grad[base + d + 1] = (grad[base + d + 1] as number) + g * t;
            const back = g * (w[base + d + 1] as number) * (1 - t * t);
            grad[base + d] = (grad[base + d] as number) + back;
            for (let k = 0; k < d; k++)
              grad[base + k] = (grad[base + k] as number) + back * (x[row + k] as number);
          }
        }
      }
      for (let k = 0; k < dim; k++) {
        grad[k] = (grad[k] as number) / sets.length + 2 * l2 * (w[k] as number);
        loss += l2 * (w[k] as number) ** 2;
      }
      return [loss, grad];
    },
    Number(process.env.STEPS ?? 2000),
    init,
  );
  const hidden: Unit[] = [];
  for (let h = 0; h < HIDDEN; h++) {
    const base = d + h * unit;
    hidden.push({
      weights: named(CANDIDATE_FEATURES, params.slice(base, base + d)),
      bias: round(params[base + d] as number),
      out: round(params[base + d + 1] as number),
    });
  }
  return { linear: params.slice(0, d), hidden };
}

interface Decision {
  readonly features: number[];
  /** The best candidate is one of the expected codes. */
  readonly right: boolean;
  /** "Not sure" is expected (the question has no HTTP answer). */
  readonly none: boolean;
  /** A short question (decided by the short gate). */
  readonly short: boolean;
}

/**
 * How much a decision counts in the confidence fit. Right answers (1) and expected "not sure" (0)
 * decide the score; a wrong best candidate scores nothing either way, but "not sure" is kinder than
 * a wrong code, so it leans a little towards 0.
 */
const WRONG_WEIGHT = 0.3;

/** Logistic: is the best candidate right (1), or should the bot say "not sure" (0)? */
function fitConfidence(data: Decision[], l2: number): number[] {
  const dim = CONFIDENCE_FEATURES.length;
  return minimise(dim, (w) => {
    const grad = new Array<number>(dim).fill(0);
    let loss = 0;
    let total = 0;
    for (const d of data) {
      const p = 1 / (1 + Math.exp(-dot(w, d.features)));
      const y = d.right ? 1 : 0;
      const weight = d.right || d.none ? 1 : WRONG_WEIGHT;
      total += weight;
      loss -= weight * (y ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
      for (let k = 0; k < dim; k++)
        grad[k] = (grad[k] as number) + weight * (p - y) * (d.features[k] as number);
    }
    for (let k = 0; k < dim; k++) grad[k] = (grad[k] as number) / total + 2 * l2 * (w[k] as number);
    return [loss, grad];
  });
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

function named(names: readonly string[], weights: number[]): Record<string, number> {
  return Object.fromEntries(names.map((name, i) => [name, round(weights[i] as number)]));
}

function withWeights(
  base: Tuning,
  candidate: Record<string, number>,
  hidden: Unit[],
  confidence: Tuning["ranker"]["confidence"],
): Tuning {
  return { ...base, ranker: { ...base.ranker, candidate, hidden, confidence } };
}

/** Before the gates are fitted: every best candidate is answered. */
const UNFITTED = { short: { weights: {}, acceptAbove: 0 }, long: { weights: {}, acceptAbove: 0 } };

function report(label: string, cases: Case[], isRight: (c: Case) => boolean): void {
  const right = new Set(cases.filter(isRight));
  const percent = (r: number, n: number) => `${r}/${n} = ${((100 * r) / n).toFixed(1)}%`;
  const parts = (keyOf: (c: Case) => string) =>
    [...tallies(cases, (c) => right.has(c), keyOf)]
      .map(([key, [r, n]]) => `${key} ${percent(r, n)}`)
      .join(", ");
  console.log(`${label}: ${percent(right.size, cases.length)}`);
  console.log(`  by target: ${parts(targetOf)}`);
  console.log(`  by style: ${parts((c) => c.style)}`);
}

interface Labelled {
  readonly features: readonly number[];
  readonly positive: boolean;
  /** How much a mistake on it costs. */
  readonly weight: number;
}

/** Weighted logistic regression, and the threshold that gets the most weight right (the highest of equals). */
function fitLogistic(
  data: readonly Labelled[],
  dim: number,
  l2: number,
): { weights: number[]; acceptAbove: number } {
  const weights = minimise(dim, (w) => {
    const grad = new Array<number>(dim).fill(0);
    let loss = 0;
    let total = 0;
    for (const d of data) {
      const p = 1 / (1 + Math.exp(-dot(w, d.features as number[])));
      const y = d.positive ? 1 : 0;
      total += d.weight;
      loss -= d.weight * (y ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
      for (let k = 0; k < dim; k++)
        grad[k] = (grad[k] as number) + d.weight * (p - y) * (d.features[k] as number);
    }
    for (let k = 0; k < dim; k++) grad[k] = (grad[k] as number) / total + 2 * l2 * (w[k] as number);
    return [loss, grad];
  });
  let acceptAbove = 0.5;
  let best = -1;
  for (let t = 0.2; t <= 0.8001; t += 0.02) {
    let right = 0;
    for (const d of data) {
      const p = 1 / (1 + Math.exp(-dot(weights, d.features as number[])));
      if (p >= t === d.positive) right += d.weight;
    }
    if (right >= best) {
      best = right;
      acceptAbove = Math.round(t * 100) / 100;
    }
  }
  return { weights, acceptAbove };
}

/**
 * How much a message that is not a request for help counts in the help fit. A real question taken
 * for help loses its answer: it weighs most. Chat with no HTTP answer ("how are you doing") shown
 * help still gets no code, which is right for it: it weighs less than a request missed.
 */
const HELP_WEIGHT = { request: 1, question: 3, chat: 1 };

/** Whether a message asks for help: the help-or-not items of every training set. */
function fitHelp(cases: readonly Case[], engine: Engine): HelpModel {
  const data: Labelled[] = [];
  let unreachable = 0;
  for (const c of cases) {
    const features = helpFeatures(readQuestion(c.query, engine), engine);
    const positive = c.expect === "help";
    if (!features) {
      if (positive) unreachable++;
      continue;
    }
    const weight = positive
      ? HELP_WEIGHT.request
      : c.expect === "none"
        ? HELP_WEIGHT.chat
        : HELP_WEIGHT.question;
    data.push({ features, positive, weight });
  }
  const fitted = fitLogistic(data, HELP_FEATURES.length, 1e-4);
  console.log(
    `help: ${data.filter((d) => d.positive).length} requests and ${data.filter((d) => !d.positive).length} other messages with words about the bot; ${unreachable} requests never reach the model; accept above ${fitted.acceptAbove}`,
  );
  return { weights: named(HELP_FEATURES, fitted.weights), acceptAbove: fitted.acceptAbove };
}

/**
 * Whether the codes written in a short question are what it asks: the questions the codes intent (or
 * a comparison of two numbers) answers and whose numbers have no status context. Expected codes say
 * yes, an expected "not sure" no.
 */
function fitCodeGate(cases: readonly Case[], base: Tuning): CodeGate {
  // Every gated question reaches the gate's intents: none is turned away while the data is read.
  const engine = engineFor(catalog, { ...base, codeGate: { weights: {}, acceptAbove: 0 } });
  const data: Labelled[] = [];
  for (const c of cases) {
    const positive = c.expect.startsWith("top:") || c.expect.startsWith("pair:");
    if (!positive && c.expect !== "none") continue;
    const question = readQuestion(c.query, engine);
    const features = codeGateFeatures(question, engine);
    if (!features) continue;
    const first = INTENTS.find((intent) => intent(question, engine) !== undefined);
    if (first !== codes && !(first === compare && question.numbers.entries.length === 2)) continue;
    data.push({ features, positive, weight: 1 });
  }
  const fitted = fitLogistic(data, CODE_GATE_FEATURES.length, 1e-4);
  console.log(
    `code gate: ${data.filter((d) => d.positive).length} questions about their codes, ${data.filter((d) => !d.positive).length} with numbers that are not; accept above ${fitted.acceptAbove}`,
  );
  return { weights: named(CODE_GATE_FEATURES, fitted.weights), acceptAbove: fitted.acceptAbove };
}

const catalog = getCatalog();
// Question sets only: "codes:" lines are messages for the passive listener (bench/training/mentions.tsv).
const all = FILES.flatMap(readCases).filter((c) => !c.expect.startsWith("codes:"));
const train = all.filter((c) => !isHeldOut(c.query));
const held = all.filter((c) => isHeldOut(c.query));
console.log(`${all.length} questions: ${train.length} to train on, ${held.length} held out`);

// Help first: it is the first intent, and what it takes decides which questions reach the ranker.
const helpModel = fitHelp(train, engineFor(catalog));
const codeGate = fitCodeGate(train, { ...TUNING, help: helpModel });
const BASE: Tuning = { ...TUNING, help: helpModel, codeGate };
// Help alone, on both splits: requests recognised, and other messages taken for help.
for (const [label, cases] of [
  ["train", train],
  ["held out", held],
] as const) {
  const taken = (c: Case) => answer(c.query, catalog, BASE).intent === "help";
  const requests = cases.filter((c) => c.expect === "help");
  const others = cases.filter((c) => c.expect !== "help");
  const falseHelp = others.filter(taken);
  console.log(
    `help, ${label}: ${requests.filter(taken).length}/${requests.length} requests; ${falseHelp.length}/${others.length} others taken for help (${falseHelp.filter((c) => c.expect !== "none").length} of them real questions)`,
  );
  if (label === "train" && process.argv.includes("--help-misses"))
    for (const c of [...requests.filter((c) => !taken(c)), ...falseHelp])
      console.log(`  ${c.expect}\t${c.query}`);
}
if (process.argv.includes("--help-only")) process.exit(0);

// The nearest-neighbour examples: the training split of the helpers' sets (not the repo's own test
// sets, which must keep testing what the engine generalises to).
const exampleCases = train.filter((c) => c.file.startsWith("bench/training/") && c.expect.startsWith("top:"));
const toExample = (c: Case): ExampleData => ({
  text: c.query,
  codes: c.expect.slice(4).split("|").map(Number),
});
const allExamples = exampleCases.map(toExample);
// Cross-fitting: a training question is ranked against the examples of the other folds, never
// against itself, so that the weights learn how much a neighbour is worth on unseen questions.
const FOLDS = 5;
const foldOf = (c: Case) => fold(c.query, FOLDS);
const foldTunings = Array.from({ length: FOLDS }, (_, k): Tuning => {
  const examples = exampleCases.filter((c) => foldOf(c) !== k).map(toExample);
  return { ...BASE, ranker: { ...BASE.ranker, examples } };
});
const foldEngine = (tuning: (k: number) => Tuning) => (c: Case) => engineFor(catalog, tuning(foldOf(c)));

const trainSamples = samples(
  train,
  foldEngine((k) => foldTunings[k] as Tuning),
);
const fitted = fitRanker(trainSamples, Number(process.env.L2 ?? 1e-3));
const candidate = named(CANDIDATE_FEATURES, fitted.linear);
const { hidden } = fitted;

// The confidence model sees the candidates as the learned ranker orders them.
const decisions: Decision[] = trainSamples
  .filter((e) => e.decides)
  .map((e) => {
    const tuning = withWeights(foldTunings[foldOf(e.c)] as Tuning, candidate, hidden, UNFITTED);
    const rankedEngine = engineFor(catalog, tuning);
    const ranking = rank(readQuestion(e.c.query, rankedEngine), rankedEngine);
    const top = ranking.candidates[0];
    const gold = e.none ? [] : e.c.expect.slice(4).split("|").map(Number);
    return {
      features: [...ranking.features],
      right: top !== undefined && gold.includes(top.hit.entry.code),
      none: e.none,
      short: ranking.short,
    };
  })
  .filter((d) => d.features.length > 0);
{
  const coded = decisions.filter((d) => !d.none);
  const reachable = trainSamples.filter((e) => !e.none && e.candidates.some((c) => c.gold)).length;
  console.log(
    `ranking: ${coded.filter((d) => d.right).length}/${coded.length} right first (cross-fitted); the expected code among the candidates for ${reachable}/${trainSamples.filter((e) => !e.none).length}`,
  );
}
console.log(
  `confidence trained on ${decisions.length} decisions: ${decisions.filter((d) => d.right).length} right, ${decisions.filter((d) => d.none).length} "not sure" expected`,
);
/** How far below the best count (a share of the decisions) a gate's threshold may be and still count as near it. */
const GATE_SLACK = 0.002;
/**
 * One gate: logistic weights, and a threshold among those that get the most training questions right
 * (a right answer, or an expected "not sure").
 */
function fitGate(label: string, data: Decision[]): Gate {
  const weights = fitConfidence(data, 1e-3);
  const curve: { threshold: number; right: number }[] = [];
  for (let t = 0.2; t <= 0.8001; t += 0.02) {
    let right = 0;
    for (const d of data) {
      const p = 1 / (1 + Math.exp(-dot(weights, d.features)));
      if (p >= t ? d.right : d.none) right++;
    }
    curve.push({ threshold: Math.round(t * 100) / 100, right });
  }
  // The count is flat near its best, and which end of the flat part wins is chance (a question or
  // two of the training set): the middle of the thresholds within a few questions of the best is
  // the choice that moves least when the data changes.
  const best = Math.max(...curve.map((point) => point.right));
  const near = curve.filter((point) => point.right >= best - GATE_SLACK * data.length);
  const acceptAbove = (near[Math.floor(near.length / 2)] as (typeof near)[number]).threshold;
  console.log(
    `${label} gate: ${curve.map((point) => `${point.threshold}:${point.right}`).join(" ")}; accept above ${acceptAbove}`,
  );
  return { weights: named(CONFIDENCE_FEATURES, weights), acceptAbove };
}
// Short questions and descriptions fail differently ("ship it" vs a paragraph of context): a gate each.
const confidence = {
  short: fitGate(
    "short",
    decisions.filter((d) => d.short),
  ),
  long: fitGate(
    "long",
    decisions.filter((d) => !d.short),
  ),
};

const tuned = withWeights(
  { ...BASE, ranker: { ...BASE.ranker, examples: allExamples } },
  candidate,
  hidden,
  confidence,
);
console.log(
  `ranker trained on ${trainSamples.length} questions; ${allExamples.length} examples; accept above ${confidence.short.acceptAbove} (short), ${confidence.long.acceptAbove}`,
);
// Training questions are scored against the other folds' examples, as they were trained.
const misses: string[] = [];
const crossFitted = (c: Case) => {
  const tuning = withWeights(foldTunings[foldOf(c)] as Tuning, candidate, hidden, confidence);
  const result = answer(c.query, catalog, tuning);
  const ok = judge(c.expect, result);
  if (!ok) {
    const codes = result.codes.slice(0, 3).map((x) => x.code);
    misses.push(
      `[${c.style}] ${c.query}\texpected ${c.expect}, got ${result.intent} ${JSON.stringify(codes)}`,
    );
  }
  return ok;
};
report("train (cross-fitted)", train, crossFitted);
// --misses FILE: the training questions the cross-fitted engine gets wrong (never the held-out ones).
const missesFile = process.argv[process.argv.indexOf("--misses") + 1];
if (process.argv.includes("--misses") && missesFile) writeFileSync(missesFile, `${misses.join("\n")}\n`);
report("held out, before", held, (c) => judge(c.expect, answer(c.query, catalog, TUNING)));
report("held out, after ", held, (c) => judge(c.expect, answer(c.query, catalog, tuned)));

if (!process.argv.includes("--dry-run")) {
  const body = `// Written by bench/train.ts: the ranker's learned weights. Do not edit by hand; retrain instead.
// ${trainSamples.length} training questions (${FILES.length} files, one in five held out).
export const LEARNED = ${JSON.stringify({ help: helpModel, codeGate, candidate, hidden, confidence }, null, 2)} as const;
`;
  writeFileSync("src/engine/learned.ts", body);
  const examples = `// Written by bench/train.ts: the training questions the ranker compares questions with (the
// training split of bench/training/*.tsv). Do not edit by hand; retrain instead.
import type { Example } from "./search/examples.ts";

export const EXAMPLES: readonly Example[] = [
${allExamples.map((e) => `  { codes: ${JSON.stringify(e.codes)}, text: ${JSON.stringify(e.text)} },`).join("\n")}
];
`;
  writeFileSync("src/engine/learned-examples.ts", examples);
  // Formatted as the rest of the code, so that a retrain leaves the lint clean.
  execFileSync(
    "npx",
    ["biome", "format", "--write", "src/engine/learned.ts", "src/engine/learned-examples.ts"],
    {
      stdio: "ignore",
    },
  );
  console.log("wrote src/engine/learned.ts and src/engine/learned-examples.ts");
}
