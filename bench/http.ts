// HTTP benchmark: signed `/httpstatus` slash commands over loopback to Status Bot and to a bare Bolt app
// that acks a static card (the framework's own ceiling), driven by autocannon.
//
// Status Bot runs from dist/ (`npm run build`), as in production: tsx, which runs the benchmark's
// own TypeScript, wraps every function it compiles in a naming helper (esbuild's keepNames), a
// cost per closure created per request that the compiled app does not pay.
//
// Layout: this process runs autocannon and the fake Slack Web API; each app runs in a child process
// of its own (this file, run with `serve`), so the load generator never shares an event loop with
// the server it measures. Both apps stay up for the whole run and are measured in turn (A B, B A,
// A B, ...); the figures are medians over the rounds. The bare app acks exactly the bytes Status
// Bot sends for the same command (fetched from Status Bot first), so the ratio measures our own
// work per request (answering, rendering, our middleware and listeners), not a difference in size.
//
// Besides requests/s and latency, each run records the server's CPU time per request (all its
// threads, from process.cpuUsage()). On a shared machine a server does not always get a whole core,
// which moves requests/s from run to run; CPU time per request hardly moves, and bare/ours of it is
// the ratio that requests/s tends to on an otherwise idle machine.
import { type ChildProcess, spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { request } from "node:http";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { BENCH_TEAM_ID, BenchSlack } from "./fake-slack.ts";

const SIGNING_SECRET = "5e1fbe7c0d2a4b9f8e3c6a1d7b0f9e2c";
const BOT_TOKEN = "xoxb-1111111111-2222222222-benchTokenValue";
/** Both apps log at this level (the production default). */
const LOG_LEVEL = "info";
const EVENTS_PATH = "/slack/events";
const FORM = "application/x-www-form-urlencoded";

export const HTTP_TARGET_RATIO = 0.9;

export const SCENARIOS = [
  { label: "/httpstatus 403", text: "403" },
  { label: "/httpstatus <free text>", text: "what should I return when the rate limit is hit?" },
] as const;

/** ours: Status Bot as shipped; uncached: without its /httpstatus reply cache (every answer computed). */
type AppName = "ours" | "uncached" | "bare";
const APPS: readonly AppName[] = ["ours", "uncached", "bare"];

export interface HttpOptions {
  /** Rounds per scenario; each round measures both apps, alternating which goes first. */
  readonly rounds: number;
  /** Measured seconds per run. */
  readonly durationS: number;
  /** Unmeasured seconds of the same load just before each run. */
  readonly warmupS: number;
  /** Before the rounds, each app runs each scenario this long, unmeasured (JIT, sockets). */
  readonly primeS: number;
  readonly connections: number;
  /** Write V8 CPU profiles of both servers under this folder (node --cpu-prof). */
  readonly profileDir?: string;
}

export interface RunFigures {
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  /** Server CPU time (all threads: JS, GC, JIT) per answered request, in microseconds. */
  readonly cpuMicrosPerRequest: number;
  /** Server and load-generator CPU time over the run's wall time (1 = one core all the time). */
  readonly serverCpuShare: number;
  readonly clientCpuShare: number;
}

export interface ScenarioResult {
  readonly label: string;
  readonly text: string;
  readonly responseBytes: number;
  readonly runs: Record<AppName, RunFigures[]>;
  readonly median: Record<AppName, RunFigures>;
  /** Median requests/s of ours over median requests/s of bare Bolt: the target's figure. */
  readonly ratio: number;
  /** The same without the reply cache: what a question never asked before costs. */
  readonly uncachedRatio: number;
  /** ours/bare requests/s within each round (both apps measured back to back). */
  readonly roundRatios: number[];
  /** Median CPU time per request of bare Bolt over ours. */
  readonly cpuRatio: number;
}

export interface HttpResult {
  readonly options: HttpOptions;
  readonly scenarios: ScenarioResult[];
  /** Lines the apps wrote while under load (logging per request would be a cost in itself). */
  readonly logLines: Record<AppName, number>;
  /** Calls to the fake Slack Web API over the whole run, by method (a slash command needs none). */
  readonly slackCalls: Record<string, number>;
}

// ---------------------------------------------------------------------------------------------
// The load generator's side

type Autocannon = (options: Record<string, unknown>) => AutocannonInstance;
interface AutocannonInstance extends PromiseLike<AutocannonResult> {
  on(event: "response", listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

// autocannon is CommonJS and ships no types; these are the parts used here.
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

function signature(timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

/** Signed headers for a body. Slack and Bolt accept a timestamp up to 5 minutes old. */
function signedHeaders(body: string): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    "content-type": FORM,
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": signature(timestamp, body),
  };
}

/** A slash command's form body, shaped like Slack's. */
function slashCommand(text: string, responseUrl: string): string {
  return new URLSearchParams({
    token: "legacy-verification-token",
    team_id: BENCH_TEAM_ID,
    team_domain: "status-bot-bench",
    channel_id: "C0BENCH01",
    channel_name: "general",
    user_id: "U0BENCH01",
    user_name: "ada",
    command: "/httpstatus",
    text,
    api_app_id: "A0BENCH01",
    is_enterprise_install: "false",
    response_url: responseUrl,
    trigger_id: "13345224609.738474920.8088930838d88f008e0",
  }).toString();
}

function post(port: number, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path: EVENTS_PATH,
        method: "POST",
        headers: signedHeaders(body),
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error("timed out")));
    req.on("error", reject);
    req.end(body);
  });
}

