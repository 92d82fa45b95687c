// The flood a security review sent: 300 concurrent POSTs of 4 MB each that Slack never signed, to a
// fresh server, and the server's peak RSS. Two kinds: without a signature and with the body's size
// declared (what the review sent), and with a well-formed but forged signature and a chunked body
// (no size to refuse early: the body is read until it passes the limit or the budget).
//
// Status Bot is the shipped program, `node dist/index.js` in HTTP mode, as in production; its
// memory is read from /proc (VmRSS now, VmHWM the peak; Linux). The same flood goes to the bare
// Bolt app for scale; that one runs under tsx, whose loader thread adds some 35 MB to its RSS.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { fileURLToPath } from "node:url";
import { BenchSlack } from "../fake-slack.ts";
import { BOT_TOKEN, EVENTS_PATH, post, SIGNING_SECRET, slashCommand } from "./load.ts";
import { type AppName, spawnServer, stopServer } from "./servers.ts";

export const ATTACK_TARGET_MB = 250;

const CHUNK = Buffer.alloc(64 * 1024, "a");

export interface AttackOptions {
  readonly connections: number;
  readonly bodyBytes: number;
}

export interface FloodFigures {
  readonly app: AppName;
  readonly kind: "unsigned" | "forged";
  /** How each request ended: an HTTP status, or "reset" (the server closed the connection). */
  readonly outcomes: Record<string, number>;
  readonly rssBeforeMB: number;
  /** The server's peak RSS over its whole life (it was started for this flood). */
  readonly peakRssMB: number;
  readonly rssAfterMB: number;
  readonly seconds: number;
  /** A signed /httpstatus after the flood was answered. */
  readonly servesAfter: boolean;
}

export interface AttackResult {
  readonly options: AttackOptions;
  readonly floods: FloodFigures[];
}

/** One POST of `size` bytes, written as fast as the server reads it; resolves with how it ended. */
function flood(port: number, size: number, kind: FloodFigures["kind"]): Promise<string> {
  const headers: Record<string, string> =
    kind === "unsigned"
      ? { "content-type": "application/json", "content-length": String(size) }
      : {
          "content-type": "application/json",
          "x-slack-request-timestamp": String(Math.floor(Date.now() / 1000)),
          "x-slack-signature": `v0=${randomBytes(32).toString("hex")}`,
        };
  return new Promise((resolve) => {
    let settled = false;
    const done = (outcome: string) => {
      if (settled) return;
      settled = true;
      req.destroy();
      resolve(outcome);
    };
    const req = request({
      host: "127.0.0.1",
      port,
      path: EVENTS_PATH,
      method: "POST",
      headers,
      agent: false,
    });
    req.on("response", (res) => {
      res.resume();
      done(String(res.statusCode));
    });
    req.on("error", () => done("reset"));
    let sent = 0;
    const write = () => {
      while (sent < size && !settled) {
        const part = CHUNK.subarray(0, Math.min(CHUNK.length, size - sent));
        sent += part.length;
        if (!req.write(part)) {
          req.once("drain", write);
          return;
        }
      }
      if (!settled) req.end();
    };
    write();
  });
}

/** A process's resident memory now and at its peak, in MB, from /proc/<pid>/status. */
function memoryOf(pid: number): { rssMB: number; peakRssMB: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kB = (field: string) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"))?.[1] ?? 0);
  return { rssMB: kB("VmRSS") / 1024, peakRssMB: kB("VmHWM") / 1024 };
}

interface Flooded {
  readonly pid: number;
  readonly port: number;
  stop(): Promise<void>;
}

/** `node dist/index.js` in HTTP mode against the fake Slack, on a free port. */
async function startShipped(slack: BenchSlack): Promise<Flooded> {
  const child: ChildProcess = spawn(
    process.execPath,
    [fileURLToPath(new URL("../../dist/index.js", import.meta.url))],
    {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        PORT: "0",
        LOG_LEVEL: "info",
        DATABASE_URL: "sqlite::memory:",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const port = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = output.match(/running in HTTP mode on port (\d+)/);
      if (found) resolve(Number(found[1]));
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`dist/index.js exited (${code}):\n${output}`)));
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    await exited;
  };
  return { pid: child.pid ?? 0, port, stop };
}

async function floodOnce(
  app: AppName,
  kind: FloodFigures["kind"],
  options: AttackOptions,
  slack: BenchSlack,
): Promise<FloodFigures> {
  let target: Flooded;
  if (app === "ours") target = await startShipped(slack);
  else {
    const server = await spawnServer(app, slack.apiUrl);
    target = { pid: server.child.pid ?? 0, port: server.port, stop: () => stopServer(server) };
  }
  try {
    const before = memoryOf(target.pid);
    const started = process.hrtime.bigint();
    const outcomes: Record<string, number> = {};
    await Promise.all(
      Array.from({ length: options.connections }, async () => {
        const outcome = await flood(target.port, options.bodyBytes, kind);
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const after = memoryOf(target.pid);
    const check = await post(target.port, slashCommand("404", slack.responseUrl("after"))).catch(
      () => undefined,
    );
    return {
      app,
      kind,
      outcomes,
      rssBeforeMB: before.rssMB,
      peakRssMB: after.peakRssMB,
      rssAfterMB: after.rssMB,
      seconds,
      servesAfter: check?.status === 200,
    };
  } finally {
    await target.stop();
  }
}

export async function benchAttack(options: AttackOptions): Promise<AttackResult> {
  const slack = await new BenchSlack().start();
  const floods: FloodFigures[] = [];
  try {
    for (const app of ["ours", "bare"] as const) {
      for (const kind of ["unsigned", "forged"] as const)
        floods.push(await floodOnce(app, kind, options, slack));
    }
  } finally {
    await slack.close();
  }
  return { options, floods };
}

export function printAttack(result: AttackResult): void {
  const { connections, bodyBytes } = result.options;
  console.log(
    `Flood: ${connections} concurrent POSTs of ${(bodyBytes / 2 ** 20).toFixed(0)} MB that Slack never signed, ` +
      "to a fresh server (ours: node dist/index.js; bare: under tsx, +35 MB); its RSS before, at its peak and after",
  );
  console.log(
    `${"app".padEnd(7)}${"flood".padEnd(36)}${"before".padStart(8)}${"peak".padStart(8)}${"after".padStart(8)}` +
      `${"time".padStart(8)}  outcomes`,
  );
  const label = {
    unsigned: "no signature, size declared",
    forged: "forged signature, chunked",
  } as const;
  for (const f of result.floods) {
    const outcomes = Object.entries(f.outcomes)
      .map(([outcome, n]) => `${outcome} ×${n}`)
      .join(", ");
    console.log(
      `${f.app.padEnd(7)}${label[f.kind].padEnd(36)}${f.rssBeforeMB.toFixed(0).padStart(6)}MB` +
        `${f.peakRssMB.toFixed(0).padStart(6)}MB${f.rssAfterMB.toFixed(0).padStart(6)}MB${f.seconds.toFixed(1).padStart(7)}s` +
        `  ${outcomes}${f.servesAfter ? "" : "; NOT SERVING AFTERWARDS"}`,
    );
  }
}
