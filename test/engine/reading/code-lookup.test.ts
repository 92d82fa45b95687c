import { describe, expect, it } from "vitest";
import { codeLookup } from "../../../src/engine/reading/code-lookup.ts";
import { statusCodeFromUrl } from "../../../src/engine/reading/links.ts";
import { codesToExplain } from "../../../src/engine/reading/reader.ts";
import { getCatalog } from "../../../src/knowledge/load.ts";
import { fakeCodes } from "../../support/codes.ts";

describe("codeLookup", () => {
  it("knows codes, names (current, former, aliases) and RFC sections", () => {
    const codes = fakeCodes();
    expect(codes.isKnown(404)).toBe(true);
    expect(codes.isKnown(460)).toBe(false);
    expect(codes.names(413)).toEqual(expect.arrayContaining(["content too large", "payload too large"]));
    expect(codes.names(418)).toEqual(expect.arrayContaining(["im a teapot", "teapot"]));
    expect(codes.codeForSection("9110", "15.5.5")).toBe(404);
    expect(codes.codeForSection("6585", "4")).toBe(429);
    expect(codes.codeForSection("9110", "15.5")).toBeUndefined();
  });
});

describe("with the real catalog", () => {
  const codes = codeLookup(getCatalog());

  it("maps RFC 9110 status sections to their codes", () => {
    for (const entry of getCatalog().entries) {
      if (!entry.registered || !entry.spec.section || !entry.spec.url?.includes("rfc9110")) continue;
      const url = `https://www.rfc-editor.org/rfc/rfc9110#section-${entry.spec.section}`;
      expect(statusCodeFromUrl(url, codes), url).toBe(entry.code);
    }
  });

  it("recognises every registered code by its phrase", () => {
    for (const entry of getCatalog().entries) {
      if (!entry.registered) continue;
      expect(codesToExplain(`we got ${entry.code} ${entry.phrase} again`, codes), entry.phrase).toContain(
        entry.code,
      );
    }
  });
});
