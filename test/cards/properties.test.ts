import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderAnswer, renderCompact } from "../../src/cards/index.ts";
import { answer } from "../../src/engine/answer.ts";
import { getCatalog } from "../../src/knowledge/load.ts";
import { expectWithinLimits, mrkdwnOf, unexpectedControlSequences } from "./limits.ts";

const catalog = getCatalog();

const specials = fc.constantFrom(
  "<!channel>",
  "<!here>",
  "@here",
  "@channel",
  "@Everyone",
  "<@U123>",
  "<https://evil.example|ok>",
  "&",
  "<",
  ">",
  "*",
  "_",
  "`",
  "~",
  "\u0000",
  "\u001b[31m",
  "\ud83d\ude00",
  "\u202e",
  "404",
  "vs",
  "4xx",
  "9".repeat(400),
  "HTTP/1.1 ",
);
const queries = fc.oneof(
  fc.string({ maxLength: 4000, unit: "binary" }),
  fc.string({ maxLength: 200, unit: "grapheme" }),
  fc
    .array(
      fc.oneof(specials, fc.string({ maxLength: 12 }), fc.integer({ min: -1, max: 10_000 }).map(String)),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(" ")),
  fc.bigInt().map((n) => `HTTP ${n}`),
);

describe("any string gets an answer and a card within every limit", () => {
  it("never throws, stays within limits and escapes user text", () => {
    fc.assert(
      fc.property(queries, (query) => {
        const result = answer(query, catalog);
        expect(["code", "compare", "class", "scenario", "help", "unknown", "protocol", "source"]).toContain(
          result.intent,
        );
        for (const card of [
          renderAnswer(result, catalog),
          renderCompact(result, catalog),
          renderAnswer(result, catalog, { shareable: false, sharedBy: "U1" }),
        ]) {
          expectWithinLimits(card);
          for (const text of mrkdwnOf(card)) expect(unexpectedControlSequences(text)).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
  });
});
