// Allocation per question, by query kind: the bytes answer() allocates, measured with garbage
// collection kept out of the way. Run it (never in tests) with a young generation large enough
// that no collection happens inside a batch:
//
//   node --expose-gc --min-semi-space-size=128 --max-semi-space-size=128 --import tsx bench/alloc.ts
//
// Why: the engine benchmark's p99 on a shared machine is mostly young-generation collections,
// whose number follows the bytes allocated; bytes do not depend on how busy the machine is.
import { constants, PerformanceObserver } from "node:perf_hooks";
import { answer, engineFor } from "../src/engine/answer.ts";
import { loadCatalog } from "../src/knowledge/load.ts";
import { queryKinds, vary } from "./engine.ts";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc and a fixed semi-space size (see the header)");
let scavenges = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const { detail } = entry as { detail?: { kind?: number } };
    if (detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) scavenges++;
  }
}).observe({ entryTypes: ["gc"] });

const catalog = loadCatalog();
engineFor(catalog);
const kinds = queryKinds().map(([label, base]): [string, string[]] => [label, vary(base, 600)]);
for (const [, list] of kinds) for (const q of list) answer(q, catalog); // warm-up: lazy tables, JIT
gc();
await new Promise((resolve) => setTimeout(resolve, 100)); // the warm-up's scavenges reported before we count

console.log(`${"kind".padEnd(16)}${"n".padStart(6)}${"bytes/question".padStart(16)}`);
for (const [label, list] of kinds) {
  // Batches of 100 after a full collection: the growth of heapUsed is what the batch allocated,
  // provided no scavenge ran inside it (counted, and the figure refused if one did).
  let bytes = 0;
  let inside = 0;
  for (let start = 0; start < list.length; start += 100) {
    const questions = list.slice(start, start + 100);
    gc();
    const seen = scavenges;
    const before = process.memoryUsage().heapUsed;
    for (const q of questions) answer(q, catalog);
    bytes += process.memoryUsage().heapUsed - before;
    await new Promise((resolve) => setImmediate(resolve)); // let the observer report
    inside += scavenges - seen;
  }
  const perQuestion = inside === 0 ? String(Math.round(bytes / list.length)) : `? (${inside} scavenges)`;
  console.log(`${label.padEnd(16)}${String(list.length).padStart(6)}${perQuestion.padStart(16)}`);
}
