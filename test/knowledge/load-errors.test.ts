import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load as parse, dump as stringify } from "js-yaml";
import { afterEach, describe, expect, it } from "vitest";
import { DataError, DEFAULT_DATA_DIR, loadCatalog } from "../../src/knowledge/load.ts";

type Item = Record<string, unknown>;
const dirs: string[] = [];

/** A copy of data/ with one file changed by `edit`. */
function dataWith(file: string, edit: (items: Item[]) => unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "status-data-"));
  dirs.push(dir);
  const data = join(dir, "data");
  cpSync(DEFAULT_DATA_DIR, data, { recursive: true });
  const path = join(data, file);
  const items = parse(readFileSync(path, "utf8")) as Item[];
  const edited = edit(items);
  writeFileSync(path, stringify(Array.isArray(edited) ? edited : items));
  return data;
}

function errorOf(dir: string): DataError {
  try {
    loadCatalog(dir);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error("loading succeeded but should have failed");
}

const byCode = (items: Item[], code: number) => items.find((item) => item.code === code) as Item;

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("loading bad data names the file, the code and the field", () => {
  it("loads the real data", () => {
    expect(() => loadCatalog()).not.toThrow();
  });

  it("rejects an unknown related code", () => {
    const error = errorOf(
      dataWith("codes/4xx.yaml", (items) => {
        byCode(items, 403).related = [401, 777];
      }),
    );
    expect(error.message).toBe('data/codes/4xx.yaml: code 403: field "related.1": unknown related code 777');
  });

  it("rejects a comparison of a code that does not exist", () => {
    const error = errorOf(
      dataWith("comparisons.yaml", (items) => {
        (items[0] as Item).codes = [401, 777];
      }),
    );
    expect(error.file).toBe("data/comparisons.yaml");
    expect(error.code).toBe("401 vs 777");
    expect(error.field).toBe("codes");
    expect(error.message).toMatch(/777, which does not exist/);
  });

  it("rejects a duplicate pair, even in the other order", () => {
    const error = errorOf(
      dataWith("comparisons.yaml", (items) => [...items, { ...(items[0] as Item), codes: [403, 401] }]),
    );
    expect(error.message).toMatch(/^data\/comparisons\.yaml: code 403 vs 401: field "codes": duplicate pair/);
  });

  it("rejects a class that does not match the number", () => {
    const error = errorOf(dataWith("codes/5xx.yaml", (items) => (byCode(items, 503).class = 4)));
    expect(error.message).toBe(
      'data/codes/5xx.yaml: code 503: field "class": is 4 but 503 belongs to class 5',
    );
  });

  it("rejects missing advice", () => {
    const error = errorOf(
      dataWith("codes/2xx.yaml", (items) => {
        delete byCode(items, 201).use_when;
      }),
    );
    expect(error.file).toBe("data/codes/2xx.yaml");
    expect(error.code).toBe("201");
    expect(error.field).toBe("use_when");
  });

  it("rejects empty 'when not to use' advice", () => {
    const error = errorOf(
      dataWith("codes/3xx.yaml", (items) => {
        byCode(items, 308).avoid_when = [];
      }),
    );
    expect(error.message).toMatch(/^data\/codes\/3xx\.yaml: code 308: field "avoid_when": /);
  });

  it("rejects an unofficial code without an origin", () => {
    const error = errorOf(
      dataWith("unofficial.yaml", (items) => {
        delete (items.find((item) => item.code === 444) as Item).origin;
      }),
    );
    expect(error.message).toMatch(
      /^data\/unofficial\.yaml: code 444: field "origin": .*must name its origin/,
    );
  });

  it("rejects a code defined twice", () => {
    const error = errorOf(dataWith("codes/4xx.yaml", (items) => [...items, byCode(items, 404)]));
    expect(error.message).toMatch(/^data\/codes\/4xx\.yaml: code 404: defined twice/);
  });

  it("rejects an unknown retry kind, naming the nested field", () => {
    const error = errorOf(
      dataWith("codes/4xx.yaml", (items) => ((byCode(items, 429).retry as Item).kind = "sometimes")),
    );
    expect(error.message).toMatch(/^data\/codes\/4xx\.yaml: code 429: field "retry\.kind": /);
  });

  it("rejects an unofficial code placed among the registered ones", () => {
    const error = errorOf(
      dataWith("codes/4xx.yaml", (items) => {
        byCode(items, 418).status = "unofficial";
        byCode(items, 418).origin = "x";
      }),
    );
    expect(error.message).toMatch(
      /^data\/codes\/4xx\.yaml: code 418: field "status": unofficial codes belong in unofficial\.yaml/,
    );
  });

  it("rejects a file that is not valid YAML", () => {
    const dir = dataWith("classes.yaml", (items) => items);
    writeFileSync(join(dir, "classes.yaml"), "- class: [1\n");
    expect(errorOf(dir).message).toMatch(/^data\/classes\.yaml: not valid YAML/);
  });
});