function percentile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

interface Server {
  readonly name: AppName;
  readonly child: ChildProcess;
  port: number;
  /** Lines written to stdout and stderr so far. */
  logLines: number;
  /** The last few of them, for error messages. */
  readonly tail: string[];
}

/** Waits for the next IPC message of a type from a server (bounded). */
function message<T>(child: ChildProcess, type: string, timeoutMs = 20_000): Promise<T> {
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

/** The server's CPU time so far (all its threads), in microseconds. */
async function cpuOf(server: Server): Promise<number> {
  const reply = message<{ micros: number }>(server.child, "cpu");
  server.child.send({ type: "cpu" });
  return (await reply).micros;
}

async function spawnServer(name: AppName, slackApiUrl: string, profileDir?: string): Promise<Server> {
  // One folder per app: tsx's module hooks run in a worker thread, which writes a profile too.
  const profile = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${join(profileDir, name)}`] : [];
  const child = spawn(
    process.execPath,
    [...profile, "--import", import.meta.resolve("tsx"), fileURLToPath(import.meta.url), "serve"],
    {
      stdio: ["ignore", "pipe", "pipe", "ipc"],
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        BENCH_SERVE: name,
        BENCH_SLACK_API_URL: slackApiUrl,
      },
    },
  );
  const tail: string[] = [];
  const server: Server = { name, child, port: 0, logLines: 0, tail };
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
    server.port = (await message<{ port: number }>(child, "listening")).port;
    return server;
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${name} did not start: ${(error as Error).message}\n${tail.join("\n")}`);
  }
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.child.once("exit", () => resolve()));
  server.child.send({ type: "stop" });
  const timer = setTimeout(() => server.child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * One run: `warmupS` of unmeasured load, then `durationS` measured. Latencies are kept here in full
 * precision (autocannon's own histogram counts whole milliseconds, too coarse on loopback).
 */
async function load(server: Server, body: string, connections: number, durationS: number, warmupS: number) {
  const common = {
    url: `http://127.0.0.1:${server.port}${EVENTS_PATH}`,
    method: "POST",
    headers: signedHeaders(body),
    body,
    connections,
    timeout: 10,
  };
  if (warmupS > 0) await autocannon({ ...common, duration: warmupS });
  let latencies = new Float64Array(65_536);
  let count = 0;
  let failed = 0;
  const cpuBefore = await cpuOf(server);
  const clientBefore = process.cpuUsage();
  const instance = autocannon({ ...common, duration: durationS });
  instance.on("response", (_client, status, _bytes, ms) => {
    if (status !== 200) {
      failed += 1;
      return;
    }
    if (count === latencies.length) {
      const grown = new Float64Array(latencies.length * 2);
      grown.set(latencies);
      latencies = grown;
    }
    latencies[count++] = ms;
  });
  const result = await instance;
  const client = process.cpuUsage(clientBefore);
  const cpu = (await cpuOf(server)) - cpuBefore;
  if (failed || result.errors || result.timeouts || result.non2xx || count === 0) {
    throw new Error(
      `${server.name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts\n${server.tail.join("\n")}`,
    );
  }
  const sorted = latencies.subarray(0, count).sort();
  const figures: RunFigures = {
    rps: count / result.duration,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    requests: count,
    cpuMicrosPerRequest: cpu / count,
    serverCpuShare: cpu / (result.duration * 1e6),
    clientCpuShare: (client.user + client.system) / (result.duration * 1e6),
  };
  return figures;
}

function medianFigures(runs: readonly RunFigures[]): RunFigures {
  const of = (field: keyof RunFigures) => median(runs.map((run) => run[field]));
  return {
    rps: of("rps"),
    p50Ms: of("p50Ms"),
    p99Ms: of("p99Ms"),
    requests: of("requests"),
    cpuMicrosPerRequest: of("cpuMicrosPerRequest"),
    serverCpuShare: of("serverCpuShare"),
    clientCpuShare: of("clientCpuShare"),
  };
}

export async function benchHttp(options: HttpOptions): Promise<HttpResult> {
  const slack = await new BenchSlack().start();
  const servers: Server[] = [];
  try {
    // One after the other, so that neither start-up slows the other down.
    const ours = await spawnServer("ours", slack.apiUrl, options.profileDir);
    servers.push(ours);
    const uncached = await spawnServer("uncached", slack.apiUrl, options.profileDir);
    servers.push(uncached);
    const bare = await spawnServer("bare", slack.apiUrl, options.profileDir);
    servers.push(bare);
    const byName: Record<AppName, Server> = { ours, uncached, bare };

    // The bare app acks exactly what Status Bot acks for the same text; check that it does.
    const bodies = SCENARIOS.map(({ text }) => slashCommand(text, slack.responseUrl("bench")));
    const cards: Record<string, unknown> = {};
    const sizes: number[] = [];
    for (const [i, { text }] of SCENARIOS.entries()) {
      const reply = await post(ours.port, bodies[i] as string);
      if (reply.status !== 200 || !reply.text.includes('"blocks"')) {
        throw new Error(
          `Status Bot answered /httpstatus ${text} with ${reply.status}: ${reply.text.slice(0, 300)}`,
        );
      }
      cards[text] = JSON.parse(reply.text);
      sizes.push(Buffer.byteLength(reply.text));
    }
    const ready = message(bare.child, "ready");
    bare.child.send({ type: "cards", cards });
    await ready;
    for (const [i, { text }] of SCENARIOS.entries()) {
      const [a, b] = await Promise.all([
        post(ours.port, bodies[i] as string),
        post(bare.port, bodies[i] as string),
      ]);
      if (a.text !== b.text)
        throw new Error(`the bare app's reply to /httpstatus ${text} differs from Status Bot's`);
    }

    for (const body of bodies) {
      for (const server of servers) await load(server, body, options.connections, options.primeS, 0);
    }

    const logsBefore = { ours: ours.logLines, uncached: uncached.logLines, bare: bare.logLines };
    const scenarios: ScenarioResult[] = [];
    for (const [i, scenario] of SCENARIOS.entries()) {
      const body = bodies[i] as string;
      const runs: Record<AppName, RunFigures[]> = { ours: [], uncached: [], bare: [] };
      const roundRatios: number[] = [];
      for (let round = 0; round < options.rounds; round++) {
        // Rotate who goes first, so that no app always runs on a machine just warmed by another.
        const order = APPS.map((_, k) => APPS[(k + round) % APPS.length] as AppName);
        for (const name of order) {
          runs[name].push(
            await load(byName[name], body, options.connections, options.durationS, options.warmupS),
          );
        }
        roundRatios.push((runs.ours.at(-1)?.rps ?? 0) / (runs.bare.at(-1)?.rps ?? 1));
      }
      const medians = {
        ours: medianFigures(runs.ours),
        uncached: medianFigures(runs.uncached),
        bare: medianFigures(runs.bare),
      };
      scenarios.push({
        label: scenario.label,
        text: scenario.text,
        responseBytes: sizes[i] ?? 0,
        runs,
        median: medians,
        ratio: medians.ours.rps / medians.bare.rps,
        uncachedRatio: medians.uncached.rps / medians.bare.rps,
        roundRatios,
        cpuRatio: medians.bare.cpuMicrosPerRequest / medians.ours.cpuMicrosPerRequest,
      });
    }
    return {
      options,
      scenarios,
      logLines: {
        ours: ours.logLines - logsBefore.ours,
        uncached: uncached.logLines - logsBefore.uncached,
        bare: bare.logLines - logsBefore.bare,
      },
      slackCalls: Object.fromEntries(slack.counts),
    };
  } finally {
    await Promise.all(servers.map(stopServer));
    await slack.close();
  }
}

export function printHttp(result: HttpResult): void {
  const { rounds, durationS, warmupS, connections } = result.options;
  console.log(
    `HTTP: signed /httpstatus over loopback, Status Bot (ours) vs bare Bolt acking the same bytes (bare); ` +
      `autocannon, ${connections} connections; ${rounds} round${rounds === 1 ? "" : "s"} of ${durationS} s ` +
      `(after ${warmupS} s warm-up) per app, alternating; medians`,
  );
  console.log(
    `${"scenario".padEnd(22)}${"app".padEnd(9)}${"req/s".padStart(8)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}` +
      `${"CPU µs/req".padStart(12)}${"server CPU".padStart(12)}${"autocannon CPU".padStart(16)}`,
  );
  const percent = (share: number) => `${(share * 100).toFixed(0)}%`;
  for (const s of result.scenarios) {
    for (const name of APPS) {
      const m = s.median[name];
      const first = name === "ours" ? s.label : name === "bare" ? `  (reply ${s.responseBytes} B)` : "";
      console.log(
        `${first.padEnd(22)}${name.padEnd(9)}` +
          `${m.rps.toFixed(0).padStart(8)}${m.p50Ms.toFixed(2).padStart(9)}${m.p99Ms.toFixed(2).padStart(9)}` +
          `${m.cpuMicrosPerRequest.toFixed(0).padStart(12)}${percent(m.serverCpuShare).padStart(12)}` +
          `${percent(m.clientCpuShare).padStart(16)}`,
      );
    }
    const verdict = s.ratio >= HTTP_TARGET_RATIO ? "met" : "MISSED";
    console.log(
      `${"".padEnd(22)}ratio ours/bare: req/s ${s.ratio.toFixed(2)} (target >= ${HTTP_TARGET_RATIO}: ${verdict}; ` +
        `rounds ${s.roundRatios.map((r) => r.toFixed(2)).join(" ")}); CPU µs/req bare/ours ${s.cpuRatio.toFixed(2)}`,
    );
    console.log(
      `${"".padEnd(22)}without the reply cache (a question asked for the first time): req/s ratio ${s.uncachedRatio.toFixed(2)}`,
    );
  }
  const calls = Object.entries(result.slackCalls).map(([method, n]) => `${method} ×${n}`);
  console.log(
    `lines logged under load: ours ${result.logLines.ours}, uncached ${result.logLines.uncached}, bare ${result.logLines.bare}; ` +
      `Slack Web API calls (both apps): ${calls.join(", ") || "none"}`,
  );
  if (result.options.profileDir) printProfiles(result.options.profileDir);
}

// ---------------------------------------------------------------------------------------------
// CPU profiles (--profile): where each server's time went, by function (self time).

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function topFunctions(file: string, count: number): { name: string; share: number }[] {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let busy = 0;
  for (const [i, id] of profile.samples.entries()) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === "(idle)") continue;
    const where = frame.url
      .replace(/^.*node_modules\//, "")
      .replace(/^file:\/\/.*?\/(src|bench|dist)\//, "$1/");
    const name = `${frame.functionName || "(anonymous)"}${where ? ` ${where}:${frame.lineNumber + 1}` : ""}`;
    const delta = profile.timeDeltas[i] ?? 0;
    self.set(name, (self.get(name) ?? 0) + delta);
    busy += delta;
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, time]) => ({ name, share: time / busy }));
}

