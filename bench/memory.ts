// Memory benchmark: resident set and heap before and after 100,000 answers (answer() + renderAnswer())
// over a varied mix of queries. The answering happens in a child process running the compiled app
// (dist/, from `npm run build`) on plain node with --expose-gc, so that every figure is taken after
// a full collection and none includes tsx (its loader thread alone adds some 35 MB of RSS). This
// process makes the queries and hands them over in batches. Checkpoints along the way show whether
// anything keeps growing: every cache the engine keeps must be bounded.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { CLASS_QUESTIONS, SCENARIO_QUESTIONS } from "./queries.ts";

export interface MemorySnapshot {
  readonly label: string;
  readonly answers: number;
  readonly rssMB: number;
  readonly heapUsedMB: number;
  readonly heapTotalMB: number;
  readonly externalMB: number;
}

export interface MemoryResult {
  readonly answers: number;
  readonly seconds: number;
  readonly distinctQueries: number;
  readonly snapshots: MemorySnapshot[];
  /** Highest RSS seen (kernel's figure for the process). */
  readonly maxRssMB: number;
}

const DIST = new URL("../dist/", import.meta.url);
const BATCH = 1_000;

/**
 * The child: plain JavaScript, as it runs on plain node. It answers each batch of queries it is
 * sent, takes a snapshot (after a full GC) when asked, and reports at the end.
 */
const CHILD = `
const dist = process.env.BENCH_DIST;
const { answer } = await import(new URL("engine/answer.js", dist).href);
const { renderAnswer } = await import(new URL("cards/index.js", dist).href);
const { getCatalog } = await import(new URL("knowledge/load.js", dist).href);
const snapshots = [];
const snapshot = (label, answers) => {
  globalThis.gc();
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  const mb = (bytes) => bytes / (1024 * 1024);
  snapshots.push({ label, answers, rssMB: mb(rss), heapUsedMB: mb(heapUsed), heapTotalMB: mb(heapTotal), externalMB: mb(external) });
};
snapshot("modules imported", 0);
const catalog = getCatalog();
answer("what should I return when the rate limit is hit?", catalog);
snapshot("catalog + index built", 0);
let done = 0;
let ms = 0;
let blocks = 0;
process.on("message", (msg) => {
  if (msg.type === "batch") {
    const start = performance.now();
    for (const query of msg.queries) {
      const result = answer(query, catalog);
      blocks += renderAnswer(result, catalog, { shareable: result.intent !== "help" }).blocks.length;
    }
    ms += performance.now() - start;
    done += msg.queries.length;
    if (msg.snapshot) snapshot("after " + done.toLocaleString("en") + " answers", done);
    process.send({ type: "next" });
  } else if (msg.type === "done") {
    const maxRssMB = process.resourceUsage().maxRSS / 1024;
    process.send({ type: "result", snapshots, ms, blocks, maxRssMB }, () => process.exit(0));
  }
});
process.send({ type: "next" });
`;

interface ChildResult {
  readonly type: "result";
  readonly snapshots: MemorySnapshot[];
  readonly ms: number;
  readonly blocks: number;
  readonly maxRssMB: number;
}

/** Runs the measurement in a child process (node --expose-gc, compiled app) and returns its figures. */
export function benchMemory(answers: number): Promise<MemoryResult> {
  if (!existsSync(new URL("engine/answer.js", DIST))) {
    return Promise.reject(new Error("dist/ is missing: run npm run build first"));
  }
  const distinctQueries = new Set(queryMix(answers)).size;
  const queries = queryMix(answers);
  const checkpoints = [0.25, 0.5, 0.75, 1].map((share) => Math.round(share * answers));
  let sent = 0;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", "--input-type=module", "-e", CHILD], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      env: { PATH: process.env.PATH, NODE_ENV: "production", BENCH_DIST: DIST.href },
    });
    let result: ChildResult | undefined;
    const timer = setTimeout(() => child.kill("SIGKILL"), 300_000);
    child.on("message", (msg: { type: string } | ChildResult) => {
      if (msg.type === "result") {
        result = msg as ChildResult;
        return;
      }
      if (sent >= answers) {
        child.send({ type: "done" });
        return;
      }
      // Batches end at the checkpoints, where the child takes a snapshot.
      const checkpoint = checkpoints.find((at) => at > sent) ?? answers;
      const batch: string[] = [];
      while (batch.length < BATCH && sent < checkpoint) {
        const next = queries.next();
        if (next.done) break;
        batch.push(next.value);
        sent += 1;
      }
      child.send({ type: "batch", queries: batch, snapshot: sent === checkpoint || sent >= answers });
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code !== 0 || !result) {
        reject(new Error(`the memory benchmark's child exited with ${code}`));
        return;
      }
      if (result.blocks === 0) {
        reject(new Error("the memory benchmark rendered no cards"));
        return;
      }
      resolve({
        answers,
        seconds: result.ms / 1000,
        distinctQueries,
        snapshots: result.snapshots,
        maxRssMB: result.maxRssMB,
      });
    });
  });
}

