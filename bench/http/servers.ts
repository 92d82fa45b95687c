// The servers the HTTP benchmark measures, each in a child process of its own, away from the load
// generator: this file, run as `node --import tsx bench/http/servers.ts serve` with BENCH_SERVE set.
//
// Status Bot runs from dist/ (`npm run build`), as in production: tsx, which runs the benchmark's
// own TypeScript, wraps every function it compiles in a naming helper (esbuild's keepNames), a cost
// per closure created per request that the compiled app does not pay.
//
// The parent talks to a server over IPC: "listening" (its port) when it is up, "cpu" (its CPU time
// so far), "stats" (its reply cache's hits and misses), "memory" (its RSS now and at its peak),
// "cards" (for the baseline: what to ack each question with), "profile-start" and "profile-stop"
// (a V8 CPU profile of the main thread between the two, written to the file named), "stop".
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { fileURLToPath, pathToFileURL } from "node:url";
import { serveBaseline } from "./baseline.ts";
import { BOT_TOKEN, SIGNING_SECRET, type Target } from "./load.ts";

/** ours: Status Bot as shipped; bare: Bolt and nothing of ours (baseline.ts). */
export type AppName = "ours" | "bare";

/** Both apps log at this level (the production default). */
const LOG_LEVEL = "info";

export interface Server extends Target {
  readonly name: AppName;
  readonly child: ChildProcess;
  /** Lines written to stdout and stderr so far. */
  logLines: number;
  /** The last few of them, for error messages. */
  readonly tail: string[];
}

/** Waits for the next IPC message of a type from a server (bounded). */
export function message<T>(child: ChildProcess, type: string, timeoutMs = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error(`no "${type}" from the server within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onMessage = (msg: { type?: string }) => {
      if (msg?.type === type) finish(undefined, msg as T);
    };
    const onExit = (code: number | null) => finish(new Error(`the server exited (${code}) before "${type}"`));
    function finish(error?: Error, value?: T) {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
      if (error) reject(error);
      else resolve(value as T);
    }
    child.on("message", onMessage);
    child.on("exit", onExit);
  });
}

/** Sends a request to a server and waits for its answer of the same type. */
export async function ask<T>(server: Server, type: string, extra: Record<string, unknown> = {}): Promise<T> {
  const reply = message<T>(server.child, type);
  server.child.send({ type, ...extra });
  return reply;
}

export async function spawnServer(name: AppName, slackApiUrl: string): Promise<Server> {
  const child = spawn(
    process.execPath,
    ["--import", import.meta.resolve("tsx"), fileURLToPath(import.meta.url), "serve"],
    {
      stdio: ["ignore", "pipe", "pipe", "ipc"],
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        BENCH_SERVE: name,
        BENCH_SLACK_API_URL: slackApiUrl,
        ...(process.env.BENCH_DIST ? { BENCH_DIST: process.env.BENCH_DIST } : {}),
      },
    },
  );
  const tail: string[] = [];
  let port = 0;
  const server: Server = {
    name,
    child,
    get port() {
      return port;
    },
    logLines: 0,
    tail,
    cpuMicros: async () => (await ask<{ micros: number }>(server, "cpu")).micros,
  };
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      for (const line of chunk.split("\n")) {
        if (!line) continue;
        server.logLines += 1;
        tail.push(line);
        if (tail.length > 20) tail.shift();
      }
    });
  }
  try {
    port = (await message<{ port: number }>(child, "listening")).port;
    return server;
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${name} did not start: ${(error as Error).message}\n${tail.join("\n")}`);
  }
}

