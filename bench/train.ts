// Trains the ranker: a softmax over each question's candidate codes (which one is the answer) and a
// logistic model over the best candidate (answer with it, or say "not sure"). Reproducible: the split
// is by a hash of each question, the fit is deterministic. Writes src/engine/learned.ts.
//   npx tsx bench/train.ts [--dry-run]
// Training data: bench/training/*.tsv (copied from the independent helpers' sets), the repo's own
// question sets (test/engine/*.tsv, bench/probe-questions.tsv). One question in five is held out.
import { readdirSync, writeFileSync } from "node:fs";
import { answer, engineFor, INTENTS, readQuestion } from "../src/engine/answer.ts";
import { verdict, weighsWrittenCodes } from "../src/engine/intents/verdict.ts";
import { CANDIDATE_FEATURES, CONFIDENCE_FEATURES } from "../src/engine/search/features.ts";
import { rank } from "../src/engine/search/ranker.ts";
import { TUNING, type Tuning } from "../src/engine/tuning.ts";
import type { Engine } from "../src/engine/types.ts";
import { getCatalog } from "../src/knowledge/load.ts";
import { type Case, isHeldOut, judge, readCases } from "./score.ts";

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

interface Example {
  readonly c: Case;
  /** Each candidate's features, and whether it is one of the expected codes. */
  readonly candidates: { features: number[]; gold: boolean }[];
  readonly none: boolean;
  /** The ranker decides whether to answer (not only the order of codes already chosen). */
  readonly decides: boolean;
}

/**
 * How the dispatcher uses the ranker for a question: to decide whether and what to answer
 * ("decides": verdict, scenarios), only to order codes already chosen ("orders": a comparison about
 * a situation), or not at all.
 */
function rankerUse(query: string, engine: Engine): "decides" | "orders" | undefined {
  const question = readQuestion(query, engine);
  let used = false;
  const watched = {
    ...question,
    ranking: () => {
      used = true;
      return question.ranking();
    },
  };
  for (const intent of INTENTS) {
    if (intent === verdict) {
      if (weighsWrittenCodes(question, engine)) return "decides";
      continue;
    }
    if (intent(watched, engine)) return used ? "orders" : undefined;
  }
  return "decides";
}

