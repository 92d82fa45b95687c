import { describe, expect, it } from "vitest";
import { entryByName, names } from "../../../src/engine/intents/names.ts";
import { engine, question } from "./ask.ts";

describe("names", () => {
  it.each([
    ["forbidden", 403],
    ["what does payload too large mean", 413],
    ["gatway timeout", 504],
    ["Moved Temporarily", 302],
    ["im a teapot", 418],
  ])("%j names %i", (query, code) => {
    expect(names(question(query), engine)?.codes[0]?.code).toBe(code);
  });

  it("prefers the registered meaning of a name", () => {
    expect(entryByName(engine, "not found")?.id).toBe("404");
  });

  it("does not read a long question as a name", () => {
    expect(
      names(question("the gateway timed out while we waited for the upstream to answer the request"), engine),
    ).toBeUndefined();
  });
});