export function printMemory(result: MemoryResult): void {
  console.log(
    `Memory: ${result.answers.toLocaleString("en")} answers (answer() + renderAnswer(), ${result.distinctQueries.toLocaleString("en")} distinct queries) ` +
      `in ${result.seconds.toFixed(1)} s; figures after a full GC`,
  );
  console.log(
    `${"".padEnd(30)}${"RSS MB".padStart(9)}${"heap used".padStart(11)}${"heap total".padStart(12)}${"external".padStart(10)}`,
  );
  for (const s of result.snapshots) {
    console.log(
      `${s.label.padEnd(30)}${s.rssMB.toFixed(1).padStart(9)}${s.heapUsedMB.toFixed(1).padStart(11)}` +
        `${s.heapTotalMB.toFixed(1).padStart(12)}${s.externalMB.toFixed(1).padStart(10)}`,
    );
  }
  const loaded = result.snapshots.find((s) => s.label.startsWith("catalog"));
  const last = result.snapshots.at(-1);
  if (loaded && last) {
    console.log(
      `  heap growth over the answers: ${(last.heapUsedMB - loaded.heapUsedMB).toFixed(1)} MB; ` +
        `RSS growth: ${(last.rssMB - loaded.rssMB).toFixed(1)} MB; peak RSS ${result.maxRssMB.toFixed(1)} MB`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// The queries

/** A small deterministic generator (mulberry32), so every run asks the same questions. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = [
  "forbidden",
  "not found",
  "teapot",
  "payload too large",
  "unprocessable entity",
  "gateway timeout",
  "method not allowed",
  "unauthorized",
  "bad request",
  "service unavailable",
  "moved temporarily",
  "precondition failed",
  "too many requests",
  "conflict",
  "gone",
  "no content",
];
const PHRASES = [
  ...SCENARIO_QUESTIONS,
  "which status for a deleted resource",
  "client sent a token that expired",
];
const CLASSES = [...CLASS_QUESTIONS, "2xx"];
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** The queries people type, varied so that no cache can hold them all: typos, unseen words, numbers. */
function* queryMix(count: number): Generator<string> {
  const next = random(20_241_125);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const code = () => 100 + Math.floor(next() * 500);
  const word = () =>
    Array.from({ length: 3 + Math.floor(next() * 8) }, () => LETTERS[Math.floor(next() * 26)]).join("");
  const typo = (text: string) => {
    const at = Math.floor(next() * text.length);
    return text.slice(0, at) + text.slice(at + 1);
  };
  const kinds: (() => string)[] = [
    () => String(code()),
    () => `${pick(["HTTP", "status", "error", "got a", "nginx", "cloudflare"])} ${code()}`,
    () => `HTTP/1.1 ${code()} ${pick(NAMES)}`,
    () => pick(NAMES),
    () => typo(pick(NAMES)),
    () => `${code()} vs ${code()}`,
    () => `difference between ${pick(NAMES)} and ${pick(NAMES)}`,
    () => pick(CLASSES),
    () => pick(PHRASES),
    () => `${pick(PHRASES)} ${word()}`,
    () => `${word()} ${word()} ${word()}`,
    () => Array.from({ length: 20 + Math.floor(next() * 60) }, word).join(" "),
  ];
  for (let i = 0; i < count; i++) yield pick(kinds)();
}
