// Scores the passive listener's reader against labelled channel messages:
//
//   npx tsx bench/score-mentions.ts [--split=train|validation|all] [--misses] [file.tsv]
//
// Each line is `message<TAB>codes:502,429` (or `codes:-` for none); lines starting with # are
// comments. Recall is the share of labelled codes found, precision the share of found codes that are
// labelled, both counted per (message, code). The default file is bench/training/mentions.tsv; its
// validation split (a fifth of the lines, by a hash of the message) is kept apart from tuning.
import { readFileSync } from "node:fs";
import { lookupFor } from "../src/engine/reading/code-lookup.ts";
import { codesToExplain } from "../src/engine/reading/reader.ts";
import { getCatalog } from "../src/knowledge/load.ts";

export interface Labelled {
  readonly text: string;
  readonly codes: readonly number[];
}

/** FNV-1a: a stable split that does not depend on line order. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function isValidation(text: string): boolean {
  return hash(text) % 5 === 0;
}

export function readLabelled(file: string): Labelled[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => {
      const tab = line.lastIndexOf("\t");
      const label = line.slice(tab + 1).replace(/^codes:/, "");
      return {
        text: line.slice(0, tab),
        codes: label === "-" ? [] : label.split(",").map((code) => Number(code.trim())),
      };
    });
}

function main(argv: string[]): void {
  const split = argv.find((arg) => arg.startsWith("--split="))?.slice("--split=".length) ?? "all";
  const showMisses = argv.includes("--misses");
  const file = argv.find((arg) => !arg.startsWith("--")) ?? "bench/training/mentions.tsv";
  const lookup = lookupFor(getCatalog());
  const rows = readLabelled(file).filter((row) =>
    split === "all" ? true : split === "validation" ? isValidation(row.text) : !isValidation(row.text),
  );
  let truePositives = 0;
  let found = 0;
  let labelled = 0;
  for (const row of rows) {
    const codes = codesToExplain(row.text, lookup);
    const right = codes.filter((code) => row.codes.includes(code));
    truePositives += right.length;
    found += codes.length;
    labelled += row.codes.length;
    if (showMisses && (right.length !== codes.length || right.length !== row.codes.length)) {
      const missed = row.codes.filter((code) => !codes.includes(code));
      const extra = codes.filter((code) => !row.codes.includes(code));
      console.log(
        `${missed.length ? `missed ${missed.join(",")}` : ""}${extra.length ? ` EXTRA ${extra.join(",")}` : ""}\t${row.text}`,
      );
    }
  }
  const recall = labelled ? truePositives / labelled : 1;
  const precision = found ? truePositives / found : 1;
  console.log(
    `${file} (${split}, ${rows.length} messages): recall ${(recall * 100).toFixed(1)}% (${truePositives}/${labelled}), precision ${(precision * 100).toFixed(1)}% (${truePositives}/${found})`,
  );
}

main(process.argv.slice(2));
