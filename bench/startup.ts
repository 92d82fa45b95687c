// Start-up benchmark: from spawning the built app (`node dist/index.js`, HTTP mode, SLACK_API_URL at
// a fake Slack on loopback) to the first 200 from GET /healthz, over several runs. For scale, the
// same is measured for a Node HTTP server that does nothing else.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, get } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { BenchSlack } from "./fake-slack.ts";
import { median } from "./stats.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const ENTRY = join(ROOT, "dist", "index.js");
/** Polling /healthz this often bounds the resolution of the figures. */
const POLL_MS = 2;
/** A run that is not answering by then has failed. */
const DEADLINE_MS = 15_000;

const BASELINE = `require("node:http").createServer((q, s) => s.end("ok")).listen(Number(process.env.PORT), "127.0.0.1");
process.on("SIGTERM", () => process.exit(0));`;

export interface StartupResult {
  readonly runs: number;
  readonly buildMs: number;
  /** Spawn to first 200 from /healthz, per run (ms). */
  readonly appMs: number[];
  /** The same for a bare Node HTTP server. */
  readonly nodeMs: number[];
  /** Every app run stopped with exit code 0 on SIGTERM. */
  readonly cleanExits: boolean;
}

/** `npm run build`: tsc -p tsconfig.build.json into dist/. */
export function build(): number {
  const start = performance.now();
  const result = spawnSync("npm", ["run", "--silent", "build"], { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0 || !existsSync(ENTRY)) {
    throw new Error(`npm run build failed (${result.status}):\n${result.stdout}${result.stderr}`);
  }
  return performance.now() - start;
}

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = get({ host: "127.0.0.1", port, path: "/healthz", agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.setTimeout(1_000, () => req.destroy());
    req.on("error", () => resolve(false));
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/** Spawns `args`, returns the ms until /healthz answers 200, then stops the process with SIGTERM. */
async function timeToHealthy(
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<{ ms: number; exitCode: number | null }> {
  const port = await freePort();
  const output: string[] = [];
  const start = performance.now();
  const child = spawn(process.execPath, args, {
    cwd,
    env: { PATH: process.env.PATH ?? "", ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout, child.stderr])
    stream?.on("data", (chunk) => output.push(String(chunk)));
  try {
    while (!(await healthy(port))) {
      if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}:\n${output.join("")}`);
      if (performance.now() - start > DEADLINE_MS)
        throw new Error(`no 200 from /healthz:\n${output.join("")}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    const ms = performance.now() - start;
    const exited = exitOf(child);
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    const exitCode = await exited;
    clearTimeout(timer);
    return { ms, exitCode };
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
}

export async function benchStartup(runs: number): Promise<StartupResult> {
  const buildMs = build();
  const slack = await new BenchSlack().start();
  // An empty working directory: no .env is read from the project (dist/ finds data/ by itself).
  const cwd = mkdtempSync(join(tmpdir(), "status-bot-startup-"));
  const env = {
    NODE_ENV: "production",
    SLACK_BOT_TOKEN: "xoxb-1111111111-2222222222-benchTokenValue",
    SLACK_SIGNING_SECRET: "5e1fbe7c0d2a4b9f8e3c6a1d7b0f9e2c",
    SLACK_API_URL: slack.apiUrl,
    LOG_LEVEL: "info",
  };
  const appMs: number[] = [];
  const nodeMs: number[] = [];
  let cleanExits = true;
  try {
    // One unmeasured run of each fills the file system cache, as on a server that has started before.
    await timeToHealthy([ENTRY], env, cwd);
    await timeToHealthy(["-e", BASELINE], {}, cwd);
    for (let i = 0; i < runs; i++) {
      const app = await timeToHealthy([ENTRY], env, cwd);
      appMs.push(app.ms);
      if (app.exitCode !== 0) cleanExits = false;
      nodeMs.push((await timeToHealthy(["-e", BASELINE], {}, cwd)).ms);
    }
  } finally {
    rmSync(cwd, { recursive: true, force: true });
    await slack.close();
  }
  return { runs, buildMs, appMs, nodeMs, cleanExits };
}

export function printStartup(result: StartupResult): void {
  const range = (values: number[]) =>
    `median ${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`;
  console.log(
    `Start-up: spawn of node dist/index.js (HTTP mode) to the first 200 from /healthz, ${result.runs} runs ` +
      `(build ${(result.buildMs / 1000).toFixed(1)} s before)`,
  );
  console.log(`  Status Bot               ${range(result.appMs)}`);
  console.log(`  a bare Node HTTP server  ${range(result.nodeMs)}`);
  console.log(`  SIGTERM: ${result.cleanExits ? "every run exited 0" : "SOME RUNS DID NOT EXIT 0"}`);
}
