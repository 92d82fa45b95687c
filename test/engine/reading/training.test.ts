import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isValidation, readLabelled } from "../../../bench/mentions-data.ts";
import { lookupFor } from "../../../src/engine/reading/code-lookup.ts";
import { codesToExplain } from "../../../src/engine/reading/reader.ts";
import { getCatalog } from "../../../src/knowledge/load.ts";

/*
 * A guard, not the measure: the reader is scored on the validation split with
 * `npx tsx bench/score-mentions.ts --split=validation`. This checks the messages it was tuned on
 * stay read (the targets: recall at least 90%, precision at least 98%).
 */
describe("the training messages", () => {
  it("are read with recall and precision above the targets", () => {
    const lookup = lookupFor(getCatalog());
    const rows = readLabelled(
      fileURLToPath(new URL("../../../bench/training/mentions.tsv", import.meta.url)),
    ).filter((row) => !isValidation(row.text));
    let right = 0;
    let found = 0;
    let labelled = 0;
    for (const row of rows) {
      const codes = codesToExplain(row.text, lookup);
      right += codes.filter((code) => row.codes.includes(code)).length;
      found += codes.length;
      labelled += row.codes.length;
    }
    expect(rows.length).toBeGreaterThan(400);
    expect(right / labelled).toBeGreaterThanOrEqual(0.95);
    expect(right / found).toBeGreaterThanOrEqual(0.98);
  });
});
