import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/knowledge/load.ts";
import { normalizeName } from "../../src/knowledge/names.ts";
import { inventory, seedScenarios } from "../support/fixtures.ts";

const catalog = loadCatalog();
const rows = inventory();
const registeredRows = rows.filter((row) => row.registered === "yes");
const unofficialRows = rows.filter((row) => row.registered === "no");

describe("registered codes", () => {
  it("holds every one of the 64 IANA-registered codes, and no other registered code", () => {
    const expected = new Set(registeredRows.map((row) => Number(row.code)));
    expect(expected.size).toBe(64);
    const actual = new Set(catalog.entries.filter((e) => e.registered).map((e) => e.code));
    expect([...actual].sort()).toEqual([...expected].sort());
  });

  it.each(registeredRows.map((row) => [row.code, row] as const))(
    "%s has the registry's phrase, class and spec",
    (code, row) => {
      const entry = catalog.registered(Number(code));
      expect(entry).toBeDefined();
      if (!entry) return;
      expect(entry.registry_phrase ?? entry.phrase).toBe(row.official_phrase);
      expect(`${entry.class}xx`).toBe(row.class);
      const source = row.source.match(/^(RFC \d+) §([\d.]+)/);
      if (source) {
        expect(entry.spec.document).toBe(source[1]);
        expect(entry.spec.section).toBe(source[2]);
        const rfc = (source[1] ?? "").replace("RFC ", "rfc");
        expect(entry.spec.url).toBe(`https://www.rfc-editor.org/rfc/${rfc}#section-${source[2]}`);
      } else {
        expect(entry.spec.document).toMatch(/draft-ietf/);
      }
    },
  );

  it.each(registeredRows.filter((row) => row.former_phrases !== "-").map((row) => [row.code, row] as const))(
    "%s can be found by each of its former names",
    (code, row) => {
      for (const former of row.former_phrases.replace(/\([^)]*\)/g, "").split(";")) {
        const name = former.trim();
        expect(
          catalog.byName(name).map((e) => e.code),
          name,
        ).toContain(Number(code));
      }
    },
  );

  it("uses the current RFC 9110 names and still knows the old ones", () => {
    expect(catalog.registered(413)?.phrase).toBe("Content Too Large");
    expect(catalog.registered(422)?.phrase).toBe("Unprocessable Content");
    expect(catalog.registered(416)?.phrase).toBe("Range Not Satisfiable");
    for (const [name, code] of [
      ["Payload Too Large", 413],
      ["request entity too large", 413],
      ["UNPROCESSABLE ENTITY", 422],
      ["Requested Range Not Satisfiable", 416],
      ["Request-URI Too Long", 414],
      ["moved temporarily", 302],
      ["Request Time-out", 408],
    ] as const) {
      expect(catalog.byName(name)[0]?.code, name).toBe(code);
    }
  });

  it("marks each code's standing as the registry does", () => {
    const status = (code: number) => catalog.registered(code)?.status;
    expect(status(102)).toBe("deprecated");
    expect(status(104)).toBe("temporary");
    expect(status(305)).toBe("deprecated");
    expect(status(306)).toBe("reserved");
    expect(status(418)).toBe("reserved");
    expect(status(510)).toBe("obsoleted");
    expect(status(404)).toBe("standard");
  });

  it("shows 418 as I'm a teapot, reserved by RFC 9110 §15.5.19, with its RFC 2324 story", () => {
    const teapot = catalog.registered(418);
    expect(teapot?.phrase).toBe("I'm a teapot");
    expect(teapot?.spec.section).toBe("15.5.19");
    expect(JSON.stringify(teapot)).toMatch(/RFC 2324/);
    expect(catalog.byName("teapot")[0]?.code).toBe(418);
  });

  it("marks exactly RFC 9110 §15.1's heuristically cacheable codes, plus 451 (RFC 7725)", () => {
    const cacheable = catalog.entries.filter((e) => e.caching === "heuristic").map((e) => e.code);
    expect(cacheable).toEqual([200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501]);
    const fromRegistry = registeredRows
      .filter((row) => row.heuristically_cacheable === "yes")
      .map((r) => Number(r.code));
    expect(cacheable).toEqual(fromRegistry.sort((a, b) => a - b));
  });

  it("marks 1xx (RFC 9111 §3) and 428, 429, 431, 511 (RFC 6585) as never stored, and nothing else", () => {
    const never = catalog.entries.filter((e) => e.caching === "never").map((e) => e.id);
    expect(never).toEqual([
      "100",
      "101",
      "102",
      "103",
      "103-resumable-requests-proposal",
      "104",
      "428",
      "429",
      "431",
      "511",
    ]);
    for (const entry of catalog.entries.filter((e) => e.class === 1))
      expect(entry.caching, entry.id).toBe("never");
  });

  it("gives every code advice: when to use, when not and what instead, retry guidance, scenarios", () => {
    for (const entry of catalog.entries) {
      expect(entry.use_when.length, entry.id).toBeGreaterThan(0);
      expect(entry.avoid_when.length, entry.id).toBeGreaterThan(0);
      expect(entry.retry.advice.length, entry.id).toBeGreaterThan(10);
      expect(entry.scenarios.length, entry.id).toBeGreaterThan(0);
    }
  });

  it("names the MUST headers the RFCs require", () => {
    const must = (code: number) =>
      catalog
        .registered(code)
        ?.headers.filter((h) => h.requirement === "MUST")
        .map((h) => h.name);
    expect(must(401)).toContain("WWW-Authenticate");
    expect(must(405)).toContain("Allow");
    expect(must(407)).toContain("Proxy-Authenticate");
    expect(must(101)).toContain("Upgrade");
    expect(must(426)).toContain("Upgrade");
  });
});

