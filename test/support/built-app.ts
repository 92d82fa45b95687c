import { mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { buildState } from "./app-build.ts";
import { waitFor } from "./load.ts";

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
