import { describe, expect, it } from "vitest";
import { parseReference, referenceOf, referenceValue } from "../../src/cards/references.ts";

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
