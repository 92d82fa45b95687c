import { describe, expect, it } from "vitest";
import { MentionDedupe } from "../../src/store/mention-dedupe.ts";
import { MemoryMuteStore } from "../../src/store/mute-store.ts";
import { TtlSet } from "../../src/store/ttl-cache.ts";

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("TtlSet", () => {
  it("forgets keys after the TTL", () => {
    const time = clock();
    const set = new TtlSet({ ttlMs: 1000, maxSize: 10, now: time.now });
    expect(set.addIfAbsent("a")).toBe(true);
    expect(set.addIfAbsent("a")).toBe(false);
    time.advance(999);
    expect(set.has("a")).toBe(true);
    time.advance(1);
    expect(set.has("a")).toBe(false);
    expect(set.addIfAbsent("a")).toBe(true);
  });

  it("keeps at most maxSize keys, evicting the oldest", () => {
    const set = new TtlSet({ ttlMs: 60_000, maxSize: 3 });
    for (const key of ["a", "b", "c", "d"]) set.add(key);
    expect(set.size).toBe(3);
    expect(set.has("a")).toBe(false);
    expect(set.has("d")).toBe(true);
    set.add("b"); // refreshed: now the newest
    set.add("e");
    expect(set.has("c")).toBe(false);
    expect(set.has("b")).toBe(true);
  });

  it("stays bounded under many keys", () => {
    const set = new TtlSet({ ttlMs: 60_000, maxSize: 100 });
    for (let i = 0; i < 10_000; i++) set.add(`k${i}`);
    expect(set.size).toBe(100);
  });

  it("rejects nonsense limits", () => {
    expect(() => new TtlSet({ ttlMs: 0, maxSize: 1 })).toThrow();
    expect(() => new TtlSet({ ttlMs: 1, maxSize: 0 })).toThrow();
  });
});

describe("MentionDedupe", () => {
  it("does not explain a code twice in a thread", () => {
    const time = clock();
    const dedupe = new MentionDedupe({ now: time.now });
    expect(dedupe.claim("C1", "1.0", [503])).toEqual([503]);
    time.advance(11 * 60_000);
    expect(dedupe.claim("C1", "1.0", [503, 502])).toEqual([502]);
  });

  it("does not explain a code again in a channel within 10 minutes, but does after", () => {
    const time = clock();
    const dedupe = new MentionDedupe({ now: time.now });
    expect(dedupe.claim("C1", "1.0", [503])).toEqual([503]);
    time.advance(9 * 60_000);
    expect(dedupe.claim("C1", "2.0", [503])).toEqual([]);
    expect(dedupe.claim("C2", "2.0", [503])).toEqual([503]);
    time.advance(60_000);
    expect(dedupe.claim("C1", "3.0", [503])).toEqual([503]);
  });

  it("forgets a released claim", () => {
    const dedupe = new MentionDedupe();
    dedupe.claim("C1", "1.0", [429]);
    dedupe.release("C1", "1.0", [429]);
    expect(dedupe.allowed("C1", "1.0", 429)).toBe(true);
  });
});

describe("MemoryMuteStore", () => {
  it("mutes and unmutes per workspace and channel", async () => {
    const store = new MemoryMuteStore();
    const c1 = { workspace: "T1", channel: "C1" };
    expect(await store.isMuted(c1)).toBe(false);
    await store.mute(c1);
    expect(await store.isMuted(c1)).toBe(true);
    expect(await store.isMuted({ workspace: "T1", channel: "C2" })).toBe(false);
    expect(await store.isMuted({ workspace: "T2", channel: "C1" })).toBe(false);
    await store.unmute(c1);
    expect(await store.isMuted(c1)).toBe(false);
  });
});
