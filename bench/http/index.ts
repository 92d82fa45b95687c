// HTTP benchmark: signed `/httpstatus` slash commands over loopback to Status Bot and to a bare Bolt app
// that acks a static card (the framework's own ceiling, baseline.ts), driven by autocannon (load.ts).
//
// Layout: this process runs autocannon and the fake Slack Web API; each app runs in a child process
// of its own (servers.ts), so the load generator never shares an event loop with the server it
// measures. Both apps stay up for the whole run and are measured in turn (A B, B A, ...); the
// figures are medians over the rounds. The bare app acks exactly the bytes Status Bot sends for the
// same command, so the ratio measures our own work per request, not a difference in size.
//
// Three scenarios: the same question again and again (a code, then a sentence: Status Bot answers
// from its reply cache), and a few hundred questions that all differ, asked in turn, more than the
// reply cache holds, so that none is answered from it (the servers count the cache's hits to show it).
//
// Besides requests/s and latency, each run records the server's CPU time per request (all its
// threads, from process.cpuUsage()). On a shared machine a server does not always get a whole core,
// which moves requests/s from run to run; CPU time per request hardly moves, and bare/ours of it is
// the ratio that requests/s tends to on an otherwise idle machine.
import { getCatalog } from "../../src/knowledge/load.ts";
import { BenchSlack } from "../fake-slack.ts";
import { distinctQuestions } from "../queries.ts";
import { type Cursor, load, medianFigures, post, type RunFigures, slashCommand } from "./load.ts";
import { printProfiles } from "./profile.ts";
import { type AppName, ask, type Server, spawnServer, stopServer } from "./servers.ts";

const APPS: readonly AppName[] = ["ours", "bare"];

export interface Scenario {
  readonly label: string;
  readonly questions: readonly string[];
  /** The least ours/bare requests/s the app is meant to reach here. */
  readonly target: number;
}

export function scenarios(): Scenario[] {
  const distinct = distinctQuestions(getCatalog());
  return [
    { label: "/httpstatus 403", questions: ["403"], target: 0.9 },
    {
      label: "/httpstatus <free text>",
      questions: ["what should I return when the rate limit is hit?"],
      target: 0.9,
    },
    { label: `${distinct.length} distinct questions`, questions: distinct, target: 1.0 },
  ];
}

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

export interface ScenarioResult {
  readonly label: string;
  readonly questions: number;
  readonly target: number;
  /** Mean size of the replies, in bytes. */
  readonly responseBytes: number;
  readonly runs: Record<AppName, RunFigures[]>;
  readonly median: Record<AppName, RunFigures>;
  /** Median requests/s of ours over median requests/s of bare Bolt: the target's figure. */
  readonly ratio: number;
  /** ours/bare requests/s within each round (both apps measured back to back). */
  readonly roundRatios: number[];
  /** Median CPU time per request of bare Bolt over ours. */
  readonly cpuRatio: number;
  /** Of ours' measured requests, the share answered from its reply cache. */
  readonly cacheHitShare: number;
}

export interface HttpResult {
  readonly options: HttpOptions;
  readonly scenarios: ScenarioResult[];
  /** Lines the apps wrote while under load (logging per request would be a cost in itself). */
  readonly logLines: Record<AppName, number>;
  /** Calls to the fake Slack Web API over the whole run, by method (a slash command needs none). */
  readonly slackCalls: Record<string, number>;
}

/**
 * What Status Bot acks for each question, fetched from it; sent to the bare app, which then must
 * ack the same bytes (checked).
 */
async function shareCards(
  ours: Server,
  bare: Server,
  bodies: readonly string[],
  questions: readonly string[],
) {
  const cards: Record<string, unknown> = {};
  let bytes = 0;
  for (const [i, body] of bodies.entries()) {
    const reply = await post(ours.port, body);
    if (reply.status !== 200 || !reply.text.includes('"blocks"')) {
      throw new Error(
        `Status Bot answered /httpstatus ${questions[i]} with ${reply.status}: ${reply.text.slice(0, 300)}`,
      );
    }
    cards[questions[i] as string] = JSON.parse(reply.text);
    bytes += Buffer.byteLength(reply.text);
  }
  await ask(bare, "cards", { cards });
  for (const [i, body] of bodies.entries()) {
    const [a, b] = await Promise.all([post(ours.port, body), post(bare.port, body)]);
    if (a.text !== b.text)
      throw new Error(`the bare app's reply to /httpstatus ${questions[i]} differs from Status Bot's`);
  }
  return bytes / bodies.length;
}

