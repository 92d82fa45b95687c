import { describe, expect, it } from "vitest";
import { everyWord, features, foldText, SynonymRewriter, words } from "../../../src/engine/search/text.ts";

describe("search text", () => {
  it("tests every word as words() splits them, stopping at the first that fails", () => {
    const texts = ["", "409??", "HTTP 503 pls", "Don't retry_after 5s, it's fine", "Créé 404"];
    for (const text of texts) {
      const isShort = (word: string) => word.length < 4;
      expect(everyWord(text, isShort), text).toBe(words(text).every(isShort));
    }
    const seen: string[] = [];
    expect(everyWord("a bb ccc dddd", (word) => seen.push(word) < 2)).toBe(false);
    expect(seen).toEqual(["a", "bb"]);
    // Reused after an early stop, the pattern starts again at the beginning.
    expect(everyWord("a b", () => true)).toBe(true);
  });

  it("folds accents, case and backticks", () => {
    expect(foldText("Créé `ID`")).toBe("cree 'id'");
  });

  it("keeps negations as bigrams and drops stop words and numbers", () => {
    expect(features(words("the page was not found after 100 tries"))).toEqual([
      "page",
      "found",
      "not+found",
      "tri",
      "found+tri",
    ]);
    expect(features(words("not found"))).toEqual(["found", "not+found"]);
    expect(features(words("what is the status code"))).toEqual([]);
  });

  it("rewrites synonyms to one term, longest phrase first, with inflections", () => {
    const rewriter = new SynonymRewriter([
      ["rate limit", "throttle", "too many requests"],
      ["log in", "sign in"],
    ]);
    expect(rewriter.rewrite("we throttled them after too many requests")).toBe(
      "we rate_limit_ them after rate_limit_",
    );
    expect(rewriter.rewrite("GET /users/42 before you sign in")).toBe(
      "get_method_ resource_path_ before you log_in_",
    );
  });
});
