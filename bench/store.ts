// What the store adds to the passive path, measured twice:
//
// - Through the app: signed Events API requests (a person's message mentioning a code, each in a
//   conversation of its own) over HTTP on loopback to the compiled app in a child process, as
//   `npm run bench -- --only=http` runs it, with each store; the time from sending the event to
//   the explanation reaching the fake Slack (chat.postMessage), one event at a time (p50, p99), and
//   events explained per second with many in flight. The app acknowledges an event before it
//   handles it, so the acknowledgement's latency would hide the store: the post is what counts.
// - The store calls alone: the ones a message that mentions a code costs (its event id claimed, the
//   conversation's mute read, the code claimed for the thread), exactly as the listeners make
//   them, in this process.
//
// The PostgreSQL server is BENCH_DATABASE_URL's (or TEST_DATABASE_URL's) when set, else one
// started for the run (scripts/embedded-postgres.ts); the benchmark makes a database of its own
// there and drops it at the end.
import { spawn } from "node:child_process";
import { createHmac, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import pg from "pg";
import { type EmbeddedServer, startEmbeddedPostgres } from "../scripts/embedded-postgres.ts";
import { createLogger, LogLevel } from "../src/logger.ts";
import { createMemoryStore } from "../src/store/memory.ts";
import { openPostgresStore } from "../src/store/postgres.ts";
import { openSqliteStore } from "../src/store/sqlite.ts";
import type { Store } from "../src/store/store.ts";
import { BENCH_BOT_USER_ID, BENCH_TEAM_ID, BenchSlack } from "./fake-slack.ts";
import { fromDist } from "./http/servers.ts";

export interface StoreOptions {
  /** Messages measured one at a time. */
  readonly sequential: number;
  /** Messages sent with `concurrency` in flight. */
  readonly concurrent: number;
  readonly concurrency: number;
  /** Through the app: events measured one at a time, and sent with `appConcurrency` in flight. */
  readonly appSequential: number;
  readonly appConcurrent: number;
  readonly appConcurrency: number;
}

export interface StoreFigures {
  readonly kind: string;
  readonly p50Micros: number;
  readonly p99Micros: number;
  readonly messagesPerSecond: number;
}

export interface AppPathFigures {
  readonly kind: string;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly eventsPerSecond: number;
}

export interface StoreResult {
  readonly app: AppPathFigures[];
  readonly figures: StoreFigures[];
  readonly postgresServer: string;
}

let sequence = 0;

/** The passive path's store calls for one message mentioning a code, as the listeners make them. */
async function passiveMessage(store: Store): Promise<void> {
  const n = ++sequence;
  const where = { workspace: "T0BENCH01", channel: `C${n % 50}`, threadTs: `${n}.0001` };
  if (!(await store.events.claim(`EvBench${n}-${randomBytes(3).toString("hex")}`))) throw new Error("dup");
  if (await store.mutes.isMuted(where)) throw new Error("muted");
  await store.mentions.claim(where, [500 + (n % 5)]);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

/**
 * Runs `task` 200 times unmeasured, then `sequential` times one at a time (p50 and p99 of those, in
 * ms), then `concurrent` times with `concurrency` in flight (how many per second).
 */
async function timed(
  task: () => Promise<void>,
  sequential: number,
  concurrent: number,
  concurrency: number,
): Promise<{ p50Ms: number; p99Ms: number; perSecond: number }> {
  for (let i = 0; i < 200; i++) await task();
  const times: number[] = [];
  for (let i = 0; i < sequential; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < concurrent) await task();
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), perSecond: concurrent / seconds };
}

async function measure(kind: string, store: Store, options: StoreOptions): Promise<StoreFigures> {
  const { sequential, concurrent, concurrency } = options;
  const figures = await timed(() => passiveMessage(store), sequential, concurrent, concurrency);
  return {
    kind,
    p50Micros: figures.p50Ms * 1000,
    p99Micros: figures.p99Ms * 1000,
    messagesPerSecond: figures.perSecond,
  };
}

