// What the store adds to the passive path: the state calls a message that mentions a code costs
// (its event id claimed, the conversation's mute read, the code claimed for the thread), exactly as
// the listeners make them, against each store: memory, a SQLite file, PostgreSQL on loopback.
//
// Latency is measured one message at a time (p50, p99); throughput with many messages in flight at
// once, as a busy workspace sends them (messages/s). The PostgreSQL server is BENCH_DATABASE_URL's
// (or TEST_DATABASE_URL's) when set, else one started for the run (scripts/embedded-postgres.ts);
// the benchmark makes a database of its own there and drops it at the end.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { type EmbeddedServer, startEmbeddedPostgres } from "../scripts/embedded-postgres.ts";
import { createLogger, LogLevel } from "../src/logger.ts";
import { createMemoryStore } from "../src/store/memory.ts";
import { openPostgresStore } from "../src/store/postgres.ts";
import { openSqliteStore } from "../src/store/sqlite.ts";
import type { Store } from "../src/store/store.ts";

export interface StoreOptions {
  /** Messages measured one at a time. */
  readonly sequential: number;
  /** Messages sent with `concurrency` in flight. */
  readonly concurrent: number;
  readonly concurrency: number;
}

export interface StoreFigures {
  readonly kind: string;
  readonly p50Micros: number;
  readonly p99Micros: number;
  readonly messagesPerSecond: number;
}

export interface StoreResult {
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

async function measure(kind: string, store: Store, options: StoreOptions): Promise<StoreFigures> {
  for (let i = 0; i < 200; i++) await passiveMessage(store);
  const times: number[] = [];
  for (let i = 0; i < options.sequential; i++) {
    const start = performance.now();
    await passiveMessage(store);
    times.push((performance.now() - start) * 1000);
  }
  times.sort((a, b) => a - b);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next++ < options.concurrent) await passiveMessage(store);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    kind,
    p50Micros: percentile(times, 50),
    p99Micros: percentile(times, 99),
    messagesPerSecond: options.concurrent / seconds,
  };
}

export async function benchStore(options: StoreOptions): Promise<StoreResult> {
  const logger = createLogger({ level: LogLevel.WARN });
  const quiet = { logger, cleanupEveryMs: 0 };
  const figures: StoreFigures[] = [];

  figures.push(await measure("memory", createMemoryStore(), options));

  const folder = mkdtempSync(join(tmpdir(), "status-bot-bench-store-"));
  try {
    const sqlite = await openSqliteStore(join(folder, "bench.sqlite"), quiet);
    figures.push(await measure("SQLite file", sqlite, options));
    await sqlite.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  const given = process.env.BENCH_DATABASE_URL?.trim() || process.env.TEST_DATABASE_URL?.trim();
  const embedded: EmbeddedServer | undefined = given ? undefined : await startEmbeddedPostgres();
  const serverUrl = given || embedded?.url || "";
  const database = `sb_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    const postgres = await openPostgresStore(url.toString(), quiet);
    figures.push(await measure("PostgreSQL (loopback)", postgres, options));
    await postgres.close();
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(database)} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
  }
  return {
    figures,
    postgresServer: given
      ? "the server of BENCH_DATABASE_URL/TEST_DATABASE_URL"
      : "embedded-postgres, started for the run",
  };
}

export function printStore(result: StoreResult, options: StoreOptions): void {
  console.log(
    `Store on the passive path: per message mentioning a code, its event id claimed, the mute read and the code claimed for the thread (${options.sequential} one at a time; ${options.concurrent} with ${options.concurrency} in flight). PostgreSQL: ${result.postgresServer}.`,
  );
  const memory = result.figures[0];
  console.log(
    `  ${"store".padEnd(24)}${"p50".padStart(10)}${"p99".padStart(10)}${"p99 added".padStart(12)}${"messages/s".padStart(13)}`,
  );
  for (const f of result.figures) {
    const added = memory ? f.p99Micros - memory.p99Micros : 0;
    console.log(
      `  ${f.kind.padEnd(24)}${`${f.p50Micros.toFixed(0)} µs`.padStart(10)}${`${f.p99Micros.toFixed(0)} µs`.padStart(10)}${`${added.toFixed(0)} µs`.padStart(12)}${Math.round(f.messagesPerSecond).toLocaleString("en-US").padStart(13)}`,
    );
  }
}
