import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { load as parseYaml } from "js-yaml";
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

export function readYaml(dir: string, path: string): { file: string; parsed: unknown } {
  const file = relative(join(dir, ".."), path) || path;
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch (error) {
    throw new DataError(file, undefined, undefined, `cannot be read: ${(error as Error).message}`);
  }
  const cache = parsedCache(dir, path, source);
  const cached = cache?.read();
  if (cached !== undefined) return { file, parsed: cached };
  try {
    const parsed = parseYaml(source, { filename: file });
    cache?.write(parsed);
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

export function readList(dir: string, path: string): { file: string; items: unknown[] } {
  const { file, parsed } = readYaml(dir, path);
  if (!Array.isArray(parsed)) throw new DataError(file, undefined, undefined, "must be a YAML list");
  return { file, items: parsed };
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

interface CacheEntry {
  readonly key: string;
  readonly parsed: unknown;
}

function parsedCache(
  dir: string,
  path: string,
  source: string,
): { read(): unknown; write(parsed: unknown): void } | undefined {
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
        return entry.key === key ? entry.parsed : undefined;
      } catch {
        return undefined;
      }
    },
    write(parsed) {
      if (!jsonExact(parsed)) return;
      // Written aside, then renamed: processes loading at once (test workers) never read half a file.
      const temporary = `${entryPath}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(temporary, JSON.stringify({ key, parsed } satisfies CacheEntry));
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