export async function benchStore(options: StoreOptions): Promise<StoreResult> {
  const logger = createLogger({ level: LogLevel.WARN });
  const quiet = { logger, cleanupEveryMs: 0 };
  const figures: StoreFigures[] = [];
  const app: AppPathFigures[] = [];
  const folder = mkdtempSync(join(tmpdir(), "status-bot-bench-store-"));
  const given = process.env.BENCH_DATABASE_URL?.trim() || process.env.TEST_DATABASE_URL?.trim();
  const embedded: EmbeddedServer | undefined = given ? undefined : await startEmbeddedPostgres();
  const serverUrl = given || embedded?.url || "";
  const databases = [
    `sb_bench_${randomBytes(4).toString("hex")}`,
    `sb_bench_${randomBytes(4).toString("hex")}`,
  ];
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const on = (database: string) => {
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    return url.toString();
  };
  try {
    for (const database of databases)
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
    const [forApp = "", forCalls = ""] = databases.map(on);
    app.push(await benchAppPath("memory", "memory", options));
    app.push(await benchAppPath("SQLite file", `sqlite:${join(folder, "app.sqlite")}`, options));
    app.push(await benchAppPath("PostgreSQL (loopback)", forApp, options));

    figures.push(await measure("memory", createMemoryStore(), options));
    const sqlite = await openSqliteStore(join(folder, "bench.sqlite"), quiet);
    figures.push(await measure("SQLite file", sqlite, options));
    await sqlite.close();
    const postgres = await openPostgresStore(forCalls, quiet);
    figures.push(await measure("PostgreSQL (loopback)", postgres, options));
    await postgres.close();
  } finally {
    for (const database of databases)
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(database)} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
    rmSync(folder, { recursive: true, force: true });
  }
  return {
    app,
    figures,
    postgresServer: given
      ? "the server of BENCH_DATABASE_URL/TEST_DATABASE_URL"
      : "embedded-postgres, started for the run",
  };
}

// ---------------------------------------------------------------------------------------------
// Through the app

const SIGNING_SECRET = "5e1fbe7c0d2a4b9f8e3c6a1d7b0f9e2c";
const BOT_TOKEN = "xoxb-1111111111-2222222222-benchTokenValue";

let eventNumber = 0;