describe("unofficial codes", () => {
  it.each(unofficialRows.map((row) => [row.code, row.official_phrase, row] as const))(
    "%s %s is present, labelled with its origin",
    (code, phrase, row) => {
      const entries = catalog.byCode(Number(code)).filter((e) => !e.registered);
      // Rows without a real phrase ("(none - not a valid status)") are matched by their origin instead.
      const wanted =
        phrase.startsWith("(") && !phrase.startsWith("(no phrase)")
          ? ""
          : normalizeName(phrase.replace(/^\(no phrase\)\s*/, ""));
      const names = (e: (typeof entries)[number]) =>
        [e.phrase, ...e.former_names.map((f) => f.name), ...e.aliases].map(normalizeName);
      const entry = wanted
        ? entries.find((e) => names(e).some((n) => n === wanted || n.includes(wanted) || wanted.includes(n)))
        : entries.find((e) =>
            normalizeName(row.source).includes(normalizeName(e.origin ?? "").split(" ")[0] ?? "?"),
          );
      expect(entry, `${code} ${phrase} (${row.source})`).toBeDefined();
      expect(entry?.status).toBe("unofficial");
      expect(entry?.origin?.length).toBeGreaterThan(1);
    },
  );

  it("says when one number means different things to different vendors or clashes with the registry", () => {
    for (const code of [420, 430, 499, 530, 451, 508, 103]) {
      for (const entry of catalog.byCode(code).filter((e) => !e.registered)) {
        expect(entry.sharesNumberWith.length, entry.id).toBeGreaterThan(0);
      }
    }
    expect(catalog.byCode(451)[0]?.registered).toBe(true);
  });
});

describe("comparisons and references", () => {
  const required = [
    [401, 403],
    [400, 422],
    [301, 308],
    [302, 307],
    [403, 404],
    [404, 410],
    [500, 503],
    [502, 504],
    [502, 503],
    [200, 204],
    [201, 202],
    [303, 307],
    [307, 308],
    [301, 302],
    [409, 412],
    [409, 422],
    [429, 503],
    [405, 501],
    [406, 415],
    [408, 504],
    [413, 431],
    [401, 407],
    [500, 502],
    [304, 200],
    [410, 301],
  ] as const;

  it.each(required.map(([a, b]) => [a, b]))("compares %i and %i, in either order", (a, b) => {
    expect(catalog.comparison(a, b)).toBeDefined();
    expect(catalog.comparison(b, a)).toBe(catalog.comparison(a, b));
  });

  it("has at least 25 comparisons, each pair once", () => {
    expect(catalog.comparisons.length).toBeGreaterThanOrEqual(25);
    const keys = catalog.comparisons.map((c) => [...c.codes].sort().join("-"));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("only refers to codes that exist", () => {
    const numbers = new Set(catalog.entries.map((e) => e.code));
    for (const entry of catalog.entries) {
      for (const code of entry.related) expect(numbers.has(code), `${entry.id} related ${code}`).toBe(true);
      for (const a of entry.avoid_when)
        if (a.use !== undefined) expect(numbers.has(a.use), `${entry.id} -> ${a.use}`).toBe(true);
    }
    for (const comparison of catalog.comparisons) {
      for (const code of comparison.codes) expect(numbers.has(code), comparison.id).toBe(true);
    }
  });
});

describe("classes and the seed guide", () => {
  it("describes the five classes with the seed guide's advice", () => {
    expect(catalog.classes.map((c) => c.class)).toEqual([1, 2, 3, 4, 5]);
    expect(catalog.classInfo(3)?.advice.join(" ")).toMatch(/Location header/);
    expect(catalog.classInfo(4)?.advice.join(" ")).toMatch(/body explaining what went wrong/);
    expect(catalog.classInfo(5)?.advice.join(" ")).toMatch(/retry 503 and 504/);
  });

  it("lists codes by class", () => {
    expect(catalog.byClass(2).map((e) => e.code)).toEqual([200, 201, 202, 203, 204, 205, 206, 207, 208, 226]);
    expect(catalog.byClass(5, { includeUnofficial: true }).some((e) => e.origin === "Cloudflare")).toBe(true);
  });

  it.each(seedScenarios())("represents the seed scenario %s -> %i", (scenario, code) => {
    const holders = catalog.entries.filter((e) =>
      e.scenarios.some((s) => normalizeName(s) === normalizeName(scenario)),
    );
    expect(holders.map((e) => e.code)).toEqual([code]);
  });

  it("finds all ten rows of the seed table", () => {
    expect(seedScenarios()).toHaveLength(10);
  });
});
