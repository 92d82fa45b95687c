import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load as parse } from "js-yaml";
import { afterAll, describe, expect, it } from "vitest";

// The cache of parsed data files goes to a directory of this test's own.
const cacheDir = mkdtempSync(join(tmpdir(), "status-yaml-cache-"));
process.env.STATUS_BOT_CACHE_DIR = cacheDir;
const { readYaml } = await import("../../src/knowledge/files.ts");
const { DEFAULT_DATA_DIR, loadCatalog } = await import("../../src/knowledge/load.ts");

afterAll(() => {
  delete process.env.STATUS_BOT_CACHE_DIR;
  delete process.env.STATUS_BOT_CACHE;
  rmSync(cacheDir, { recursive: true, force: true });
});

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFiles(path);
      return name.endsWith(".yaml") ? [path] : [];
    });
}

/** Key order matters too (it is the order of the data files): spell it out. */
function withKeyOrder(value: unknown): string {
  return JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.keys(inner).map((key) => [key, (inner as Record<string, unknown>)[key]])
      : inner,
  );
}

describe("the cache of parsed data files", () => {
  const files = yamlFiles(DEFAULT_DATA_DIR);

  it("gives back exactly what js-yaml parses, written and then read", () => {
    for (const pass of ["written", "read"]) {
      for (const path of files) {
        const direct = parse(readFileSync(path, "utf8"));
        const { parsed } = readYaml(DEFAULT_DATA_DIR, path);
        expect(parsed, `${pass}: ${path}`).toStrictEqual(direct);
        expect(withKeyOrder(parsed), `${pass}: ${path}`).toBe(withKeyOrder(direct));
      }
    }
    expect(readdirSync(cacheDir).filter((name) => name.endsWith(".json"))).toHaveLength(files.length);
  });

  it("ignores an entry written from other bytes", () => {
    const [entry] = readdirSync(cacheDir).filter((name) => name === "classes.yaml.json");
    expect(entry).toBeDefined();
    const entryPath = join(cacheDir, entry as string);
    const written = JSON.parse(readFileSync(entryPath, "utf8")) as { key: string };
    writeFileSync(entryPath, JSON.stringify({ key: `other-${written.key}`, parsed: ["stale"] }));
    const classes = join(DEFAULT_DATA_DIR, "classes.yaml");
    expect(readYaml(DEFAULT_DATA_DIR, classes).parsed).toStrictEqual(parse(readFileSync(classes, "utf8")));
    writeFileSync(entryPath, "{ not json");
    expect(readYaml(DEFAULT_DATA_DIR, classes).parsed).toStrictEqual(parse(readFileSync(classes, "utf8")));
  });

  it("keeps each file's validated values, and a catalog loaded from them is the same as one validated afresh", () => {
    /** The catalog as data (its lookups are functions of these; patterns by their source). */
    const asData = () => {
      const catalog = loadCatalog(DEFAULT_DATA_DIR);
      const { entries, comparisons, classes, vocabulary, situations, sources, facts } = catalog;
      const protocols = catalog.protocols.map((protocol) => ({
        ...protocol,
        patterns: protocol.patterns.map(String),
      }));
      return withKeyOrder({
        entries,
        comparisons,
        classes,
        vocabulary,
        situations,
        sources,
        facts,
        protocols,
      });
    };
    process.env.STATUS_BOT_CACHE = "off";
    const fresh = asData();
    delete process.env.STATUS_BOT_CACHE;
    // The first load validates and keeps the values; the second takes them.
    expect(asData()).toBe(fresh);
    const entries = readdirSync(cacheDir).filter((name) => name.endsWith(".json"));
    for (const name of entries) {
      const entry = JSON.parse(readFileSync(join(cacheDir, name), "utf8")) as { checked?: { key: string }[] };
      expect(
        entry.checked?.map(({ key }) => key),
        name,
      ).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);
    }
    expect(asData()).toBe(fresh);

    // Values kept by another validation (other schemas or loaders, or the same loaders compiled: tsx
    // and dist/ differ) are not used: validated afresh and kept first, the other's kept after it.
    const vocabulary = join(cacheDir, "vocabulary.yaml.json");
    const entry = JSON.parse(readFileSync(vocabulary, "utf8")) as {
      checked: { key: string; value: unknown }[];
    };
    const [own] = entry.checked;
    const other = { key: `other-${own?.key}`, value: { synonyms: [["x", "y"]] } };
    writeFileSync(vocabulary, JSON.stringify({ ...entry, checked: [other] }));
    expect(asData()).toBe(fresh);
    expect(JSON.parse(readFileSync(vocabulary, "utf8"))).toStrictEqual({ ...entry, checked: [own, other] });
    // Read again, both stay as they are; a third validation replaces the older of the two.
    expect(asData()).toBe(fresh);
    expect(JSON.parse(readFileSync(vocabulary, "utf8"))).toStrictEqual({ ...entry, checked: [own, other] });
    const third = { key: `third-${own?.key}`, value: { synonyms: [] } };
    writeFileSync(vocabulary, JSON.stringify({ ...entry, checked: [third, other] }));
    expect(asData()).toBe(fresh);
    expect(JSON.parse(readFileSync(vocabulary, "utf8"))).toStrictEqual({ ...entry, checked: [own, third] });
  });
});
