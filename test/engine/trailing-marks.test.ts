import { describe, expect, it } from "vitest";
import { withoutTrailingMarks } from "../../src/engine/answer.ts";

describe("withoutTrailingMarks", () => {
  it("cuts what /[!.\\s]+$/ cuts, and nothing else", () => {
    const texts = [
      "",
      "!!!",
      "what is 404?",
      "what is 404?!. ",
      "teapot!!",
      "done.\n\t ",
      "a . b .",
      "tabs\u00a0\u2003",
      "no marks",
      "ends with ?",
      " .!",
      "emoji 🙂!",
    ];
    for (const text of texts)
      expect(withoutTrailingMarks(text), JSON.stringify(text)).toBe(text.replace(/[!.\s]+$/, ""));
  });

  it("agrees on random texts of marks, spaces and letters", () => {
    const alphabet = ["!", ".", " ", "\t", "\n", "\u00a0", "\u3000", "a", "?", "\ufeff", "\u200b"];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let n = 0; n < 2000; n++) {
      let text = "";
      for (let k = next() % 12; k > 0; k--) text += alphabet[next() % alphabet.length];
      expect(withoutTrailingMarks(text), JSON.stringify(text)).toBe(text.replace(/[!.\s]+$/, ""));
    }
  });
});
