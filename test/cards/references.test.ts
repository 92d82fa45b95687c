import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  parseReference,
  parseThreadShare,
  type Reference,
  referenceOf,
  referenceValue,
  type ThreadShare,
  threadShareValue,
} from "../../src/cards/references.ts";
import { getCatalog } from "../../src/knowledge/load.ts";

describe("parseReference", () => {
  it.each([
    ["code:404", { kind: "code", entryId: "404" }],
    ["code:499-nginx", { kind: "code", entryId: "499-nginx" }],
    ["pair:401,403", { kind: "pair", first: 401, second: 403 }],
    ["class:4", { kind: "class", digit: 4 }],
    ["q:what about rate limits?", { kind: "query", query: "what about rate limits?" }],
    ["404", { kind: "code", entryId: "404" }],
    ["499-nginx", { kind: "code", entryId: "499-nginx" }],
    ["401,403", { kind: "pair", first: 401, second: 403 }],
    ["rate limit", { kind: "query", query: "rate limit" }],
  ])("reads %j", (value, expected) => {
    expect(parseReference(value)).toEqual(expected);
  });

  it.each([undefined, "", "  ", "pair:401", "class:9", "code:", "q:"])("rejects %j", (value) => {
    expect(parseReference(value)).toBeUndefined();
  });

  it("reads every reference the cards write", () => {
    const base = { query: "x" };
    const roundTrip = (answer: Parameters<typeof referenceOf>[0]) =>
      parseReference(referenceValue(referenceOf(answer)));
    expect(roundTrip({ ...base, intent: "code", codes: [{ code: 404, entryId: "404" }] })).toEqual({
      kind: "code",
      entryId: "404",
    });
    const codes = [
      { code: 401, entryId: "401" },
      { code: 403, entryId: "403" },
    ];
    expect(roundTrip({ ...base, intent: "compare", codes })).toEqual({
      kind: "pair",
      first: 401,
      second: 403,
    });
    expect(roundTrip({ ...base, intent: "class", codes: [], classDigit: 5 })).toEqual({
      kind: "class",
      digit: 5,
    });
    expect(roundTrip({ query: "why 418?", intent: "scenario", codes: [] })).toEqual({
      kind: "query",
      query: "why 418?",
    });
  });

  it("keeps a long query within Slack's button value limit", () => {
    const value = referenceValue({ kind: "query", query: "x".repeat(5000) });
    expect(value.length).toBe(2000);
  });
});

describe("every reference to the catalog reads back as written", () => {
  const catalog = getCatalog();
  const codes = [...new Set(catalog.entries.map((entry) => entry.code))];

  it("has codes outside 100-599 to check (0 No Response Received, 783, 999)", () => {
    expect(codes).toEqual(expect.arrayContaining([0, 783, 999]));
  });

  it("a card of any entry", () => {
    for (const entry of catalog.entries) {
      const reference: Reference = { kind: "code", entryId: entry.id };
      expect(parseReference(referenceValue(reference))).toEqual(reference);
    }
  });

  it("a comparison of any two codes (Share of '499 vs 000')", () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.constantFrom(...codes), (first, second) => {
        const reference: Reference = { kind: "pair", first, second };
        expect(parseReference(referenceValue(reference))).toEqual(reference);
        const share = { channel: "C0123ABC", threadTs: "1700000000.000100", answer: reference };
        expect(parseThreadShare(threadShareValue(share))).toEqual(share);
      }),
      { numRuns: 500 },
    );
    const share: ThreadShare = {
      channel: "C0123ABC",
      threadTs: "1.2",
      answer: { kind: "pair", first: 499, second: 0 },
    };
    expect(parseThreadShare(threadShareValue(share))).toEqual(share);
  });

  it("a thread share of any of the catalog's codes", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...codes), { minLength: 1, maxLength: 10 }), (list) => {
        const share: ThreadShare = {
          channel: "G0123ABC",
          threadTs: "1700000000.000100",
          answer: { kind: "codes", codes: list },
        };
        expect(parseThreadShare(threadShareValue(share))).toEqual(share);
      }),
      { numRuns: 300 },
    );
  });
});
