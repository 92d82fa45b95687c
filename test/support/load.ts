import { afterAll, beforeAll } from "vitest";

/**
 * Runs `task` over every item with at most `concurrency` in flight at once, the way a busy
 * workspace sends requests: results in the items' order.
 */
export async function pool<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/** The items in a shuffled order, the same for the same seed (Fisher-Yates over mulberry32). */
export function shuffled<T>(items: readonly T[], seed = 1): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** The warn and error lines of a captured log (createLogger's lines: `time LEVEL [name] message`). */
export function problems(logs: readonly string[]): string[] {
  return logs.filter((line) => /^\S+ (?:WARN|ERROR) /.test(line));
}

/**
 * How long a child process may take to start the app: a deadline that catches a hang, not a slow
 * start (the tests that start some allow 180 s in all). A start takes about 2 CPU s; on a 2-core
 * machine shared with other work (load average 14) that has taken more than 15 s.
 */
export const START_MS = 60_000;

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns true or `timeoutMs` passes; says which. */
export async function waitFor(check: () => boolean, timeoutMs: number, everyMs = 20): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await sleep(everyMs);
  }
  return check();
}

/**
 * Records unhandled rejections and uncaught exceptions for the whole test file. Call it before the
 * file's own hooks: its listeners are then added first and removed last (after hooks run in
 * reverse order), around the app's whole life.
 */
export function recordCrashes(): unknown[] {
  const crashes: unknown[] = [];
  const onCrash = (reason: unknown) => crashes.push(reason);
  beforeAll(() => {
    process.on("unhandledRejection", onCrash);
    process.on("uncaughtException", onCrash);
  });
  afterAll(() => {
    process.off("unhandledRejection", onCrash);
    process.off("uncaughtException", onCrash);
  });
  return crashes;
}
