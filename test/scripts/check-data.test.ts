import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR } from "../../src/knowledge/load.ts";

const script = fileURLToPath(new URL("../../scripts/check-data.ts", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "status-check-data-"));
const data = join(root, "data");
cpSync(DEFAULT_DATA_DIR, data, { recursive: true });

afterAll(() => rmSync(root, { recursive: true, force: true }));

function checkData(...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", script, ...args], { encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npx tsx scripts/check-data.ts", () => {
  it("reports what it loaded from a good data folder", () => {
    const run = checkData(data);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ok: \d+ entries, \d+ comparisons, 5 classes, \d+ sources with \d+ facts/);
    expect(run.stderr).toBe("");
  });

  it("prints one clean line naming file, entry and field, and exits 1, for a bad file", () => {
    const path = join(data, "sources", "server", "haproxy.yaml");
    writeFileSync(path, readFileSync(path, "utf8").replace("situation: upstream-timeout", "situation: slow"));
    const run = checkData(join(data, "sources", "server", "haproxy.yaml"));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toEqual([
      'data/sources/server/haproxy.yaml: fact #1 (504, slow): field "situation": unknown situation "slow" (see situations.yaml, or use "other")',
    ]);
  });

  it("keeps a YAML syntax error to one line too", () => {
    writeFileSync(join(data, "classes.yaml"), "- class: [1\n");
    const run = checkData(data);
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/^data\/classes\.yaml: not valid YAML: .*\(line \d+, column \d+\)/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
