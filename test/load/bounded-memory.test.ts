import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createBotDeps, MAX_CACHED_QUESTION } from "../../src/listeners/deps.ts";
import { MemoryEventDedupe, MemoryExplainedCodes } from "../../src/store/memory.ts";
import { MentionDedupe } from "../../src/store/mention-dedupe.ts";
import { MemoryMuteStore } from "../../src/store/mute-store.ts";
import { WORKSPACE_DEFAULT } from "../../src/store/store.ts";
import { TtlCache, TtlSet } from "../../src/store/ttl-cache.ts";

/**
 * Everything the app remembers between requests has a size limit, and everything that is a cache,
 * a throttle or a dedupe also expires: a week of traffic cannot grow the process. Each store is
 * filled well beyond its limit, as the app configures it (createBotDeps), on a fake clock.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The memory behind the app's default (in-memory) store, as createBotDeps configures it. */
function memoryOfDefaultStore() {
  const { events, mentions } = createBotDeps();
  expect(events).toBeInstanceOf(MemoryEventDedupe);
  expect(mentions).toBeInstanceOf(MemoryExplainedCodes);
  return { events: (events as MemoryEventDedupe).seen, mentions: (mentions as MemoryExplainedCodes).memory };
}

/** A channel of one workspace. */
const at = (channel: string) => ({ workspace: "T1", channel });

