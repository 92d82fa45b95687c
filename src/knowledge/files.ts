import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";

/**
 * A data file that cannot be loaded, named down to the file, the entry and the field, in one line:
 * `data/codes/4xx.yaml: code 403: field "related.1": unknown related code 777`.
 */
export class DataError extends Error {
  constructor(
    readonly file: string,
    /** The entry's label: "403", "401 vs 777", "#3 (502, upstream-refused)", "smtp". */
    readonly code: string | undefined,
    readonly field: string | undefined,
    readonly problem: string,
    /** What kind of entry `code` labels: "code", "fact", "source", "protocol", "situation". */
    readonly entryKind = "code",
  ) {
    super(
      `${file}: ${code === undefined ? "" : `${entryKind} ${code}: `}${field ? `field "${field}": ` : ""}${oneLine(problem)}`,
    );
    this.name = "DataError";
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

export interface Located<T> {
  value: T;
  file: string;
}

/** js-yaml, loaded when a file is first parsed (as CommonJS: the loaders are synchronous). */
function parseYaml(source: string, options: { filename: string }): unknown {
  return (createRequire(import.meta.url)("js-yaml") as typeof import("js-yaml")).load(source, options);
}

/**
 * A data file, parsed. `checked` is what its loader's validation made of it last time (see
 * `rememberChecked`), when kept in the cache with the same bytes and the same schemas and loaders:
 * the loader can take it instead of validating `parsed` again.
 */
export function readYaml(dir: string, path: string): { file: string; parsed: unknown; checked?: unknown } {
  const file = relative(join(dir, ".."), path) || path;
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch (error) {
    throw new DataError(file, undefined, undefined, `cannot be read: ${(error as Error).message}`);
  }
  const cache = parsedCache(dir, path, source);
  const cached = cache?.read();
  if (cached !== undefined) {
    if (cache && cached.checked === undefined)
      unchecked.set(path, { cache, parsed: cached.parsed, kept: cached.kept });
    return {
      file,
      parsed: cached.parsed,
      ...(cached.checked === undefined ? {} : { checked: cached.checked }),
    };
  }
  try {
    const parsed = parseYaml(source, { filename: file });
    cache?.write(parsed);
    if (cache) unchecked.set(path, { cache, parsed, kept: [] });
    return { file, parsed };
  } catch (error) {
    // js-yaml's message carries a multi-line snippet; the reason and position fit on one line.
    const { reason, mark } = error as { reason?: string; mark?: { line: number; column: number } };
    const where = mark ? ` (line ${mark.line + 1}, column ${mark.column + 1})` : "";
    throw new DataError(
      file,
      undefined,
      undefined,
      `not valid YAML: ${reason ?? (error as Error).message}${where}`,
    );
  }
}

export function readList(dir: string, path: string): { file: string; items: unknown[]; checked?: unknown } {
  const { file, parsed, checked } = readYaml(dir, path);
  if (!Array.isArray(parsed)) throw new DataError(file, undefined, undefined, "must be a YAML list");
  return { file, items: parsed, ...(checked === undefined ? {} : { checked }) };
}

/**
 * Keeps what the validation of a file read by `readYaml` made of it (zod's output for the file or for
 * each of its items, every one valid), with its cache entry: the next start with the same bytes, the
 * same schemas and the same loaders takes it as `checked` and neither validates nor loads zod.
 * Nothing is kept for a file that is not cached, or a value JSON would not give back exactly.
 */
export function rememberChecked(path: string, value: unknown): void {
  const read = unchecked.get(path);
  if (!read) return;
  unchecked.delete(path);
  read.cache.write(read.parsed, value, read.kept);
}

export function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml") || name.endsWith(".yml"))
    .sort()
    .map((name) => join(dir, name));
}

/** The first schema problem, as the field path and message a DataError needs. */
export function firstIssue(error: z.ZodError): {
  path: (string | number)[];
  field: string | undefined;
  message: string;
} {
  const issue = error.issues[0];
  const path = (issue?.path ?? []).map((part) => (typeof part === "symbol" ? String(part) : part));
  return { path, field: path.map(String).join(".") || undefined, message: issue?.message ?? "invalid" };
}

/*
 * The app's own data files, parsed, are kept between processes as JSON (node_modules/.cache): js-yaml
 * takes most of a fresh process's catalog load (about 100 ms for half a megabyte; JSON.parse, a few).
 * data/ stays the source of truth: an entry is used only when it was written from the very bytes read
 * now (a hash of the file and of the parser's version), and only values that JSON gives back exactly
 * are written (no dates, no infinities, no -0). A file that does not parse is never written, so its
 * error is js-yaml's, as before. Other data directories (the tests' copies) are not cached at all.
 * Writing is best effort: a read-only disk or a missing node_modules only means parsing every time.
 */

const APP_DATA_DIR = resolve(fileURLToPath(new URL("../../data/", import.meta.url)));
const DEFAULT_CACHE_DIR = fileURLToPath(
  new URL("../../node_modules/.cache/status-bot/yaml/", import.meta.url),
);
/** Changes whenever the parser or the way entries are written changes. */
let parserVersion: string | undefined;

function versionOfParser(): string {
  if (parserVersion === undefined) {
    let version = "unknown";
    try {
      const require = createRequire(import.meta.url);
      version = String((require("js-yaml/package.json") as { version?: unknown }).version);
    } catch {
      // Unknown: entries are still checked against the file's bytes.
    }
    parserVersion = `status-bot-yaml-cache 1; js-yaml ${version}`;
  }
  return parserVersion;
}

/**
 * Changes whenever the validation could give other values: zod's version and the source of the
 * schemas and of the loaders that keep validated values (as run: .ts under tsx, .js from dist/).
 */
let checkerVersion: string | undefined;

function versionOfChecker(): string {
  if (checkerVersion === undefined) {
    const hash = createHash("sha256");
    try {
      const require = createRequire(import.meta.url);
      hash.update(String((require("zod/package.json") as { version?: unknown }).version));
      const extension = import.meta.url.endsWith(".ts") ? ".ts" : ".js";
      for (const name of ["schema", "files", "load", "sources", "protocols"])
        hash.update("\0").update(readFileSync(new URL(`./${name}${extension}`, import.meta.url)));
      checkerVersion = hash.digest("hex");
    } catch {
      // Unknown: validated values are neither kept nor used.
      checkerVersion = "";
    }
  }
  return checkerVersion;
}

interface CacheEntry {
  readonly key: string;
  readonly parsed: unknown;
  /**
   * The loader's validated values, each with the version of the validation (versionOfChecker) that
   * made it, newest first: two at most, so that the app (dist/) and the tests and tools (tsx), whose
   * versions differ, each find theirs instead of replacing the other's.
   */
  readonly checked?: readonly Checked[];
}

interface Checked {
  readonly key: string;
  readonly value: unknown;
}

interface ParsedCache {
  /** The parsed file; `checked` when a validated value of this validation is kept, `kept` the others. */
  read(): { parsed: unknown; checked?: unknown; kept: readonly Checked[] } | undefined;
  write(parsed: unknown, checked?: unknown, kept?: readonly Checked[]): void;
}

/** Files read and cached whose validated value is not kept yet, by path (see rememberChecked). */
const unchecked = new Map<string, { cache: ParsedCache; parsed: unknown; kept: readonly Checked[] }>();

function parsedCache(dir: string, path: string, source: string): ParsedCache | undefined {
  if (process.env.STATUS_BOT_CACHE === "off" || resolve(dir) !== APP_DATA_DIR) return undefined;
  const name = relative(APP_DATA_DIR, resolve(path));
  if (name.startsWith("..")) return undefined;
  const key = createHash("sha256").update(versionOfParser()).update("\0").update(source).digest("hex");
  const cacheDir = process.env.STATUS_BOT_CACHE_DIR ?? DEFAULT_CACHE_DIR;
  const entryPath = join(cacheDir, `${name.replace(/[\\/]/g, "__")}.json`);
  return {
    read() {
      try {
        const entry = JSON.parse(readFileSync(entryPath, "utf8")) as CacheEntry;
        if (entry.key !== key) return undefined;
        const checker = versionOfChecker();
        const kept = Array.isArray(entry.checked) ? entry.checked : [];
        const mine = checker ? kept.find((checked) => checked?.key === checker) : undefined;
        return mine ? { parsed: entry.parsed, checked: mine.value, kept } : { parsed: entry.parsed, kept };
      } catch {
        return undefined;
      }
    },
    write(parsed, checked, kept = []) {
      if (!jsonExact(parsed)) return;
      const checker = checked === undefined ? "" : versionOfChecker();
      const other = kept.find((entry) => entry?.key && entry.key !== checker && jsonExact(entry.value));
      const entry: CacheEntry =
        checker && jsonExact(checked)
          ? { key, parsed, checked: [{ key: checker, value: checked }, ...(other ? [other] : [])] }
          : { key, parsed };
      // Written aside, then renamed: processes loading at once (test workers) never read half a file.
      const temporary = `${entryPath}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(temporary, JSON.stringify(entry));
        renameSync(temporary, entryPath);
      } catch {
        // Best effort (see above); a write that failed part-way (a full disk) leaves nothing behind.
        try {
          rmSync(temporary, { force: true });
        } catch {
          // Nothing more to do: the cache is never needed.
        }
      }
    },
  };
}

/** Whether JSON gives `value` back exactly: plain objects, arrays, strings, booleans, null, finite numbers. */
function jsonExact(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value) || !jsonExact(value[i])) return false;
    }
    return true;
  }
  if (typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== "string" || key === "__proto__") return false;
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (!descriptor?.enumerable || !("value" in descriptor) || !jsonExact(descriptor.value)) return false;
  }
  return true;
}
