// The load generator's side of the HTTP benchmark: signed slash commands, sent with autocannon, and
// what one run measured (requests/s, latency, the server's CPU time per request).
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { createRequire } from "node:module";
import { BENCH_TEAM_ID } from "../fake-slack.ts";
import { median, percentile } from "../stats.ts";

export const SIGNING_SECRET = "5e1fbe7c0d2a4b9f8e3c6a1d7b0f9e2c";
export const BOT_TOKEN = "xoxb-1111111111-2222222222-benchTokenValue";
export const EVENTS_PATH = "/slack/events";
const FORM = "application/x-www-form-urlencoded";

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
  /**
   * CPU time the rest of the machine used during the run (other processes, other people's work, and
   * the hypervisor's steal), over the run's wall time: the machine's busy time from /proc/stat less
   * the server's and the load generator's. NaN where /proc/stat cannot be read.
   */
  readonly otherCpuShare: number;
}

/** The whole machine's busy time (steal included) so far, in µs, from /proc/stat; NaN elsewhere. */
function machineBusyMicros(): number {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0] ?? "";
    // cpu user nice system idle iowait irq softirq steal ..., in USER_HZ ticks (100 a second).
    const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = ticks;
    return (user + nice + system + irq + softirq + steal) * 10_000;
  } catch {
    return Number.NaN;
  }
}

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
export function signedHeaders(body: string): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    "content-type": FORM,
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": signature(timestamp, body),
  };
}

/** A slash command's form body, shaped like Slack's. */
export function slashCommand(text: string, responseUrl: string): string {
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

/** One signed POST to the events endpoint, outside of any load (checks, fetching cards). */
export function post(port: number, body: string): Promise<{ status: number; text: string }> {
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

/** What a run needs from the server it measures: its port, and its CPU time so far (µs). */
export interface Target {
  readonly name: string;
  readonly port: number;
  cpuMicros(): Promise<number>;
  /** The server's last lines of output, for error messages. */
  readonly tail: readonly string[];
}

/** Where a sequence of several bodies has got to: the next body to send. */
export interface Cursor {
  next: number;
}

/**
 * The requests of a run: one body sent again and again, or several sent in turn across all
 * connections, each signed when the run starts. Several bodies go on from `cursor`, so that runs
 * one after the other (priming, warm-up, measuring) continue the same cycle: a server sees each
 * body again only after all the others.
 */
function requestsOf(bodies: readonly string[], cursor: Cursor): Record<string, unknown> {
  const signed = bodies.map((body) => ({ body, headers: signedHeaders(body) }));
  if (signed.length === 1) return signed[0] as Record<string, unknown>;
  return {
    requests: [
      {
        method: "POST",
        setupRequest: (req: Record<string, unknown>) => {
          const chosen = signed[cursor.next++ % signed.length] as {
            body: string;
            headers: Record<string, string>;
          };
          return { ...req, body: chosen.body, headers: chosen.headers };
        },
      },
    ],
  };
}

/**
 * Unmeasured load until the server has answered `requests` requests (a count, not a time: on a busy
 * machine a second of priming may not even go once through a few hundred questions, and the first
 * measured round then pays for JIT compilation and first-time work).
 */
export async function prime(
  target: Target,
  bodies: readonly string[],
  connections: number,
  requests: number,
  cursor: Cursor = { next: 0 },
): Promise<void> {
  const result = await autocannon({
    url: `http://127.0.0.1:${target.port}${EVENTS_PATH}`,
    method: "POST",
    connections,
    timeout: 10,
    amount: requests,
    ...requestsOf(bodies, cursor),
  });
  if (result.errors || result.timeouts || result.non2xx) {
    throw new Error(`${target.name}: ${result.non2xx} non-2xx, ${result.errors} errors while priming`);
  }
}

/**
 * One run: `warmupS` of unmeasured load, then `durationS` measured. Latencies are kept here in full
 * precision (autocannon's own histogram counts whole milliseconds, too coarse on loopback).
 */
export async function load(
  target: Target,
  bodies: readonly string[],
  connections: number,
  durationS: number,
  warmupS: number,
  cursor: Cursor = { next: 0 },
): Promise<RunFigures> {
  const common = () => ({
    url: `http://127.0.0.1:${target.port}${EVENTS_PATH}`,
    method: "POST",
    connections,
    timeout: 10,
    ...requestsOf(bodies, cursor),
  });
  if (warmupS > 0) await autocannon({ ...common(), duration: warmupS });
  let latencies = new Float64Array(65_536);
  let count = 0;
  let failed = 0;
  const cpuBefore = await target.cpuMicros();
  const clientBefore = process.cpuUsage();
  const machineBefore = machineBusyMicros();
  const instance = autocannon({ ...common(), duration: durationS });
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
  const machine = machineBusyMicros() - machineBefore;
  const cpu = (await target.cpuMicros()) - cpuBefore;
  if (failed || result.errors || result.timeouts || result.non2xx || count === 0) {
    throw new Error(
      `${target.name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts\n${target.tail.join("\n")}`,
    );
  }
  const sorted = latencies.subarray(0, count).sort();
  return {
    rps: count / result.duration,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    requests: count,
    cpuMicrosPerRequest: cpu / count,
    serverCpuShare: cpu / (result.duration * 1e6),
    clientCpuShare: (client.user + client.system) / (result.duration * 1e6),
    otherCpuShare: Math.max(0, machine - cpu - client.user - client.system) / (result.duration * 1e6),
  };
}

export function medianFigures(runs: readonly RunFigures[]): RunFigures {
  const of = (field: keyof RunFigures) => median(runs.map((run) => run[field]));
  return {
    rps: of("rps"),
    p50Ms: of("p50Ms"),
    p99Ms: of("p99Ms"),
    requests: of("requests"),
    cpuMicrosPerRequest: of("cpuMicrosPerRequest"),
    serverCpuShare: of("serverCpuShare"),
    clientCpuShare: of("clientCpuShare"),
    otherCpuShare: of("otherCpuShare"),
  };
}
