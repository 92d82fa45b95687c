import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/engine/types.ts";
import { explainedCodes } from "../../src/listeners/answering.ts";

const answerOf = (intent: Answer["intent"], codes: number[]): Answer => ({
  query: "q",
  intent,
  codes: codes.map((code) => ({ code, entryId: String(code) })),
  suggestions: [{ code: 418, entryId: "418" }],
  problems: [],
});

describe("explainedCodes", () => {
  it.each<[Answer["intent"], number[], number[]]>([
    ["code", [404], [404]],
    ["code", [404, 503], [404, 503]],
    ["compare", [401, 403], [401, 403]],
    ["scenario", [429, 503, 403], [429]],
    ["class", [], []],
    ["help", [], []],
    ["unknown", [], []],
  ])("a %s answer of %j explains %j", (intent, codes, explained) => {
    expect(explainedCodes(answerOf(intent, codes))).toEqual(explained);
  });
});
