// Scores the passive listener's reader against labelled channel messages:
//
//   npx tsx bench/score-mentions.ts [--split=train|validation|all] [--misses] [file.tsv ...]
//
// Each line is `message<TAB>codes:502,429` (or `codes:-` for none); lines starting with # are
// comments. Recall is the share of labelled codes found, precision the share of found codes that are
// labelled, both counted per (message, code). The default files are bench/training/mentions.tsv and
// bench/training/mentions-2.tsv; each has a validation split (by a hash of the message, see
// mentions-data.ts) that is kept apart from tuning: only its aggregate is ever printed, `--misses`
// lists training messages only.
//
// Honest estimates, measured before the reader was tuned on a file:
// - mentions-2.tsv (802 messages by a second writer, scored whole before any change for it):
//   recall 72.8% (390/536), precision 99.2% (390/393). The reader then scored 98.5% / 100% on its
//   own mentions.tsv: it was overfit to one writer's phrasing.
// After generalising on mentions-2's training part, its validation part (aggregate only): recall
// 90.6% (144/159), precision 98.6% (144/146); see bench/training/README.md.
import { lookupFor } from "../src/engine/reading/code-lookup.ts";
import { codesToExplain } from "../src/engine/reading/reader.ts";
import { getCatalog } from "../src/knowledge/load.ts";
import { isValidation, readLabelled } from "./mentions-data.ts";

const DEFAULT_FILES = ["bench/training/mentions.tsv", "bench/training/mentions-2.tsv"];

function score(file: string, split: string, showMisses: boolean): void {
  const lookup = lookupFor(getCatalog());
  const rows = readLabelled(file).filter((row) =>
    split === "all"
      ? true
      : split === "validation"
        ? isValidation(row.text, file)
        : !isValidation(row.text, file),
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
    const wrong = right.length !== codes.length || right.length !== row.codes.length;
    // Validation messages are never shown: they would be tuned on.
    if (showMisses && wrong && !isValidation(row.text, file)) {
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

function main(argv: string[]): void {
  const split = argv.find((arg) => arg.startsWith("--split="))?.slice("--split=".length) ?? "all";
  const showMisses = argv.includes("--misses");
  const files = argv.filter((arg) => !arg.startsWith("--"));
  for (const file of files.length ? files : DEFAULT_FILES) score(file, split, showMisses);
}

main(process.argv.slice(2));
