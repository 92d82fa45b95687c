// Where answer() spends its time, question by question: each question of the question sets timed
// alone (the median of several runs, so that a GC pause or a busy machine hides no one), grouped by
// the intent that answered, and the slowest listed.
//   npx tsx bench/slowest.ts [--runs=5] [--top=20] [--distinct]
import { performance } from "node:perf_hooks";
import { answer, engineFor } from "../src/engine/answer.ts";
import { getCatalog } from "../src/knowledge/load.ts";
import { questionSet } from "./digest.ts";
import { distinctQuestions } from "./queries.ts";
import { median, percentile } from "./stats.ts";

const args = process.argv.slice(2);
const runs = Number(args.find((a) => a.startsWith("--runs="))?.slice(7) ?? 5);
const top = Number(args.find((a) => a.startsWith("--top="))?.slice(6) ?? 20);
const catalog = getCatalog();
engineFor(catalog);
// --distinct: the HTTP benchmark's distinct questions only (what its throughput run asks).
const queries = args.includes("--distinct") ? distinctQuestions(catalog) : questionSet().map((q) => q.query);
// Warm up: every question once, so that the JIT and the caches are as in a running app.
for (const q of queries) answer(q, catalog);
const timed: { query: string; intent: string; micros: number }[] = [];
for (const query of queries) {
  const samples: number[] = [];
  let intent = "";
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    intent = answer(query, catalog).intent;
    samples.push((performance.now() - start) * 1000);
  }
  timed.push({ query, intent, micros: median(samples) });
}
const byIntent = new Map<string, number[]>();
for (const t of timed) byIntent.set(t.intent, [...(byIntent.get(t.intent) ?? []), t.micros]);
console.log(
  `${"intent".padEnd(10)}${"n".padStart(6)}${"median".padStart(9)}${"p90".padStart(9)}${"p99".padStart(9)}${"max".padStart(9)}${"total ms".padStart(10)}`,
);
for (const [intent, list] of [...byIntent].sort()) {
  const sorted = Float64Array.from(list).sort();
  const total = list.reduce((a, b) => a + b, 0) / 1000;
  console.log(
    `${intent.padEnd(10)}${String(list.length).padStart(6)}${median(list).toFixed(1).padStart(9)}${percentile(sorted, 0.9).toFixed(1).padStart(9)}${percentile(sorted, 0.99).toFixed(1).padStart(9)}${(sorted.at(-1) ?? 0).toFixed(1).padStart(9)}${total.toFixed(1).padStart(10)}`,
  );
}
console.log(`\nslowest ${top} (µs, median of ${runs}):`);
for (const t of [...timed].sort((a, b) => b.micros - a.micros).slice(0, top)) {
  console.log(
    `${t.micros.toFixed(0).padStart(7)}  ${t.intent.padEnd(9)} ${JSON.stringify(t.query.slice(0, 110))}`,
  );
}
