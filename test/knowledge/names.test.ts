import { describe, expect, it } from "vitest";
import { normalizeName } from "../../src/knowledge/names.ts";

/** What normalizeName did before its one-pass ASCII path, for comparing the two. */
function byReplacing(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

describe("normalizeName", () => {
  it("folds case, apostrophes and punctuation", () => {
    expect(normalizeName("I'm a Teapot")).toBe("im a teapot");
    expect(normalizeName("  Request-URI too long!! ")).toBe("request uri too long");
    expect(normalizeName("Café `crème`")).toBe("cafe creme");
    expect(normalizeName("--")).toBe("");
  });

  it("folds ASCII in one pass exactly as the chain of replaces did", () => {
    const alphabet = "aZ09 '`-_.!\t\n/()?,xQ";
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let n = 0; n < 2000; n++) {
      let name = "";
      for (let i = next() % 40; i > 0; i--) name += alphabet[next() % alphabet.length];
      expect(normalizeName(name), JSON.stringify(name)).toBe(byReplacing(name));
    }
    // Longer than the scratch space it starts with.
    const long = "Gateway-Timeout, upstream (nginx) ".repeat(20);
    expect(normalizeName(long)).toBe(byReplacing(long));
  });
});
