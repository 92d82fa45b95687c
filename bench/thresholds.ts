// For each free-text question with an expected answer: the top hit's score, coverage and evidence,
// and whether it is right, to place the confidence thresholds. npx tsx bench/thresholds.ts files...
import { readFileSync } from "node:fs";
import { engineFor } from "../src/engine/answer.ts";
import { TUNING } from "../src/engine/tuning.ts";
import { getCatalog } from "../src/knowledge/load.ts";

const engine = engineFor(getCatalog());
const rows: { q: string; ok: boolean; none: boolean; score: number; cov: number; ev: number }[] = [];
for (const file of process.argv.slice(2)) {
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const tab = line.lastIndexOf("\t");
    const [q, expect] = [line.slice(0, tab), line.slice(tab + 1)];
    if (!expect.startsWith("top:") && expect !== "none") continue;
    if (/\b\d{3}\b/.test(q)) continue;
    const { hits } = engine.index.search(q, TUNING, 2);
    const top = hits[0];
    if (!top) continue;
    const none = expect === "none";
    rows.push({
      q,
      none,
      ok: !none && expect.slice(4).split("|").map(Number).includes(top.entry.code),
      score: top.score,
      cov: top.coverage,
      ev: top.evidence,
    });
  }
}
const current = TUNING.confidence;
let best = { acc: 0, s: current.minScore, c: current.minCoverage, e: current.minEvidence };
for (const s of [0.2, 0.22, 0.24, 0.26, 0.28, 0.3, 0.32, 0.35])
  for (const c of [0.3, 0.4, 0.45, 0.5, 0.55, 0.6])
    for (const e of [1.5, 2, 2.3, 2.6, 3, 3.5]) {
      let acc = 0;
      for (const r of rows) {
        const accept = r.score >= s && r.cov >= c && r.ev >= e;
        if (r.none ? !accept : accept && r.ok) acc++;
      }
      if (acc > best.acc) best = { acc, s, c, e };
    }
console.log(rows.length, "questions; best", best);
for (const r of rows
  .filter((r) => r.none || !r.ok)
  .sort((a, b) => b.score - a.score)
  .slice(0, 30))
  console.log(r.none ? "NONE " : "WRONG", r.score.toFixed(3), r.cov.toFixed(2), r.ev.toFixed(2), r.q);
