// `npm run bench`: every figure in one run, with the machine it ran on. Timings never go in tests.
//
//   npm run bench                    the full run (about four minutes)
//   npm run bench -- --quick         a short smoke run: fewer, shorter runs (figures are rough)
//   npm run bench -- --only=http     some parts only: engine, startup, memory, http, flood, store (comma-separated)
//   npm run bench -- --profile       also write V8 CPU profiles of both HTTP servers and summarise them
//   npm run bench -- --distinct      HTTP: the distinct questions alone (the repeated ones are skipped)
//   npm run bench -- --rounds        HTTP: also print every round's figures
//   npm run bench -- --together      HTTP: load both apps at the same time in each round (not in turn)
import { mkdtempSync } from "node:fs";
import { cpus, loadavg, release, tmpdir, totalmem, type } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { benchEngine, printEngine } from "./engine.ts";
import { ATTACK_TARGET_MB, benchAttack, printAttack } from "./http/attack.ts";
import { benchHttp, type HttpOptions, type HttpResult, printHttp } from "./http/index.ts";
import { benchMemory, printMemory } from "./memory.ts";
import { benchStartup, build, printStartup } from "./startup.ts";
import { median } from "./stats.ts";
import { benchStore, printStore } from "./store.ts";

const PARTS = ["engine", "startup", "memory", "http", "flood", "store"] as const;
type Part = (typeof PARTS)[number];

function parseArgs(argv: string[]): {
  quick: boolean;
  profile: boolean;
  distinct: boolean;
  rounds: boolean;
  together: boolean;
  parts: Set<Part>;
} {
  let quick = false;
  let profile = false;
  let distinct = false;
  let rounds = false;
  let together = false;
  let parts = new Set<Part>(PARTS);
  for (const arg of argv) {
    if (arg === "--quick") quick = true;
    else if (arg === "--profile") profile = true;
    else if (arg === "--distinct") distinct = true;
    else if (arg === "--rounds") rounds = true;
    else if (arg === "--together") together = true;
    else if (arg.startsWith("--only=")) {
      const wanted = arg.slice("--only=".length).split(",");
      const unknown = wanted.filter((part) => !PARTS.includes(part as Part));
      if (unknown.length > 0) usage(`unknown part ${unknown.join(", ")}`);
      parts = new Set(wanted as Part[]);
    } else usage(`unknown option ${arg}`);
  }
  return { quick, profile, distinct, rounds, together, parts };
}

function usage(problem: string): never {
  console.error(
    `${problem}\nusage: npm run bench -- [--quick] [--profile] [--distinct] [--rounds] [--together] [--only=${PARTS.join(",")}]`,
  );
  process.exit(2);
}

const { quick, profile, distinct, rounds, together, parts } = parseArgs(process.argv.slice(2));
const settings = quick
  ? {
      startupRuns: 2,
      answers: 10_000,
      http: { rounds: 1, durationS: 1, warmupS: 0.5, primePasses: 1, primeRequests: 1_000, connections: 10 },
      flood: { connections: 300, bodyBytes: 4 * 1024 * 1024 },
      store: {
        sequential: 500,
        concurrent: 1_000,
        concurrency: 16,
        appSequential: 200,
        appConcurrent: 1_000,
        appConcurrency: 16,
      },
    }
  : {
      startupRuns: 5,
      answers: 100_000,
      http: { rounds: 9, durationS: 2, warmupS: 0.5, primePasses: 3, primeRequests: 5_000, connections: 10 },
      flood: { connections: 300, bodyBytes: 4 * 1024 * 1024 },
      store: {
        sequential: 3_000,
        concurrent: 10_000,
        concurrency: 16,
        appSequential: 1_000,
        appConcurrent: 5_000,
        appConcurrency: 16,
      },
    };

const began = performance.now();
const cpu = cpus();
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
console.log(`Status Bot benchmarks${quick ? " (--quick: a smoke run, figures are rough)" : ""}`);
console.log(`${new Date().toISOString()} · node ${process.version} · ${type()} ${release()}`);
console.log(
  `${cpu[0]?.model.trim() ?? "unknown CPU"} · ${cpu.length} cores · ${(totalmem() / 2 ** 30).toFixed(0)} GB · load average at start ${load()}\n`,
);