beforeEach(() => {
  // The stores read Date.now when they are built: build them after this.
  vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-01-05T09:00:00Z") });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the event ids already handled (redelivery dedupe)", () => {
  it("keep at most 20,000 ids, the newest, and forget each after 2 hours", () => {
    const { events } = memoryOfDefaultStore();
    // Every id is new (checked once over the loop: an expect per call would cost more than the store).
    const refused = [];
    for (let i = 0; i < 50_000; i++) if (!events.addIfAbsent(`Ev${i}`)) refused.push(`Ev${i}`);
    expect(refused).toEqual([]);
    expect(events.size).toBe(20_000);
    expect(events.has("Ev29999")).toBe(false);
    expect(events.has("Ev30000")).toBe(true);
    expect(events.addIfAbsent("Ev49999")).toBe(false);

    vi.advanceTimersByTime(2 * HOUR - 1);
    expect(events.has("Ev49999")).toBe(true);
    vi.advanceTimersByTime(1);
    expect(events.size).toBe(0);
    expect(events.addIfAbsent("Ev49999")).toBe(true);
  });

  it("a retry that arrives within Slack's retry window (minutes) is still recognised", () => {
    const { events } = memoryOfDefaultStore();
    events.addIfAbsent("EvFirst");
    // Slack's retries come after about 1 minute, then 5 minutes; meanwhile, a busy workspace.
    vi.advanceTimersByTime(5 * MINUTE);
    for (let i = 0; i < 10_000; i++) events.addIfAbsent(`EvBusy${i}`);
    expect(events.addIfAbsent("EvFirst")).toBe(false);
  });
});

describe("the codes explained where (channel window and thread memory)", () => {
  it("keep at most 10,000 channel pairs and 10,000 thread pairs, and expire after 10 min and 24 h", () => {
    const { mentions } = memoryOfDefaultStore();
    // Every claim is granted (checked once over the loop, as above).
    const refused = [];
    for (let i = 0; i < 30_000; i++) {
      if (mentions.claim(`C${i}`, `${i}.0001`, [500 + (i % 4)]).length !== 1) refused.push(`C${i}`);
    }
    expect(refused).toEqual([]);
    expect(mentions.size).toBe(10_000 + 10_000);

    // The channel window (10 minutes) ends: the threads still remember their codes.
    vi.advanceTimersByTime(10 * MINUTE);
    expect(mentions.size).toBe(10_000);
    // The newest thread still has its code; another thread of that channel may have it now.
    expect(mentions.allowed("C29999", "29999.0001", 503)).toBe(false);
    expect(mentions.allowed("C29999", "30000.0001", 503)).toBe(true);

    // A day later nothing is left.
    vi.advanceTimersByTime(24 * HOUR);
    expect(mentions.size).toBe(0);
    expect(mentions.allowed("C29999", "29999.0001", 503)).toBe(true);
  });

  it("the limit holds for any configuration", () => {
    const mentions = new MentionDedupe({ maxSize: 50 });
    for (let i = 0; i < 1_000; i++) mentions.record(`C${i}`, `${i}.1`, 404);
    expect(mentions.size).toBe(100);
  });
});

describe("the muted channels", () => {
  it("are a setting, so they do not expire, but at most 100,000 are kept (the oldest go first)", async () => {
    const { mutes } = createBotDeps();
    expect(mutes).toBeInstanceOf(MemoryMuteStore);
    const store = mutes as MemoryMuteStore;
    for (let i = 0; i < 120_000; i++) await store.mute(at(`C${i}`));
    expect(store.size).toBe(100_000);
    expect(await store.isMuted(at("C19999"))).toBe(false);
    expect(await store.isMuted(at("C20000"))).toBe(true);

    vi.advanceTimersByTime(365 * 24 * HOUR);
    expect(await store.isMuted(at("C119999"))).toBe(true);
    // Muting again refreshes: that channel is now the newest.
    await store.mute(at("C20000"));
    await store.mute(at("Cnew"));
    expect(await store.isMuted(at("C20000"))).toBe(true);
    expect(await store.isMuted(at("C20001"))).toBe(false);
  });

  it("an unmute is a setting like a mute (it wins over a workspace default), within the same bound", async () => {
    const store = new MemoryMuteStore({ maxSize: 3 });
    for (const channel of ["C1", "C2", "C3"]) await store.mute(at(channel));
    await store.unmute(at("C2"));
    await store.mute(at("C4"));
    // Four settings for room for three: the one set longest ago is forgotten, as on a restart.
    expect(store.size).toBe(2);
    expect(await store.isMuted(at("C1"))).toBe(false);
    expect(await store.isMuted(at("C3"))).toBe(true);
    await store.mute(at(WORKSPACE_DEFAULT));
    expect(await store.isMuted(at("C2"))).toBe(false);
    expect(() => new MemoryMuteStore({ maxSize: 0 })).toThrow(RangeError);
  });
});

describe("TtlSet, the store behind them", () => {
  it("stays bounded when keys are refreshed, re-added and given their own TTLs", () => {
    const set = new TtlSet({ ttlMs: HOUR, maxSize: 1_000 });
    for (let i = 0; i < 20_000; i++) {
      set.add(`k${i % 3_000}`, (i % 7) * MINUTE + 1);
      if (i % 5 === 0) set.addIfAbsent(`k${i}`);
    }
    expect(set.size).toBeLessThanOrEqual(1_000);
    vi.advanceTimersByTime(HOUR);
    expect(set.size).toBe(0);
  });
});

describe("TtlCache, the /status reply cache", () => {
  it("keeps at most its size, evicting the oldest, and forgets entries when they expire", () => {
    const cache = new TtlCache<number>({ ttlMs: HOUR, maxSize: 500 });
    for (let i = 0; i < 5_000; i++) cache.set(`q${i}`, i);
    expect(cache.size).toBe(500);
    expect(cache.get("q0")).toBeUndefined();
    expect(cache.get("q4999")).toBe(4999);
    vi.advanceTimersByTime(HOUR);
    expect(cache.get("q4999")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("the app's reply cache is bounded", () => {
    const deps = createBotDeps();
    for (let i = 0; i < 2_000; i++)
      deps.replies.set(`q${i}`, { response_type: "ephemeral", text: "x", blocks: [] });
    expect(deps.replies.size).toBeLessThanOrEqual(500);
  });

  it("the app's reply cache never keeps a long question (a 1 MB question would pin megabytes)", () => {
    const deps = createBotDeps();
    const reply = { response_type: "ephemeral" as const, text: "x", blocks: [] };
    for (let i = 0; i < 300; i++) deps.replies.set(`${i} ${"why ".repeat(250_000)}`, reply);
    expect(deps.replies.size).toBe(0);
    const longest = "x".repeat(MAX_CACHED_QUESTION);
    deps.replies.set(longest, reply);
    expect(deps.replies.get(longest)).toBe(reply);
    expect(deps.replies.get(`${longest}x`)).toBeUndefined();
  });
});
