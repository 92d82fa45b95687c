import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

/**
 * vitest's globalSetup for the `integration` project: the app compiled once per run, as `npm run
 * build` does (tsc -p tsconfig.build.json, then scripts/bundle-kysely.mjs), into a temporary folder that is laid out like the Docker
 * image: dist/ beside data/ and node_modules/ (links to this checkout's) and a package.json that
 * makes the .js files ES modules. The files that run the built app (the Docker runtime stage,
 * signals, replicas) use this one build instead of compiling their own or running the sources
 * through tsx.
 *
 * The compile is started here and not awaited, so that the tests that do not need it start at once;
 * those that do wait for it with `builtApp()` (test/support/built-app.ts), which reads the marker
 * file written when tsc exits.
 */

declare module "vitest" {
  export interface ProvidedContext {
    /** The folder holding dist/, data/, node_modules/ and package.json (see test/support/app-build.ts). */
    appBuild: string;
  }
}

/** Written in the build folder when the build has ended: `built` on success, `failed` with its output. */
export const BUILT = "built";
export const FAILED = "failed";

const root = new URL("../..", import.meta.url).pathname;

/** What the Dockerfile runs after its build: the engine built once from dist/, its caches written. */
const WARM_UP =
  "const { getCatalog } = await import('./dist/knowledge/load.js'); const { engineFor } = await import('./dist/engine/answer.js'); engineFor(getCatalog());";

export default function setup(project: TestProject): () => Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "status-bot-build-"));
  symlinkSync(join(root, "data"), join(folder, "data"));
  symlinkSync(join(root, "node_modules"), join(folder, "node_modules"));
  writeFileSync(join(folder, "package.json"), JSON.stringify({ type: "module" }));
  let output = "";
  const tsc: ChildProcess = spawn(
    process.execPath,
    [
      join(root, "node_modules/typescript/bin/tsc"),
      "-p",
      join(root, "tsconfig.build.json"),
      "--outDir",
      join(folder, "dist"),
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let bundle: ChildProcess | undefined;
  let warm: ChildProcess | undefined;
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  tsc.stdout?.on("data", collect);
  tsc.stderr?.on("data", collect);
  const exited = new Promise<void>((resolve) => {
    tsc.on("error", (error) => {
      writeFileSync(join(folder, FAILED), `tsc could not be started: ${error}`);
      resolve();
    });
    tsc.on("exit", (code, signal) => {
      if (code !== 0) {
        writeFileSync(join(folder, FAILED), `tsc exited with ${code ?? signal}:\n${output}`);
        resolve();
        return;
      }
      // The rest of `npm run build`: Kysely in one file (see the script).
      bundle = spawn(process.execPath, [join(root, "scripts/bundle-kysely.mjs"), join(folder, "dist")], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      bundle.stdout?.on("data", collect);
      bundle.stderr?.on("data", collect);
      bundle.on("error", (error) => {
        writeFileSync(join(folder, FAILED), `scripts/bundle-kysely.mjs could not be started: ${error}`);
        resolve();
      });
      bundle.on("exit", (bundled, bundleSignal) => {
        if (bundled !== 0) {
          writeFileSync(
            join(folder, FAILED),
            `scripts/bundle-kysely.mjs exited with ${bundled ?? bundleSignal}:\n${output}`,
          );
          resolve();
          return;
        }
        // As the Dockerfile's build does: the built engine is loaded once, which writes the caches
        // of parsed data and built indexes (node_modules/.cache, linked here) that every later start
        // reads back. Without it, the apps the tests start at the same moment would each build them.
        warm = spawn(process.execPath, ["--input-type=module", "-e", WARM_UP], {
          cwd: folder,
          stdio: ["ignore", "pipe", "pipe"],
        });
        warm.stdout?.on("data", collect);
        warm.stderr?.on("data", collect);
        warm.on("error", (error) => {
          writeFileSync(join(folder, FAILED), `the built engine could not be loaded: ${error}`);
          resolve();
        });
        warm.on("exit", (loaded, loadSignal) => {
          if (loaded === 0) writeFileSync(join(folder, BUILT), "");
          else
            writeFileSync(
              join(folder, FAILED),
              `loading the built engine exited with ${loaded ?? loadSignal}:\n${output}`,
            );
          resolve();
        });
      });
    });
  });
  project.provide("appBuild", folder);
  return async () => {
    if (tsc.exitCode === null && tsc.signalCode === null) tsc.kill("SIGKILL");
    if (bundle && bundle.exitCode === null && bundle.signalCode === null) bundle.kill("SIGKILL");
    if (warm && warm.exitCode === null && warm.signalCode === null) warm.kill("SIGKILL");
    await exited;
    rmSync(folder, { recursive: true, force: true });
  };
}

/** The build's state: undefined while tsc runs, else whether it succeeded and tsc's output. */
export function buildState(folder: string): { ok: boolean; output: string } | undefined {
  if (existsSync(join(folder, BUILT))) return { ok: true, output: "" };
  if (existsSync(join(folder, FAILED)))
    return { ok: false, output: readFileSync(join(folder, FAILED), "utf8") };
  return undefined;
}
