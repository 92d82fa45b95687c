import { describe, expect, it } from "vitest";
import { ExampleIndex } from "../../../src/engine/search/examples.ts";
import { localTerm, SharedTerms } from "../../../src/engine/search/terms.ts";
import { features, words } from "../../../src/engine/search/text.ts";

describe("SharedTerms", () => {
  it("gives each index its own number of a shared word, and -1 for a word it lacks", () => {
    const terms = new SharedTerms();
    const first = terms.register(
      new Map([
        ["timeout", 0],
        ["gateway", 1],
      ]),
    );
    const second = terms.register(
      new Map([
        ["gateway", 5],
        ["quota", 7],
      ]),
    );
    const ids = terms.idsOf(["gateway", "quota", "pizza", "timeout"]);
    expect(Array.from(ids.subarray(0, 4), (id) => localTerm(first, id))).toEqual([1, -1, -1, 0]);
    expect(Array.from(ids.subarray(0, 4), (id) => localTerm(second, id))).toEqual([5, 7, -1, -1]);
  });

  it("reuses the numbers of the same features array, and reads another array afresh", () => {
    const terms = new SharedTerms();
    const table = terms.register(
      new Map([
        ["a", 3],
        ["b", 4],
      ]),
    );
    const features = ["a", "b"];
    const once = Array.from(terms.idsOf(features).subarray(0, 2), (id) => localTerm(table, id));
    expect(Array.from(terms.idsOf(features).subarray(0, 2), (id) => localTerm(table, id))).toEqual(once);
    expect(localTerm(table, terms.idsOf(["b"])[0] as number)).toBe(4);
    expect(Array.from(terms.idsOf(features).subarray(0, 2), (id) => localTerm(table, id))).toEqual([3, 4]);
  });

  it("leaves an example index's evidence as its own lookups give it", () => {
    const examples = [
      { text: "the upstream took too long and the proxy gave up", codes: [504] },
      { text: "the proxy got garbage from the upstream", codes: [502] },
      { text: "user exceeded the rate limit", codes: [429] },
    ];
    const featuresOf = (text: string) => features(words(text));
    const own = new ExampleIndex(examples, featuresOf);
    const shared = new ExampleIndex(examples, featuresOf);
    const terms = new SharedTerms();
    terms.register(new Map([["unrelated", 0]]));
    shared.shareTerms(terms);
    for (const question of ["the proxy gave up on the upstream", "rate limit exceeded", "pizza"]) {
      const asked = featuresOf(question);
      expect([...shared.nearest(asked)]).toEqual([...own.nearest(asked)]);
      expect([...shared.model(asked)]).toEqual([...own.model(asked)]);
    }
  });
});
