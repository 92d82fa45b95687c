import { describe, expect, it } from "vitest";
import { features, foldText, SynonymRewriter, words } from "../../../src/engine/search/text.ts";

describe("search text", () => {
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
