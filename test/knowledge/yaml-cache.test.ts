import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load as parse } from "js-yaml";
import { afterAll, describe, expect, it } from "vitest";

// The cache of parsed data files goes to a directory of this test's own.
const cacheDir = mkdtempSync(join(tmpdir(), "status-yaml-cache-"));
process.env.STATUS_BOT_CACHE_DIR = cacheDir;
const { readYaml } = await import("../../src/knowledge/files.ts");
const { DEFAULT_DATA_DIR } = await import("../../src/knowledge/load.ts");

afterAll(() => {
  delete process.env.STATUS_BOT_CACHE_DIR;
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
});
