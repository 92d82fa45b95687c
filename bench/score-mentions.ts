// Scores the passive listener's reader against labelled channel messages:
//
//   npx tsx bench/score-mentions.ts [--split=train|validation|all] [--misses] [file.tsv]
//
// Each line is `message<TAB>codes:502,429` (or `codes:-` for none); lines starting with # are
// comments. Recall is the share of labelled codes found, precision the share of found codes that are
// labelled, both counted per (message, code). The default file is bench/training/mentions.tsv; its
// validation split (a fifth of the lines, by a hash of the message) is kept apart from tuning.
import { lookupFor } from "../src/engine/reading/code-lookup.ts";
import { codesToExplain } from "../src/engine/reading/reader.ts";
import { getCatalog } from "../src/knowledge/load.ts";
import { isValidation, readLabelled } from "./mentions-data.ts";

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