const busy = (loadavg()[0] ?? 0) / Math.max(1, cpu.length);
if (busy > 0.5) {
  console.log(
    `note: the machine is busy before the benchmarks start (load ${load().split(" ")[0]} on ${cpu.length} cores); timings will be noisy and inflated\n`,
  );
}

const targets: { name: string; value: string; met: boolean }[] = [];

if (parts.has("engine")) {
  const engine = benchEngine();
  printEngine(engine);
  const kind = (label: string) => engine.kinds.find((k) => k.label === label);
  const code = kind("code");
  const free = kind("free text");
  const thread = kind("150-word thread");
  if (code)
    targets.push({
      name: "code lookups p99 < 50 µs (steady state)",
      value: `${code.p99Micros.toFixed(1)} µs`,
      met: code.p99Micros < 50,
    });
  if (free && thread) {
    const p99 = Math.max(free.p99Micros, thread.p99Micros);
    targets.push({
      name: "free text p99 < 1 ms, 150-word questions too (steady state)",
      value: `${p99.toFixed(0)} µs`,
      met: p99 < 1000,
    });
  }
  const loadMs = engine.load.loadMs + engine.load.indexMs;
  targets.push({
    name: "catalog load + index < 300 ms",
    value: `${loadMs.toFixed(0)} ms`,
    met: loadMs < 300,
  });
  console.log();
}

// Start-up, memory, HTTP and the store through the app all run the compiled app.
if (parts.has("startup")) {
  const startup = await benchStartup(settings.startupRuns);
  printStartup(startup);
  const startMs = median(startup.appMs);
  targets.push({
    name: "start (node dist/index.js) to serving < 1 s",
    value: `${startMs.toFixed(0)} ms`,
    met: startMs < 1_000 && startup.cleanExits,
  });
  console.log();
} else if (parts.has("memory") || parts.has("http") || parts.has("flood") || parts.has("store")) {
  console.log(`npm run build: ${(build() / 1000).toFixed(1)} s\n`);
}

if (parts.has("memory")) {
  printMemory(await benchMemory(settings.answers));
  console.log();
}

if (parts.has("http")) {
  const options: HttpOptions = {
    ...settings.http,
    distinctOnly: distinct,
    together,
    ...(profile ? { profileDir: mkdtempSync(join(tmpdir(), "status-bot-profiles-")) } : {}),
  };
  const http: HttpResult = await benchHttp(options);
  printHttp(http, rounds);
  for (const s of http.scenarios) {
    targets.push({
      name: `HTTP ${s.label} req/s ours/bare >= ${s.target}`,
      value: `${s.ratio.toFixed(2)} (CPU µs/req bare/ours ${s.cpuRatio.toFixed(2)})`,
      met: s.ratio >= s.target,
    });
  }
  console.log();
}

if (parts.has("flood")) {
  const flood = await benchAttack(settings.flood);
  printAttack(flood);
  const ours = flood.floods.filter((f) => f.app === "ours");
  const peak = Math.max(...ours.map((f) => f.peakRssMB));
  targets.push({
    name: `flood of unsigned 4 MB POSTs: peak RSS < ${ATTACK_TARGET_MB} MB`,
    value: `${peak.toFixed(0)} MB`,
    met: peak < ATTACK_TARGET_MB && ours.every((f) => f.servesAfter),
  });
  console.log();
}

if (parts.has("store")) {
  printStore(await benchStore(settings.store), settings.store);
  console.log();
}

if (targets.length > 0) {
  console.log(quick ? "Targets (a --quick run: rough figures, not a verdict)" : "Targets");
  for (const t of targets) console.log(`  ${t.met ? "met   " : "MISSED"}  ${t.name.padEnd(52)} ${t.value}`);
}
console.log(`\ndone in ${((performance.now() - began) / 1000).toFixed(0)} s · load average at end ${load()}`);
