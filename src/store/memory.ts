import type { Installation } from "@slack/bolt";
import { MentionDedupe } from "./mention-dedupe.ts";
import { MemoryMuteStore } from "./mute-store.ts";
import {
  DEFAULT_RETENTION,
  type EventDedupe,
  type ExplainedCodes,
  type InstallationKeyParts,
  type InstallationRecords,
  installationKey,
  installationKeys,
  type Retention,
  type Store,
  storedKeyOf,
  type Thread,
} from "./store.ts";
import { TtlSet } from "./ttl-cache.ts";

export interface MemoryStoreOptions extends Partial<Retention> {
  /** At most this many entries per kind of memory (events, channel and thread pairs). Default 20,000 / 10,000. */
  readonly maxEvents?: number;
  readonly maxMentions?: number;
  readonly now?: () => number;
}

/** Explained codes in memory: MentionDedupe, with the workspace in the channel key. */
export class MemoryExplainedCodes implements ExplainedCodes {
  constructor(readonly memory: MentionDedupe) {}

  async claim(where: Thread, codes: readonly number[]): Promise<number[]> {
    return this.memory.claim(channelKey(where), where.threadTs, [...new Set(codes)]);
  }

  async release(where: Thread, codes: readonly number[]): Promise<void> {
    this.memory.release(channelKey(where), where.threadTs, codes);
  }

  async record(where: Thread, codes: readonly number[]): Promise<void> {
    for (const code of codes) this.memory.record(channelKey(where), where.threadTs, code);
  }
}

function channelKey({ workspace, channel }: Thread): string {
  return `${workspace}/${channel}`;
}

/** Event ids in a bounded TtlSet. */
export class MemoryEventDedupe implements EventDedupe {
  constructor(readonly seen: TtlSet) {}

  async claim(eventId: string): Promise<boolean> {
    return this.seen.addIfAbsent(eventId);
  }
}

/** Installations by key, kept as the JSON the SQL stores keep, with the refresh claims. */
class MemoryInstallations implements InstallationRecords {
  readonly #byKey = new Map<string, { data: string; claimedUntil?: number }>();

  constructor(private readonly now: () => number) {}

  async save(installation: Installation): Promise<void> {
    // As JSON: callers (Bolt's installer) change the objects they hand over.
    this.#byKey.set(storedKeyOf(installation), { data: JSON.stringify(installation) });
  }

  async find(query: InstallationKeyParts): Promise<Installation | undefined> {
    for (const key of installationKeys(query)) {
      const found = this.#byKey.get(key);
      if (found) return JSON.parse(found.data) as Installation;
    }
    return undefined;
  }

  async delete(query: InstallationKeyParts): Promise<boolean> {
    const key = installationKey(query);
    return key !== undefined && this.#byKey.delete(key);
  }

  async claimRefresh(installation: Installation, forMs: number): Promise<boolean> {
    const stored = this.#byKey.get(storedKeyOf(installation));
    const at = this.now();
    if (stored?.data !== JSON.stringify(installation)) return false;
    if (stored.claimedUntil !== undefined && stored.claimedUntil > at) return false;
    stored.claimedUntil = at + forMs;
    return true;
  }

  async replace(current: Installation, refreshed: Installation): Promise<boolean> {
    const key = storedKeyOf(current);
    if (storedKeyOf(refreshed) !== key) throw new Error("a refresh cannot change the key");
    if (this.#byKey.get(key)?.data !== JSON.stringify(current)) return false;
    this.#byKey.set(key, { data: JSON.stringify(refreshed) });
    return true;
  }
}

/**
 * The store of one process, in memory: what the app used before it had a database, and what tests
 * use. Every memory is bounded in size and time.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): Store {
  const retention = { ...DEFAULT_RETENTION, ...options };
  return {
    kind: "memory",
    mutes: new MemoryMuteStore(),
    mentions: new MemoryExplainedCodes(
      new MentionDedupe({
        channelWindowMs: retention.channelWindowMs,
        threadMemoryMs: retention.threadMemoryMs,
        maxSize: options.maxMentions ?? 10_000,
        now: options.now,
      }),
    ),
    // Slack retries an event up to three times within a few minutes; two hours is plenty.
    events: new MemoryEventDedupe(
      new TtlSet({ ttlMs: retention.eventMemoryMs, maxSize: options.maxEvents ?? 20_000, now: options.now }),
    ),
    installations: new MemoryInstallations(options.now ?? Date.now),
    // The TtlSets drop expired entries as they go.
    cleanup: async () => 0,
    close: async () => {},
  };
}
