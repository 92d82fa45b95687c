import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
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
  try {
    return { file, parsed: parseYaml(source, { filename: file }) };
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