function examples(cases: Case[], engine: Engine): Example[] {
  const out: Example[] = [];
  for (const c of cases) {
    const none = c.expect === "none";
    if (!none && !c.expect.startsWith("top:")) continue;
    const use = rankerUse(c.query, engine);
    if (!use) continue;
    const gold = new Set(none ? [] : c.expect.slice(4).split("|").map(Number));
    const ranking = rank(readQuestion(c.query, engine), engine);
    out.push({
      c,
      none,
      decides: use === "decides",
      candidates: ranking.candidates.map((cand) => ({
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
function minimise(dim: number, lossAndGradient: (w: number[]) => [number, number[]], steps = 3000): number[] {
  const w = new Array<number>(dim).fill(0);
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

/** Softmax over candidates: maximise the probability of the expected codes. */
function fitRanker(data: Example[], l2: number): number[] {
  const usable = data.filter((e) => e.candidates.some((c) => c.gold) && e.candidates.length > 1);
  const dim = CANDIDATE_FEATURES.length;
  return minimise(dim, (w) => {
    const grad = new Array<number>(dim).fill(0);
    let loss = 0;
    for (const e of usable) {
      const scores = e.candidates.map((c) => dot(w, c.features));
      const max = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - max));
      const z = exps.reduce((a, b) => a + b, 0);
      const zGold = exps.reduce((a, b, i) => a + (e.candidates[i]?.gold ? b : 0), 0);
      loss -= Math.log(zGold / z);
      e.candidates.forEach((c, i) => {
        const p = (exps[i] as number) / z;
        const q = c.gold ? (exps[i] as number) / zGold : 0;
        for (let k = 0; k < dim; k++) grad[k] = (grad[k] as number) + (p - q) * (c.features[k] as number);
      });
    }
    for (let k = 0; k < dim; k++) {
      grad[k] = (grad[k] as number) / usable.length + 2 * l2 * (w[k] as number);
      loss += l2 * (w[k] as number) ** 2;
    }
    return [loss, grad];
  });
}

interface Decision {
  readonly features: number[];
  readonly right: boolean;
  readonly none: boolean;
}

/** Logistic: is the best candidate right (1), or should the bot say "not sure" (0)? */
function fitConfidence(data: Decision[], l2: number): number[] {
  const dim = CONFIDENCE_FEATURES.length;
  return minimise(dim, (w) => {
    const grad = new Array<number>(dim).fill(0);
    let loss = 0;
    for (const d of data) {
      const p = 1 / (1 + Math.exp(-dot(w, d.features)));
      const y = d.right ? 1 : 0;
      loss -= y ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12);
      for (let k = 0; k < dim; k++) grad[k] = (grad[k] as number) + (p - y) * (d.features[k] as number);
    }
    for (let k = 0; k < dim; k++) grad[k] = (grad[k] as number) / data.length + 2 * l2 * (w[k] as number);
    return [loss, grad];
  });
}

function named(names: readonly string[], weights: number[]): Record<string, number> {
  return Object.fromEntries(names.map((name, i) => [name, Math.round((weights[i] as number) * 1e4) / 1e4]));
}

function withWeights(
  base: Tuning,
  candidate: Record<string, number>,
  confidence: Record<string, number>,
  acceptAbove: number,
): Tuning {
  return { ...base, ranker: { ...base.ranker, candidate, confidence, acceptAbove } };
}

function report(label: string, cases: Case[], tuning: Tuning): void {
  const catalog = getCatalog();
  const byStyle = new Map<string, [number, number]>();
  let right = 0;
  for (const c of cases) {
    const ok = judge(c.expect, answer(c.query, catalog, tuning));
    const tally = byStyle.get(c.style) ?? [0, 0];
    tally[1]++;
    if (ok) {
      tally[0]++;
      right++;
    }
    byStyle.set(c.style, tally);
  }
  const parts = [...byStyle].map(([style, [r, n]]) => `${style} ${r}/${n}`);
  console.log(
    `${label}: ${right}/${cases.length} = ${((100 * right) / cases.length).toFixed(1)}%  (${parts.join(", ")})`,
  );
}

const catalog = getCatalog();
const engine = engineFor(catalog);
const all = FILES.flatMap(readCases);
const train = all.filter((c) => !isHeldOut(c.query));
const held = all.filter((c) => isHeldOut(c.query));
console.log(`${all.length} questions: ${train.length} to train on, ${held.length} held out`);

const trainExamples = examples(train, engine);
const rankerWeights = fitRanker(trainExamples, 1e-3);
const candidate = named(CANDIDATE_FEATURES, rankerWeights);

// The confidence model sees the candidates as the learned ranker orders them.
const ranked = withWeights(TUNING, candidate, {}, 0.5);
const rankedEngine = engineFor(catalog, ranked);
const decisions: Decision[] = trainExamples
  .filter((e) => e.decides)
  .map((e) => {
    const ranking = rank(readQuestion(e.c.query, rankedEngine), rankedEngine);
    const top = ranking.candidates[0];
    const gold = e.none ? [] : e.c.expect.slice(4).split("|").map(Number);
    return {
      features: [...ranking.features],
      right: top !== undefined && gold.includes(top.hit.entry.code),
      none: e.none,
    };
  })
  .filter((d) => d.features.length > 0);
console.log(
  `confidence trained on ${decisions.length} decisions: ${decisions.filter((d) => d.right).length} right, ${decisions.filter((d) => d.none).length} "not sure" expected`,
);
const confidenceWeights = fitConfidence(decisions, 1e-3);
const confidence = named(CONFIDENCE_FEATURES, confidenceWeights);
// The threshold that gets the most training decisions right (an answer right, or "not sure" right).
let acceptAbove = 0.5;
let bestRight = -1;
for (let t = 0.2; t <= 0.8001; t += 0.02) {
  let rightCount = 0;
  for (const d of decisions) {
    const p = 1 / (1 + Math.exp(-dot(confidenceWeights, d.features)));
    if (p >= t ? d.right : !d.right) rightCount++;
  }
  if (rightCount > bestRight) {
    bestRight = rightCount;
    acceptAbove = Math.round(t * 100) / 100;
  }
}

const tuned = withWeights(TUNING, candidate, confidence, acceptAbove);
console.log(`ranker trained on ${trainExamples.length} questions; accept above ${acceptAbove}`);
report("train, before", train, TUNING);
report("train, after ", train, tuned);
report("held out, before", held, TUNING);
report("held out, after ", held, tuned);

if (!process.argv.includes("--dry-run")) {
  const body = `// Written by bench/train.ts: the ranker's learned weights. Do not edit by hand; retrain instead.
// ${trainExamples.length} training questions (${FILES.length} files, one in five held out).
export const LEARNED = ${JSON.stringify({ candidate, confidence, acceptAbove }, null, 2)} as const;
`;
  writeFileSync("src/engine/learned.ts", body);
  console.log("wrote src/engine/learned.ts");
}
