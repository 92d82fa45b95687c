import type { Installation } from "@slack/bolt";
import { KeyedMutex } from "./keyed-mutex.ts";
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
  keyPartsOf,
  type Retention,
  type Store,
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

class MemoryInstallations implements InstallationRecords {
  readonly #byKey = new Map<string, Installation>();
  readonly #mutex = new KeyedMutex();

  async save(installation: Installation): Promise<void> {
    const key = installationKey(keyPartsOf(installation));
    if (!key) throw new Error("an installation needs a team or an enterprise id");
    // A copy: callers (Bolt's installer) change the objects they hand over.
    this.#byKey.set(key, structuredClone(installation));
  }

  async find(query: InstallationKeyParts): Promise<Installation | undefined> {
    for (const key of installationKeys(query)) {
      const found = this.#byKey.get(key);
      if (found) return structuredClone(found);
    }
    return undefined;
  }

  async delete(query: InstallationKeyParts): Promise<void> {
    const key = installationKey(query);
    if (key) this.#byKey.delete(key);
  }

  exclusively<T>(query: InstallationKeyParts, task: () => Promise<T>): Promise<T> {
    return this.#mutex.run(installationKey(query) ?? "", task);
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
    installations: new MemoryInstallations(),
    // The TtlSets drop expired entries as they go.
    cleanup: async () => 0,
    close: async () => {},
  };
}
