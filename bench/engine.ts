// Engine benchmark: per query kind, the median and p99 time of answer(), and the time to load the
// catalog and build the search index. Run with `npm run bench` (never inside tests: timings on
// shared machines are noisy, so we report medians and ratios from one run).
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { answer, engineFor } from "../src/engine/answer.ts";
import type { Catalog } from "../src/knowledge/catalog.ts";
import { loadCatalog } from "../src/knowledge/load.ts";
import { CLASS_QUESTIONS, SCENARIO_QUESTIONS } from "./queries.ts";

export interface Stats {
  label: string;
  count: number;
  medianMicros: number;
  p99Micros: number;
}

export function summarize(label: string, samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { label, count: samples.length, medianMicros: at(0.5), p99Micros: at(0.99) };
}

const codes = Array.from(
  { length: 500 },
  (_, i) => [`${100 + (i % 500)}`, `HTTP ${200 + (i % 300)}`, `status ${400 + (i % 100)}?`][i % 3] as string,
);
const names = [
  "forbidden",
  "not found",
  "teapot",
  "payload too large",
  "unprocessable entity",
  "gatway timeout",
  "method not alowed",
  "unauthorised",
  "bad reqest",
  "service unavailble",
  "Moved Temporarily",
  "precondition failed",
];
const comparisons = [
  "401 vs 403",
  "difference between 301 and 308",
  "302 or 307?",
  "compare 307 and 308",
  "forbidden vs unauthorized",
  "should I use 404 or 403",
  "not found vs gone",
  "418 vs 226",
];
const classes = [...CLASS_QUESTIONS, "success codes"];
const freeText = [
  ...SCENARIO_QUESTIONS,
  "the client must log in to the wifi network first",
  "PUT /orders/7: version mismatch",
];
/** Slack-thread questions of about 150 words: a few training questions run together. */
function longQuestions(): string[] {
  const lines = readFileSync(new URL("training/train-long.tsv", import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => line.slice(0, line.lastIndexOf("\t")));
  const questions: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    current.push(line);
    if (current.join(" ").split(/\s+/).length >= 150) {
      questions.push(current.join(" "));
      current = [];
    }
  }
  return questions;
}

const notUnderstood = [
  "what's the weather",
  "pizza recipe",
  "asdfgh",
  "how are you today",
  "lorem ipsum dolor",
  "write me a poem",
];

/** The kinds of query timed, each with its questions (before the variations of case and punctuation). */
export function queryKinds(): [string, string[]][] {
  return [
    ["code", codes],
    ["name", names],
    ["comparison", comparisons],
    ["class", classes],
    ["free text", freeText],
    ["150-word thread", longQuestions()],
    ["not understood", notUnderstood],
  ];
}

/**
 * Ways to write a question as another text, three per style. Style 0 is what the bench measures;
 * styles 1 and 2 write the same questions for the warm-up and the cold pass, so that no cache of
 * ours has seen the measured texts.
 */
const STYLES: readonly (readonly ((base: string) => string)[])[] = [
  [(base) => base.toUpperCase(), (base) => `${base} `, (base) => `${base}!`],
  [(base) => `${base.toLowerCase()}?`, (base) => ` ${base}.`, (base) => `${base}??`],
  [(base) => `${base}?!`, (base) => `${base.toLowerCase()} !`, (base) => `${base.toUpperCase()}?`],
];

export function vary(list: string[], n: number, style = 0): string[] {
  // Case and punctuation variations keep caches (ours or the engine's) from flattering the numbers.
  const ways = STYLES[style] ?? STYLES[0];
  return Array.from({ length: n }, (_, i) => {
    const base = list[i % list.length] as string;
    const write = ways?.[(i + style) % 3] as (base: string) => string;
    return write(base);
  });
}

function timeEach(label: string, queries: string[], catalog: Catalog): Stats {
  const samples = queries.map((query) => {
    const start = performance.now();
    answer(query, catalog);
    return (performance.now() - start) * 1000;
  });
  return summarize(label, samples);
}

/**
 * Each kind is timed twice. "Cold": after 300 questions of each kind, the engine's functions are
 * still being compiled and recompiled by V8 (its optimising tiers take thousands of calls), so the
 * first pass's tail is mostly the JIT: what the first minutes after a start look like. "Steady":
 * after 3,000 questions of every kind written as other texts (so no cache of ours has seen the
 * measured texts), which is what a running instance serves and what the p99 targets are about.
 */
export function benchEngine(): {
  load: { loadMs: number; indexMs: number };
  kinds: Stats[];
  cold: Stats[];
} {
  const t0 = performance.now();
  const catalog = loadCatalog();
  const t1 = performance.now();
  engineFor(catalog);
  const t2 = performance.now();
  const lists = queryKinds();
  const measured = lists.map(([label, list]): [string, string[]] => [label, vary(list, 3000)]);
  const warming = lists.map(([, list]) => vary(list, 3000, 1));
  for (const queries of warming) for (const q of queries.slice(0, 300)) answer(q, catalog);
  const cold = lists.map(([label, list]) => timeEach(label, vary(list, 3000, 2), catalog));
  for (const queries of warming) for (const q of queries) answer(q, catalog);
  const kinds = measured.map(([label, queries]) => timeEach(label, queries, catalog));
  return { load: { loadMs: t1 - t0, indexMs: t2 - t1 }, kinds, cold };
}

export function printEngine(result: ReturnType<typeof benchEngine>): void {
  console.log("answer() per query kind (µs): steady state, and the cold pass just after a start");
  console.log(
    `${"kind".padEnd(16)}${"n".padStart(6)}${"median".padStart(10)}${"p99".padStart(10)}${"cold med".padStart(10)}${"cold p99".padStart(10)}`,
  );
  result.kinds.forEach((s, i) => {
    const cold = result.cold[i];
    console.log(
      `${s.label.padEnd(16)}${String(s.count).padStart(6)}${s.medianMicros.toFixed(1).padStart(10)}${s.p99Micros.toFixed(1).padStart(10)}${(cold?.medianMicros ?? 0).toFixed(1).padStart(10)}${(cold?.p99Micros ?? 0).toFixed(1).padStart(10)}`,
    );
  });
  console.log(
    `catalog load ${result.load.loadMs.toFixed(1)} ms + index build ${result.load.indexMs.toFixed(1)} ms = ${(result.load.loadMs + result.load.indexMs).toFixed(1)} ms (first load in this process)`,
  );
}