function printProfiles(dir: string): void {
  for (const name of APPS) {
    // The main thread's profile has thread id 0: CPU.<date>.<time>.<pid>.0.<n>.cpuprofile.
    const file = readdirSync(join(dir, name)).find((f) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(f));
    if (!file) continue;
    console.log(`${name}: ${join(dir, name, file)}; top functions by self time (share of busy time)`);
    for (const { name: fn, share } of topFunctions(join(dir, name, file), 12)) {
      console.log(`  ${(share * 100).toFixed(1).padStart(5)}%  ${fn}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The server side: a child process, `node --import tsx bench/http.ts serve` with BENCH_SERVE set.

interface Running {
  readonly port: number;
  stop(): Promise<void>;
}

/** The compiled app (`npm run build`): what production runs, untouched by tsx's transform. */
const DIST = new URL("../dist/", import.meta.url);

export async function fromDist<T>(path: string): Promise<T> {
  const url = new URL(path, DIST);
  if (!existsSync(url)) throw new Error(`${fileURLToPath(url)} is missing: run npm run build first`);
  return (await import(url.href)) as T;
}

/** Status Bot, started as src/index.ts starts it, from the same environment variables. */
async function serveOurs(slackApiUrl: string): Promise<Running> {
  const { createApp } = await fromDist<typeof import("../src/app.ts")>("app.js");
  const { loadConfig } = await fromDist<typeof import("../src/config.ts")>("config.js");
  const { getCatalog } = await fromDist<typeof import("../src/knowledge/load.ts")>("knowledge/load.js");
  const { catalogDeps } = await fromDist<typeof import("../src/listeners/deps.ts")>("listeners/deps.js");
  const { createLogger } = await fromDist<typeof import("../src/logger.ts")>("logger.js");
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
  // The "uncached" variant answers every /httpstatus from scratch, as for a question never seen.
  const noCache = { get: () => undefined, set: () => undefined, size: 0 };
  const bot = createApp(config, {
    logger,
    host: "127.0.0.1",
    bot: process.env.BENCH_SERVE === "uncached" ? { ...known, replies: noCache } : known,
  });
  const { port } = await bot.start();
  return { port: port ?? 0, stop: () => bot.stop() };
}

/**
 * Bolt and nothing of ours: an HTTPReceiver with the same settings, the same signing secret and
 * log level, no conversation store (as in Status Bot), and one listener: /httpstatus acks a static card.
 */
async function serveBare(slackApiUrl: string): Promise<Running> {
  const { App, HTTPReceiver, LogLevel } = await import("@slack/bolt");
  let cards: Record<string, unknown> = {};
  const fallback = { response_type: "ephemeral", text: "Status Bot", blocks: [] };
  process.on("message", (msg: { type?: string; cards?: Record<string, unknown> }) => {
    if (msg?.type !== "cards" || !msg.cards) return;
    cards = msg.cards;
    process.send?.({ type: "ready" });
  });
  const receiver = new HTTPReceiver({
    signingSecret: SIGNING_SECRET,
    endpoints: EVENTS_PATH,
    port: 0,
    logLevel: LogLevel.INFO,
    processBeforeResponse: false,
    customRoutes: [
      {
        path: "/healthz",
        method: ["GET"],
        handler: (_req, res) => {
          res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
          res.end('{"ok":true}');
        },
      },
    ],
  });
  const app = new App({
    receiver,
    token: BOT_TOKEN,
    logLevel: LogLevel.INFO,
    convoStore: false,
    clientOptions: { slackApiUrl },
  });
  app.command("/httpstatus", async ({ command, ack }) => {
    await ack((cards[command.text] ?? fallback) as Parameters<typeof ack>[0]);
  });
  const server = (await app.start({ port: 0, host: "127.0.0.1" })) as import("node:http").Server;
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : 0,
    stop: () => app.stop().then(() => undefined),
  };
}

async function serve(): Promise<void> {
  const slackApiUrl = process.env.BENCH_SLACK_API_URL ?? "";
  const running =
    process.env.BENCH_SERVE !== "bare" ? await serveOurs(slackApiUrl) : await serveBare(slackApiUrl);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Leave through process.exit, so that --cpu-prof writes its profile.
    running.stop().finally(() => process.exit(0));
  };
  process.on("message", (msg: { type?: string }) => {
    if (msg?.type === "stop") stop();
    if (msg?.type === "cpu") {
      const { user, system } = process.cpuUsage();
      process.send?.({ type: "cpu", micros: user + system });
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
