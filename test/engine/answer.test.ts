import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answer, answerForEntry, answerForPair } from "../../src/engine/answer.ts";
import type { Answer } from "../../src/engine/types.ts";
import { getCatalog } from "../../src/knowledge/load.ts";

const catalog = getCatalog();

function readQuestions(file: string): (readonly [string, string])[] {
  return readFileSync(new URL(file, import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line.length && !line.startsWith("#"))
    .map((line) => {
      const tab = line.lastIndexOf("\t");
      return [line.slice(0, tab), line.slice(tab + 1)] as const;
    });
}

const questions = readQuestions("./questions.tsv");

function judge(expect: string, result: Answer): boolean {
  const codes = result.codes.map((c) => c.code);
  const [kind, rest = ""] = expect.split(":");
  if (kind === "top")
    return rest
      .split("|")
      .map(Number)
      .includes(codes[0] ?? -1);
  if (kind === "pair")
    return (
      codes.slice(0, 2).sort().join(",") === rest.split(",").map(Number).sort().join(",") &&
      result.intent === "compare"
    );
  if (kind === "class") return result.intent === "class" && result.classDigit === Number(rest);
  if (kind === "none") return codes.length === 0 && result.intent !== "help";
  if (kind === "help") return result.intent === "help";
  throw new Error(`unknown expectation ${expect}`);
}

describe("answer() understands questions", () => {
  it.each(questions)("%j -> %s", (query, expected) => {
    const result = answer(query, catalog);
    expect(
      judge(expected, result),
      JSON.stringify({ intent: result.intent, codes: result.codes.map((c) => c.code) }),
    ).toBe(true);
  });
});

describe("answer() on question sets written without looking at the data", () => {
  // Written by someone who had not seen data/ (see each file's header). A few lines are debatable,
  // so the bar is a share, not every line; a drop below it means the engine stopped generalising.
  // Sets a and b have been used to find the engine's gaps; set c (longer, Slack-thread style
  // descriptions) was written last and barely tuned on, so its bar is lower.
  it.each([
    ["./heldout-a.tsv", 0.95],
    ["./heldout-b.tsv", 0.95],
    ["./heldout-c.tsv", 0.85],
  ] as const)("%s: at least %d of the questions right", (file, share) => {
    const set = readQuestions(file);
    const misses = set.filter(([query, expected]) => !judge(expected, answer(query, catalog)));
    expect(set.length).toBeGreaterThan(140);
    expect(1 - misses.length / set.length, JSON.stringify(misses)).toBeGreaterThanOrEqual(share);
  });
});

describe("answer() runs the intents in order", () => {
  it("reads a comparison before the codes it names, and names before the free-text search", () => {
    expect(answer("401 vs 403", catalog).intent).toBe("compare");
    expect(answer("401", catalog).intent).toBe("code");
    expect(answer("forbidden", catalog).intent).toBe("code");
    expect(answer("4xx", catalog).intent).toBe("class");
    expect(answer("help", catalog).intent).toBe("help");
    expect(answer("what should I return when the rate limit is hit?", catalog).intent).toBe("scenario");
  });

  it("answers every string, a confident match or not sure", () => {
    for (const query of ["what's the weather", "pizza recipe", "asdfgh", "🙂🙂🙂", "<!channel>"]) {
      const result = answer(query, catalog);
      expect(result.intent, query).toBe("unknown");
      expect(result.codes, query).toEqual([]);
    }
  });

  it("is not sure about other things' numbers: merge requests, book titles", () => {
    for (const query of ["MR !88 is ready to merge", "Fahrenheit 451 was on our reading list"]) {
      const result = answer(query, catalog);
      expect(result.intent, query).toBe("unknown");
      expect(result.codes, query).toEqual([]);
    }
  });

  it("rebuilds answers from button references", () => {
    expect(answerForEntry("404", catalog)?.codes[0]?.code).toBe(404);
    expect(answerForEntry("nope", catalog)).toBeUndefined();
    expect(answerForPair(401, 403, catalog)?.comparison?.curated).toBe(true);
    expect(answerForPair(418, 226, catalog)?.comparison?.curated).toBe(false);
    expect(answerForPair(404, 404, catalog)).toBeUndefined();
  });
});