export async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.child.once("exit", () => resolve()));
  server.child.send({ type: "stop" });
  const timer = setTimeout(() => server.child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------------------------
// The child's side.

interface Running {
  readonly port: number;
  stop(): Promise<void>;
  /** Reply cache hits and misses (ours only). */
  readonly stats?: () => { hits: number; misses: number };
}

/**
 * The compiled app (`npm run build`): what production runs, untouched by tsx's transform.
 * BENCH_DIST names another build of it (a copy of dist/ from an earlier commit, to compare).
 */
const DIST = process.env.BENCH_DIST
  ? pathToFileURL(`${process.env.BENCH_DIST.replace(/\/$/, "")}/`)
  : new URL("../../dist/", import.meta.url);

export async function fromDist<T>(path: string): Promise<T> {
  const url = new URL(path, DIST);
  if (!existsSync(url)) throw new Error(`${fileURLToPath(url)} is missing: run npm run build first`);
  return (await import(url.href)) as T;
}

/** Status Bot, started as src/index.ts starts it, from the same environment variables. */
async function serveOurs(slackApiUrl: string): Promise<Running> {
  const { createApp } = await fromDist<typeof import("../../src/app.ts")>("app.js");
  const { loadConfig } = await fromDist<typeof import("../../src/config.ts")>("config.js");
  const { getCatalog } = await fromDist<typeof import("../../src/knowledge/load.ts")>("knowledge/load.js");
  const { catalogDeps, createBotDeps } =
    await fromDist<typeof import("../../src/listeners/deps.ts")>("listeners/deps.js");
  const { createLogger } = await fromDist<typeof import("../../src/logger.ts")>("logger.js");
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    PORT: "0",
    SLACK_API_URL: slackApiUrl,
    LOG_LEVEL,
  });
  const logger = createLogger({ level: config.logLevel, secrets: [config.botToken, config.signingSecret] });
  const known = catalogDeps(getCatalog());
  known.engine.answer("what should I return when the rate limit is hit?");
  // The app's own reply cache, with its hits and misses counted.
  const cache = createBotDeps(known).replies;
  const counts = { hits: 0, misses: 0 };
  const replies = {
    get: (question: string) => {
      const reply = cache.get(question);
      if (reply) counts.hits += 1;
      else counts.misses += 1;
      return reply;
    },
    set: (question: string, reply: Parameters<typeof cache.set>[1]) => cache.set(question, reply),
    get size() {
      return cache.size;
    },
  };
  const bot = createApp(config, { logger, host: "127.0.0.1", bot: { ...known, replies } });
  const { port } = await bot.start();
  return { port: port ?? 0, stop: () => bot.stop(), stats: () => ({ ...counts }) };
}

async function serve(): Promise<void> {
  const slackApiUrl = process.env.BENCH_SLACK_API_URL ?? "";
  const running: Running =
    process.env.BENCH_SERVE === "bare" ? await serveBaseline(slackApiUrl) : await serveOurs(slackApiUrl);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    running.stop().finally(() => process.exit(0));
  };
  // V8's sampling profiler, started and stopped by the parent around the runs it wants profiled.
  let session: Session | undefined;
  const post = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve, reject) =>
      session?.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
    );
  process.on("message", async (msg: { type?: string; file?: string }) => {
    if (msg?.type === "stop") stop();
    if (msg?.type === "profile-start") {
      session = new Session();
      session.connect();
      await post("Profiler.enable");
      await post("Profiler.setSamplingInterval", { interval: 100 });
      await post("Profiler.start");
      process.send?.({ type: "profile-start" });
    }
    if (msg?.type === "profile-stop" && msg.file) {
      const { profile } = (await post("Profiler.stop")) as { profile: unknown };
      session?.disconnect();
      session = undefined;
      writeFileSync(msg.file, JSON.stringify(profile));
      process.send?.({ type: "profile-stop" });
    }
    if (msg?.type === "cpu") {
      const { user, system } = process.cpuUsage();
      process.send?.({ type: "cpu", micros: user + system });
    }
    if (msg?.type === "stats")
      process.send?.({ type: "stats", ...(running.stats?.() ?? { hits: 0, misses: 0 }) });
    if (msg?.type === "memory") {
      process.send?.({
        type: "memory",
        rssMB: process.memoryUsage().rss / 2 ** 20,
        // maxRSS is in kilobytes: the most the process has ever held.
        peakRssMB: process.resourceUsage().maxRSS / 1024,
      });
    }
  });
  // The benchmark went away: never outlive it.
  process.on("disconnect", stop);
  process.send?.({ type: "listening", port: running.port });
}

if (
  process.argv[2] === "serve" &&
  process.argv[1] &&
  pathToFileURL(process.argv[1]).href === import.meta.url
) {
  await serve();
}