export async function benchHttp(options: HttpOptions): Promise<HttpResult> {
  const slack = await new BenchSlack().start();
  const servers: Server[] = [];
  try {
    // One after the other, so that neither start-up slows the other down.
    const ours = await spawnServer("ours", slack.apiUrl, options.profileDir);
    servers.push(ours);
    const bare = await spawnServer("bare", slack.apiUrl, options.profileDir);
    servers.push(bare);
    const byName: Record<AppName, Server> = { ours, bare };

    const prepared = [];
    for (const scenario of scenarios()) {
      const bodies = scenario.questions.map((text) => slashCommand(text, slack.responseUrl("bench")));
      const responseBytes = await shareCards(ours, bare, bodies, scenario.questions);
      // Each server goes through the questions in turn, across all its runs (see Cursor).
      const cursors: Record<AppName, Cursor> = { ours: { next: 0 }, bare: { next: 0 } };
      prepared.push({ scenario, bodies, responseBytes, cursors });
    }
    for (const { bodies, cursors } of prepared) {
      for (const server of servers) {
        await load(server, bodies, options.connections, options.primeS, 0, cursors[server.name]);
      }
    }

    const logsBefore = { ours: ours.logLines, bare: bare.logLines };
    const results: ScenarioResult[] = [];
    for (const { scenario, bodies, responseBytes, cursors } of prepared) {
      const runs: Record<AppName, RunFigures[]> = { ours: [], bare: [] };
      const roundRatios: number[] = [];
      let hits = 0;
      let lookups = 0;
      for (let round = 0; round < options.rounds; round++) {
        // Alternate who goes first, so that no app always runs on a machine just warmed by another.
        const order = round % 2 === 0 ? APPS : [...APPS].reverse();
        for (const name of order) {
          const before = await ask<{ hits: number; misses: number }>(byName[name], "stats");
          const server = byName[name];
          const { connections, durationS, warmupS } = options;
          runs[name].push(await load(server, bodies, connections, durationS, warmupS, cursors[name]));
          const after = await ask<{ hits: number; misses: number }>(byName[name], "stats");
          if (name === "ours") {
            hits += after.hits - before.hits;
            lookups += after.hits - before.hits + after.misses - before.misses;
          }
        }
        roundRatios.push((runs.ours.at(-1)?.rps ?? 0) / (runs.bare.at(-1)?.rps ?? 1));
      }
      const median = { ours: medianFigures(runs.ours), bare: medianFigures(runs.bare) };
      results.push({
        label: scenario.label,
        questions: scenario.questions.length,
        target: scenario.target,
        responseBytes,
        runs,
        median,
        ratio: median.ours.rps / median.bare.rps,
        roundRatios,
        cpuRatio: median.bare.cpuMicrosPerRequest / median.ours.cpuMicrosPerRequest,
        cacheHitShare: lookups ? hits / lookups : 0,
      });
    }
    return {
      options,
      scenarios: results,
      logLines: { ours: ours.logLines - logsBefore.ours, bare: bare.logLines - logsBefore.bare },
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
    `${"scenario".padEnd(26)}${"app".padEnd(6)}${"req/s".padStart(8)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}` +
      `${"CPU µs/req".padStart(12)}${"server CPU".padStart(12)}${"autocannon CPU".padStart(16)}`,
  );
  const percent = (share: number) => `${(share * 100).toFixed(0)}%`;
  for (const s of result.scenarios) {
    for (const name of APPS) {
      const m = s.median[name];
      const first = name === "ours" ? s.label : `  (replies ${s.responseBytes.toFixed(0)} B)`;
      console.log(
        `${first.padEnd(26)}${name.padEnd(6)}` +
          `${m.rps.toFixed(0).padStart(8)}${m.p50Ms.toFixed(2).padStart(9)}${m.p99Ms.toFixed(2).padStart(9)}` +
          `${m.cpuMicrosPerRequest.toFixed(0).padStart(12)}${percent(m.serverCpuShare).padStart(12)}` +
          `${percent(m.clientCpuShare).padStart(16)}`,
      );
    }
    const verdict = s.ratio >= s.target ? "met" : "MISSED";
    console.log(
      `${"".padEnd(26)}ratio ours/bare: req/s ${s.ratio.toFixed(2)} (target >= ${s.target}: ${verdict}; ` +
        `rounds ${s.roundRatios.map((r) => r.toFixed(2)).join(" ")}); CPU µs/req bare/ours ${s.cpuRatio.toFixed(2)}; ` +
        `answered from the reply cache: ${percent(s.cacheHitShare)}`,
    );
  }
  const calls = Object.entries(result.slackCalls).map(([method, n]) => `${method} ×${n}`);
  console.log(
    `lines logged under load: ours ${result.logLines.ours}, bare ${result.logLines.bare}; ` +
      `Slack Web API calls (both apps): ${calls.join(", ") || "none"}`,
  );
  if (result.options.profileDir) printProfiles(result.options.profileDir, APPS);
}
