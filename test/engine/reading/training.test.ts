import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isValidation, readLabelled } from "../../../bench/mentions-data.ts";
import { lookupFor } from "../../../src/engine/reading/code-lookup.ts";
import { codesToExplain } from "../../../src/engine/reading/reader.ts";
import { getCatalog } from "../../../src/knowledge/load.ts";

/*
 * A guard, not the measure: the reader is scored on the validation splits with
 * `npx tsx bench/score-mentions.ts --split=validation`, which no test reads. This checks the
 * messages it was tuned on stay read (the targets: recall at least 90%, precision at least
 * 98%), for each writer's file.
 */
const FILES = [
  { file: "mentions.tsv", messages: 400, recall: 0.95 },
  { file: "mentions-2.tsv", messages: 500, recall: 0.93 },
];

describe("the training messages", () => {
  it.each(FILES)("of $file are read with recall and precision above the targets", (set) => {
    const lookup = lookupFor(getCatalog());
    const path = fileURLToPath(new URL(`../../../bench/training/${set.file}`, import.meta.url));
    const rows = readLabelled(path).filter((row) => !isValidation(row.text, path));
    let right = 0;
    let found = 0;
    let labelled = 0;
    for (const row of rows) {
      const codes = codesToExplain(row.text, lookup);
      right += codes.filter((code) => row.codes.includes(code)).length;
      found += codes.length;
      labelled += row.codes.length;
    }
    expect(rows.length).toBeGreaterThan(set.messages);
    expect(right / labelled).toBeGreaterThanOrEqual(set.recall);
    expect(right / found).toBeGreaterThanOrEqual(0.98);
  });
});
