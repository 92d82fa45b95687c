import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { endianness } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Catalog } from "../../knowledge/catalog.ts";
import { type Example, ExampleIndex, type ExampleIndexData } from "./examples.ts";
import { SearchIndex, type SearchIndexData } from "./index.ts";

/*
 * The search indexes (the catalog's SearchIndex, and the ExampleIndex of the training questions and of
 * the sources' facts) take most of a fresh process's engine build, a few hundred milliseconds of
 * reading features and filling maps. Built once, they are kept between processes in one file beside
 * the parsed data files (node_modules/.cache/status-bot/index/, or STATUS_BOT_CACHE_DIR;
 * STATUS_BOT_CACHE=off turns it off), and the next process reads them back instead of building.
 *
 * The file is used only when it was written from the very same input: its key is a hash of what the
 * indexes are built from (the catalog's entries and vocabulary, the examples and facts) and of the
 * code that builds them (this folder's index, examples and text modules, this one, the stemmer, and
 * Node's version, whose Unicode tables fold the words). The body carries its own hash, and the
 * indexes check that its lists fit together and fit the catalog; anything wrong, and the indexes are
 * built as before (and the file written again). Writing is best effort: a read-only disk or a missing
 * node_modules only means building every time.
 */

/** Changes whenever the file's layout changes. */
const FORMAT = "status-bot-index-cache 1";
/** The code as run: .ts under tsx (tests, benchmarks), .js from dist/ (the app); each has a file of its own. */
const EXTENSION = import.meta.url.endsWith(".ts") ? ".ts" : ".js";
const FILE_NAME = `search-indexes${EXTENSION}.bin`;
const DEFAULT_CACHE_DIR = fileURLToPath(
  new URL("../../../node_modules/.cache/status-bot/index/", import.meta.url),
);

export interface SearchIndexes {
  readonly index: SearchIndex;
  readonly examples: ExampleIndex;
  readonly facts: ExampleIndex;
}

/** What happened to the cache, for the tests: read, built and written, or built (not cached). */
export type CacheOutcome = "read" | "written" | "built";

let lastOutcome: CacheOutcome | undefined;

/** How the last `searchIndexes()` call got its indexes. */
export function lastIndexCacheOutcome(): CacheOutcome | undefined {
  return lastOutcome;
}

/** The catalog's search index and the example indexes of `examples` and `facts`: read back when cached, else built. */
export function searchIndexes(
  catalog: Catalog,
  examples: readonly Example[],
  facts: readonly Example[],
): SearchIndexes {
  const path = cachePath();
  const key = path === undefined ? undefined : keyOf(catalog, examples, facts);
  if (path !== undefined && key !== undefined) {
    const restored = read(path, key, catalog, examples, facts);
    if (restored) {
      lastOutcome = "read";
      return restored;
    }
  }
  const index = new SearchIndex(catalog);
  const featuresOf = (text: string) => index.readFeatures(text);
  const built = {
    index,
    examples: new ExampleIndex(examples, featuresOf),
    facts: new ExampleIndex(facts, featuresOf),
  };
  lastOutcome = path !== undefined && key !== undefined && write(path, key, built) ? "written" : "built";
  return built;
}

function cachePath(): string | undefined {
  if (process.env.STATUS_BOT_CACHE === "off") return undefined;
  return join(process.env.STATUS_BOT_CACHE_DIR ?? DEFAULT_CACHE_DIR, FILE_NAME);
}

/** The source of the code that builds the indexes (as run: .ts under tsx, .js from dist/), or undefined. */
function codeOfBuilders(): string[] | undefined {
  try {
    const own = ["index", "examples", "text", "snapshot"].map((name) =>
      readFileSync(new URL(`./${name}${EXTENSION}`, import.meta.url), "utf8"),
    );
    const stemmer = readFileSync(createRequire(import.meta.url).resolve("stemmer"), "utf8");
    return [...own, stemmer];
  } catch {
    return undefined;
  }
}

function keyOf(
  catalog: Catalog,
  examples: readonly Example[],
  facts: readonly Example[],
): string | undefined {
  const code = codeOfBuilders();
  if (code === undefined) return undefined;
  const hash = createHash("sha256");
  for (const part of [
    FORMAT,
    process.version,
    endianness(),
    ...code,
    JSON.stringify(catalog.entries),
    JSON.stringify(catalog.vocabulary),
    JSON.stringify(examples),
    JSON.stringify(facts),
  ])
    hash.update(part).update("\0");
  return hash.digest("hex");
}

