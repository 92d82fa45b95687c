import { describe, expect, it } from "vitest";
import { cacheLine } from "../../src/cards/describe.ts";
import { loadCatalog } from "../../src/knowledge/load.ts";

const catalog = loadCatalog();
const line = (code: number) => {
  const entry = catalog.registered(code);
  if (!entry) throw new Error(`no ${code}`);
  return cacheLine(entry);
};

describe("the caching line", () => {
  it.each([100, 101, 103, 104, 428, 429, 431, 511])("says %i is never stored", (code) => {
    expect(line(code)).toMatch(/^Never stored: caches must not keep this response/);
  });

  it("says heuristically cacheable codes may be stored without freshness headers", () => {
    expect(line(404)).toMatch(/^Heuristically cacheable/);
  });

  it("says other codes are cached only with explicit freshness", () => {
    expect(line(403)).toMatch(/cached only with explicit Cache-Control or Expires/);
  });
});