/** A person's message that mentions a code, in a conversation of its own, as a signed Events API request. */
function messageEvent(): { body: string; threadTs: string; headers: Record<string, string> } {
  const n = ++eventNumber;
  const ts = `${1_700_000_000 + n}.000100`;
  const body = JSON.stringify({
    token: "legacy-verification-token",
    team_id: BENCH_TEAM_ID,
    api_app_id: "A0BENCH01",
    type: "event_callback",
    event_id: `EvBench${n}${randomBytes(3).toString("hex")}`,
    event_time: Math.floor(Date.now() / 1000),
    event: {
      type: "message",
      channel_type: "channel",
      user: "U0BENCH01",
      channel: `C0BENCH${n}`,
      ts,
      event_ts: ts,
      text: "prod is returning HTTP 503 again",
    },
    authorizations: [{ team_id: BENCH_TEAM_ID, user_id: BENCH_BOT_USER_ID, is_bot: true }],
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac("sha256", SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest("hex");
  return {
    body,
    threadTs: ts,
    headers: {
      "content-type": "application/json",
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": `v0=${signature}`,
    },
  };
}

/**
 * One store through the app: the compiled app in a child process (`serve` below) with
 * DATABASE_URL `where` ("memory": the in-memory store), this process sending events and waiting
 * for each one's explanation.
 */
async function benchAppPath(kind: string, where: string, options: StoreOptions): Promise<AppPathFigures> {
  const slack = await new BenchSlack().start();
  const waiting = new Map<string, () => void>();
  slack.onPost = (threadTs) => {
    waiting.get(threadTs)?.();
    waiting.delete(threadTs);
  };
  const child = spawn(
    process.execPath,
    ["--import", import.meta.resolve("tsx"), fileURLToPath(import.meta.url), "serve"],
    {
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        BENCH_STORE: where,
        BENCH_SLACK_API_URL: slack.apiUrl,
      },
    },
  );
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    errors = `${errors}${chunk.toString("utf8")}`.slice(-4_000);
  });
  const agent = new Agent({ keepAlive: true, maxSockets: options.appConcurrency });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.on("message", (msg: { type?: string; port?: number }) => {
        if (msg?.type === "listening") resolve(msg.port ?? 0);
      });
      child.on("exit", (code) => reject(new Error(`the app (${kind}) exited with ${code}:\n${errors}`)));
    });
    /** Sends one event and resolves when its explanation has been posted. */
    const explained = async (): Promise<void> => {
      const event = messageEvent();
      const posted = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no explanation within 10 s (${kind}):\n${errors}`)),
          10_000,
        );
        waiting.set(event.threadTs, () => {
          clearTimeout(timer);
          resolve();
        });
      });
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(
          { host: "127.0.0.1", port, path: "/slack/events", method: "POST", headers: event.headers, agent },
          (res) => {
            res.resume();
            res.on("end", () => resolve(res.statusCode ?? 0));
          },
        );
        req.on("error", reject);
        req.end(event.body);
      });
      if (status !== 200) throw new Error(`the app answered ${status} (${kind}):\n${errors}`);
      await posted;
    };
    const { appSequential, appConcurrent, appConcurrency } = options;
    const figures = await timed(explained, appSequential, appConcurrent, appConcurrency);
    return { kind, p50Ms: figures.p50Ms, p99Ms: figures.p99Ms, eventsPerSecond: figures.perSecond };
  } finally {
    agent.destroy();
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.send({ type: "stop" });
      await exited;
    }
    await slack.close();
  }
}

/** The child process: the compiled app (as src/index.ts starts it) on the store BENCH_STORE names. */
async function serve(): Promise<void> {
  const { createApp } = await fromDist<typeof import("../src/app.ts")>("app.js");
  const { loadConfig } = await fromDist<typeof import("../src/config.ts")>("config.js");
  const { getCatalog } = await fromDist<typeof import("../src/knowledge/load.ts")>("knowledge/load.js");
  const { catalogDeps } = await fromDist<typeof import("../src/listeners/deps.ts")>("listeners/deps.js");
  const { createLogger: logger } = await fromDist<typeof import("../src/logger.ts")>("logger.js");
  const { openStore } = await fromDist<typeof import("../src/store/open.ts")>("store/open.js");
  const where = process.env.BENCH_STORE ?? "memory";
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    PORT: "0",
    SLACK_API_URL: process.env.BENCH_SLACK_API_URL,
    LOG_LEVEL: "info",
    ...(where === "memory" ? {} : { DATABASE_URL: where }),
  });
  const log = logger({ level: config.logLevel, secrets: [config.botToken, config.signingSecret] });
  const store = where === "memory" ? undefined : await openStore(config.database, { logger: log });
  const known = catalogDeps(getCatalog());
  known.engine.answer("what should I return when the rate limit is hit?");
  const bot = createApp(config, { logger: log, host: "127.0.0.1", bot: known, ...(store ? { store } : {}) });
  const { port } = await bot.start();
  const stop = () =>
    bot
      .stop()
      .then(() => store?.close())
      .finally(() => process.exit(0));
  process.on("message", (msg: { type?: string }) => {
    if (msg?.type === "stop") void stop();
  });
  process.on("disconnect", () => void stop());
  process.send?.({ type: "listening", port });
}

export function printStore(result: StoreResult, options: StoreOptions): void {
  const row = (cells: string[], widths: number[]) =>
    `  ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[0] ?? 24) : cell.padStart(widths[i] ?? 10))).join("")}`;
  console.log(
    `The store on the passive path, through the app: a signed event (a message mentioning a code) over HTTP to the compiled app, until its explanation is posted (${options.appSequential} one at a time; ${options.appConcurrent} with ${options.appConcurrency} in flight). PostgreSQL: ${result.postgresServer}.`,
  );
  const widths = [24, 10, 10, 12, 11];
  console.log(row(["store", "p50", "p99", "p99 added", "events/s"], widths));
  const memoryApp = result.app[0];
  for (const f of result.app) {
    const added = memoryApp ? f.p99Ms - memoryApp.p99Ms : 0;
    console.log(
      row(
        [
          f.kind,
          `${f.p50Ms.toFixed(2)} ms`,
          `${f.p99Ms.toFixed(2)} ms`,
          `${added.toFixed(2)} ms`,
          Math.round(f.eventsPerSecond).toLocaleString("en-US"),
        ],
        widths,
      ),
    );
  }
  console.log(
    `\nThe store calls alone: per message mentioning a code, its event id claimed, the mute read and the code claimed for the thread (${options.sequential} one at a time; ${options.concurrent} with ${options.concurrency} in flight).`,
  );
  const memory = result.figures[0];
  console.log(row(["store", "p50", "p99", "p99 added", "messages/s"], [24, 10, 10, 12, 13]));
  for (const f of result.figures) {
    const added = memory ? f.p99Micros - memory.p99Micros : 0;
    console.log(
      row(
        [
          f.kind,
          `${f.p50Micros.toFixed(0)} µs`,
          `${f.p99Micros.toFixed(0)} µs`,
          `${added.toFixed(0)} µs`,
          Math.round(f.messagesPerSecond).toLocaleString("en-US"),
        ],
        [24, 10, 10, 12, 13],
      ),
    );
  }
}

if (
  process.argv[2] === "serve" &&
  process.argv[1] &&
  pathToFileURL(process.argv[1]).href === import.meta.url
) {
  await serve();
}
