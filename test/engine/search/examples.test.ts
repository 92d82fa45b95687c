import { describe, expect, it } from "vitest";
import { ExampleIndex } from "../../../src/engine/search/examples.ts";
import { features, words } from "../../../src/engine/search/text.ts";

const featuresOf = (text: string) => features(words(text));

describe("the nearest training questions", () => {
  const index = new ExampleIndex(
    [
      { text: "the upstream took too long and the proxy gave up", codes: [504] },
      { text: "the proxy got garbage from the upstream", codes: [502] },
      { text: "user exceeded the rate limit", codes: [429] },
      { text: "email already registered at signup", codes: [409, 422] },
    ],
    featuresOf,
  );

  it("finds the closest example and the codes it is labelled with", () => {
    const near = index.nearest(featuresOf("our proxy gave up because the upstream took too long"));
    expect(near.get(504)?.best).toBeGreaterThan(near.get(502)?.best ?? 0);
    expect(near.get(504)?.votes).toBeGreaterThan(0.5);
    expect(near.has(429)).toBe(false);
  });

  it("splits an example's vote between its codes", () => {
    const near = index.nearest(featuresOf("email already registered"));
    expect(near.get(409)?.votes).toBeCloseTo(near.get(422)?.votes ?? 0);
  });

  it("finds nothing for words no example has, or without examples", () => {
    expect(index.nearest(featuresOf("pizza recipe")).size).toBe(0);
    expect(new ExampleIndex([], featuresOf).nearest(featuresOf("rate limit")).size).toBe(0);
  });
});
