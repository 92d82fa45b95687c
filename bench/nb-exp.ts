import { readdirSync } from "node:fs";
import { engineFor } from "../src/engine/answer.ts";
import { getCatalog } from "../src/knowledge/load.ts";
import { type Case, fold, isHeldOut, readCases, targetOf } from "./score.ts";

const files = readdirSync("bench/training").filter((f) => f.endsWith(".tsv")).map((f) => `bench/training/${f}`);
const all = files.flatMap(readCases).filter((c) => c.expect.startsWith("top:"));
const train = all.filter((c) => !isHeldOut(c.query));
const engine = engineFor(getCatalog());
const feats = new Map<Case, string[]>();
for (const c of train) feats.set(c, [...new Set(engine.index.readFeatures(c.query))]);
const gold = (c: Case) => c.expect.slice(4).split("|").map(Number);
const ALPHA = Number(process.env.ALPHA ?? 0.1);
let right = 0, rightKnn = 0, n = 0;
for (let k = 0; k < 5; k++) {
  const tr = train.filter((c) => fold(c.query, 5) !== k);
  const te = train.filter((c) => fold(c.query, 5) === k && targetOf(c) === "long");
  // multinomial NB over distinct features (Bernoulli-ish counts)
  const counts = new Map<number, Map<string, number>>();
  const totals = new Map<number, number>();
  const docs = new Map<number, number>();
  const df = new Map<string, number>();
  for (const c of tr) for (const f of feats.get(c)!) df.set(f, (df.get(f) ?? 0) + 1);
  const V = df.size;
  for (const c of tr) {
    const codes = gold(c);
    for (const code of codes) {
      docs.set(code, (docs.get(code) ?? 0) + 1 / codes.length);
      let m = counts.get(code);
      if (!m) counts.set(code, (m = new Map()));
      for (const f of feats.get(c)!) {
        if ((df.get(f) ?? 0) > tr.length * 0.05) continue;
        m.set(f, (m.get(f) ?? 0) + 1 / codes.length);
        totals.set(code, (totals.get(code) ?? 0) + 1 / codes.length);
      }
    }
  }
  const codes = [...counts.keys()];
  for (const c of te) {
    const fs = feats.get(c)!.filter((f) => df.has(f) && df.get(f)! <= tr.length * 0.05);
    let best = -Infinity, bestCode = 0;
    for (const code of codes) {
      const m = counts.get(code)!;
      const t = totals.get(code)!;
      let s = Math.log(docs.get(code)! / tr.length) * Number(process.env.PRIOR ?? 1);
      for (const f of fs) s += Math.log(((m.get(f) ?? 0) + ALPHA) / (t + ALPHA * V));
      if (s > best) { best = s; bestCode = code; }
    }
    n++;
    if (gold(c).includes(bestCode)) right++;
    const near = engine.examples.nearest(feats.get(c)!); // not cross-fitted, just for rough reference
  }
}
console.log(`NB long top-1 ${right}/${n} = ${(100 * right / n).toFixed(1)}%`);
import { ExampleIndex } from "../src/engine/search/examples.ts";
{
  let r = 0, m = 0;
  for (let k = 0; k < 5; k++) {
    const tr = train.filter((c) => fold(c.query, 5) !== k);
    const te = train.filter((c) => fold(c.query, 5) === k && targetOf(c) === "long");
    const idx = new ExampleIndex(tr.map((c) => ({ text: c.query, codes: gold(c) })), (t) => engine.index.readFeatures(t));
    for (const c of te) {
      const ev = idx.nearest(feats.get(c)!);
      let best = -1, code = 0;
      for (const [k2, e] of ev) if (e.votes > best) { best = e.votes; code = k2; }
      m++; if (gold(c).includes(code)) r++;
    }
  }
  console.log(`kNN votes long top-1 ${r}/${m} = ${(100 * r / m).toFixed(1)}%`);
}
