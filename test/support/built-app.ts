import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { buildState } from "./app-build.ts";
import { START_MS, waitFor } from "./load.ts";

/**
 * The run's one build of the app (test/support/app-build.ts), once tsc has finished: the folder
 * holding dist/, data/, node_modules/ and package.json. Throws with tsc's output when the build
 * failed.
 */
export async function builtApp(timeoutMs = 120_000): Promise<string> {
  const folder = inject("appBuild");
  if (!folder)
    throw new Error("no app build: test/support/app-build.ts is the integration project's globalSetup");
  await waitFor(() => buildState(folder) !== undefined, timeoutMs, 50);
  const state = buildState(folder);
  if (!state) throw new Error(`the app was not built within ${timeoutMs} ms`);
  if (!state.ok) throw new Error(`the app did not build:\n${state.output}`);
  return folder;
}

/**
 * A fresh folder to run `node dist/index.js` in, as the image's WORKDIR: dist/ is a link to the
 * run's build (which finds data/ and node_modules/ beside itself), and whatever the app writes
 * (the default SQLite file under var/, say) stays in this folder, apart from other tests'.
 */
export async function appFolder(prefix: string): Promise<string> {
  const build = await builtApp();
  const folder = mkdtempSync(join(tmpdir(), prefix));
  symlinkSync(join(build, "dist"), join(folder, "dist"));
  return folder;
}

/** An app started in a child process, its stdout and stderr collected as they come. */
export interface AppProcess {
  readonly child: ChildProcess;
  /** Everything it has written so far, stdout and stderr interleaved. */
  readonly output: () => string;
  /** Its exit code (null when a signal ended it). */
  readonly exited: Promise<number | null>;
}

/** Runs `node ARGS` in `cwd` with exactly `env` (no variable of this process leaks in). */
export function spawnApp(args: readonly string[], cwd: string, env: Record<string, string>): AppProcess {
  let output = "";
  const child = spawn(process.execPath, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** The port an app in HTTP mode says it listens on; throws with its output if it stops or takes too long. */
export async function httpPortOf(app: AppProcess): Promise<number> {
  let port = 0;
  await waitFor(() => {
    port = Number(app.output().match(/running in HTTP mode on port (\d+)/)?.[1] ?? 0);
    return port > 0 || app.child.exitCode !== null;
  }, START_MS);
  if (!port) throw new Error(`the app did not start:\n${app.output()}`);
  return port;
}
