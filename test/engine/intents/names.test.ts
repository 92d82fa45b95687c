import fc from "fast-check";
import Fuse from "fuse.js";
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

  describe("the fuzzy match finds what fuse.js finds searching every name", () => {
    const matcher = engine.names;
    const everyName = new Fuse(matcher.names, matcher.options);
    const expectSame = (pattern: string, threshold: number) => {
      const [full] = everyName.search(pattern, { limit: 1 });
      const expected = full && (full.score ?? 1) <= threshold ? [full.item.name, full.score] : undefined;
      const found = matcher.best(pattern, threshold);
      const actual = found && (found.score ?? 1) <= threshold ? [found.item.name, found.score] : undefined;
      expect(actual, pattern).toEqual(expected);
    };
    const names = matcher.names.map(({ name }) => name);
    const letters = "abcdefghijklmnopqrstuvwxyz ";
    /** A name with a few typos: characters dropped, doubled, changed, words run together. */
    const typo = fc
      .tuple(
        fc.constantFrom(...names),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 2 }), fc.constantFrom(...letters)), {
          maxLength: 4,
        }),
      )
      .map(([name, edits]) =>
        edits.reduce((text, [at, kind, char]) => {
          const i = text.length ? at % text.length : 0;
          if (kind === 0) return text.slice(0, i) + text.slice(i + 1);
          if (kind === 1) return text.slice(0, i) + char + text.slice(i);
          return text.slice(0, i) + char + text.slice(i + 1);
        }, name),
      );
    /** Several names and typos run together, as long questions of four words are. */
    const pattern = fc.oneof(
      typo,
      fc.array(typo, { minLength: 2, maxLength: 3 }).map((parts) => parts.join(" ")),
      fc.string({ unit: fc.constantFrom(...letters), maxLength: 40 }),
    );

    it("for names with typos, strings of letters and patterns longer than 32 characters", () => {
      fc.assert(
        fc.property(pattern, fc.constantFrom(0.2, 0.25, 0.3), (text, threshold) =>
          expectSame(text, threshold),
        ),
        { numRuns: 1000 },
      );
    });

    it("for every name as written", () => {
      for (const name of names) expectSame(name, 0.25);
    });
  });
});
