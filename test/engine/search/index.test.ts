import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../../src/engine/search/index.ts";
import { TUNING } from "../../../src/engine/tuning.ts";
import { getCatalog } from "../../../src/knowledge/load.ts";

const index = new SearchIndex(getCatalog());

describe("the search index", () => {
  it("corrects a misspelt word to a catalog word one edit away, and leaves known forms alone", () => {
    expect(index.correct("reqest")).toBe("request");
    expect(index.correct("gatway")).toBe("gateway");
    expect(index.correct("waited")).toBe("waited");
    expect(index.correct("wiki")).toBe("wiki");
  });

  it("finds the entry whose scenario a question reads like, with the evidence for it", () => {
    const { hits, meaningfulWords } = index.search("username already taken during signup", TUNING);
    expect(hits[0]?.entry.code).toBe(409);
    expect(hits[0]?.scenario).toBeDefined();
    expect(hits[0]?.coverage).toBeGreaterThan(0.5);
    expect(meaningfulWords).toBeGreaterThanOrEqual(3);
  });

  it("scores with the tuning it is given", () => {
    const query = "the proxy timed out waiting for the backend";
    const base = index.search(query, TUNING).hits[0]?.score ?? 0;
    const noScenarios = index.search(query, { ...TUNING, search: { ...TUNING.search, scenario: 0 } });
    expect(noScenarios.hits[0]?.score ?? 0).toBeLessThan(base);
  });

  it("finds nothing in a question without a word it knows", () => {
    expect(index.search("", TUNING).hits).toEqual([]);
    expect(index.search("what is the", TUNING).hits).toEqual([]);
  });
});
