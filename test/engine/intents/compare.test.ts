import { describe, expect, it } from "vitest";
import { compare } from "../../../src/engine/intents/compare.ts";
import { engine, question } from "./ask.ts";

function pair(query: string): number[] | undefined {
  return compare(question(query), engine)?.codes.map((c) => c.code);
}

describe("comparisons", () => {
  it("compares codes by number, by name or both", () => {
    expect(pair("401 vs 403")).toEqual([401, 403]);
    expect(pair("difference between 301 and 308")).toEqual([301, 308]);
    expect(pair("forbidden vs unauthorized")).toEqual([403, 401]);
    expect(pair("401 or forbidden")).toEqual([401, 403]);
    expect(pair("difference between not found and gone")).toEqual([404, 410]);
  });

  it("compares two codes set against each other in the other languages people ask in", () => {
    const long = (text: string) => `${text} the swagger lists both and QA does not know which one to test`;
    expect(
      pair(
        long("merhaba, 400 ile 404 arasindaki fark ne? path parametresi yanlis formatta oldugunda."),
      )?.sort(),
    ).toEqual([400, 404]);
    expect(
      pair(long("oi pessoal, qual a diferença entre 404 e 410 para produtos removidos do catálogo?"))?.sort(),
    ).toEqual([404, 410]);
  });

  it("compares by topic", () => {
    expect(pair("difference between authentication and authorization errors")?.sort()).toEqual([401, 403]);
  });

  it("says whether the comparison is curated", () => {
    expect(compare(question("401 vs 403"), engine)?.comparison?.curated).toBe(true);
    expect(compare(question("418 vs 226"), engine)?.comparison?.curated).toBe(false);
  });

  it("leaves other questions to the next intent", () => {
    for (const query of ["403", "forbidden", "the upstream or the proxy timed out"]) {
      expect(compare(question(query), engine), query).toBeUndefined();
    }
  });
});