type Section = readonly string[] | Float64Array | Int32Array;

interface Header {
  readonly format: string;
  readonly key: string;
  /** sha256 of the body: every section's bytes, in order. */
  readonly digest: string;
  /** Name, kind ("s" strings joined by NUL, "d" float64, "i" int32), item count, byte length. */
  readonly sections: readonly (readonly [string, "s" | "d" | "i", number, number])[];
}

function write(path: string, key: string, built: SearchIndexes): boolean {
  const sections = new Map<string, Section>();
  const add = (prefix: string, data: object) => {
    for (const [name, value] of Object.entries(data)) sections.set(`${prefix}.${name}`, value as Section);
  };
  add("index", built.index.data());
  add("examples", built.examples.data());
  add("facts", built.facts.data());
  const parts: Buffer[] = [];
  const layout: [string, "s" | "d" | "i", number, number][] = [];
  for (const [name, value] of sections) {
    let bytes: Buffer;
    if (value instanceof Float64Array || value instanceof Int32Array) {
      bytes = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
      layout.push([name, value instanceof Float64Array ? "d" : "i", value.length, bytes.length]);
    } else {
      // NUL separates the strings: a string with one cannot be written.
      if (value.some((text) => text.includes("\0"))) return false;
      bytes = Buffer.from(value.join("\0"), "utf8");
      layout.push([name, "s", value.length, bytes.length]);
    }
    parts.push(bytes);
    // Every section starts at a multiple of 8 bytes.
    const padding = (8 - (bytes.length % 8)) % 8;
    if (padding) parts.push(Buffer.alloc(padding));
  }
  const body = Buffer.concat(parts);
  const header: Header = {
    format: FORMAT,
    key,
    digest: createHash("sha256").update(body).digest("hex"),
    sections: layout,
  };
  const dir = join(path, "..");
  // Written aside, then renamed: processes loading at once (test workers) never read half a file.
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, "utf8"), body]));
    renameSync(temporary, path);
    return true;
  } catch {
    // Best effort (see above); a write that failed part-way (a full disk) leaves nothing behind.
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing more to do: the cache is never needed.
    }
    return false;
  }
}

function read(
  path: string,
  key: string,
  catalog: Catalog,
  examples: readonly Example[],
  facts: readonly Example[],
): SearchIndexes | undefined {
  try {
    const file = readFileSync(path);
    const newline = file.indexOf(10);
    if (newline < 0) return undefined;
    const header = JSON.parse(file.subarray(0, newline).toString("utf8")) as Header;
    if (header.format !== FORMAT || header.key !== key || !Array.isArray(header.sections)) return undefined;
    const body = file.subarray(newline + 1);
    if (createHash("sha256").update(body).digest("hex") !== header.digest) return undefined;
    const sections = new Map<string, Section>();
    let at = 0;
    for (const [name, kind, count, length] of header.sections) {
      if (!(Number.isSafeInteger(length) && length >= 0 && at + length <= body.length)) return undefined;
      const bytes = body.subarray(at, at + length);
      at += length + ((8 - (length % 8)) % 8);
      let value: Section;
      if (kind === "s") {
        value = count === 0 && length === 0 ? [] : bytes.toString("utf8").split("\0");
      } else if (kind === "d" || kind === "i") {
        // Copied into a buffer of its own: aligned whatever the file buffer's offset.
        const copy = new Uint8Array(length);
        copy.set(bytes);
        value = kind === "d" ? new Float64Array(copy.buffer) : new Int32Array(copy.buffer);
      } else return undefined;
      if (value.length !== count) return undefined;
      sections.set(name, value);
    }
    const take = <T>(prefix: string): T =>
      Object.fromEntries(
        [...sections]
          .filter(([name]) => name.startsWith(`${prefix}.`))
          .map(([name, value]) => [name.slice(prefix.length + 1), value]),
      ) as T;
    const index = new SearchIndex(catalog, take<SearchIndexData>("index"));
    const featuresOf = (text: string) => index.readFeatures(text);
    return {
      index,
      examples: new ExampleIndex(examples, featuresOf, take<ExampleIndexData>("examples")),
      facts: new ExampleIndex(facts, featuresOf, take<ExampleIndexData>("facts")),
    };
  } catch {
    // Missing, unreadable or not what the indexes expect: built instead.
    return undefined;
  }
}
