import { type Conversation, type MuteStore, WORKSPACE_DEFAULT } from "./store.ts";

export interface MemoryMuteStoreOptions {
  /** At most this many settings are kept; beyond it the oldest is forgotten. Default 100,000. */
  readonly maxSize?: number;
}

/**
 * Keeps conversation settings in memory: they are forgotten when the process restarts. A mute is a
 * setting, not a cache, so it does not expire; but memory stays bounded: past `maxSize` settings
 * (far more than a workspace has), the one set longest ago is forgotten, as on a restart.
 */
export class MemoryMuteStore implements MuteStore {
  /** "workspace/channel" -> muted. Map order is insertion order: the first entry is the oldest. */
  readonly #settings = new Map<string, boolean>();
  readonly #maxSize: number;

  constructor({ maxSize = 100_000 }: MemoryMuteStoreOptions = {}) {
    if (!(maxSize >= 1)) throw new RangeError("maxSize must be at least 1");
    this.#maxSize = Math.floor(maxSize);
  }

  /** How many conversations are muted. */
  get size(): number {
    let muted = 0;
    for (const value of this.#settings.values()) if (value) muted++;
    return muted;
  }

  async isMuted({ workspace, channel }: Conversation): Promise<boolean> {
    return (
      this.#settings.get(key(workspace, channel)) ??
      this.#settings.get(key(workspace, WORKSPACE_DEFAULT)) ??
      false
    );
  }

  async mute(where: Conversation): Promise<void> {
    this.#set(where, true);
  }

  async unmute(where: Conversation): Promise<void> {
    // Remembered even where unmuted is what a channel is anyway: a workspace default set later
    // does not override a channel's own setting (the SQL stores keep it the same way).
    this.#set(where, false);
  }

  #set({ workspace, channel }: Conversation, muted: boolean): void {
    const k = key(workspace, channel);
    // Setting again makes the entry the newest.
    this.#settings.delete(k);
    this.#settings.set(k, muted);
    while (this.#settings.size > this.#maxSize) {
      this.#settings.delete(this.#settings.keys().next().value as string);
    }
  }
}

function key(workspace: string, channel: string): string {
  return `${workspace}/${channel}`;
}
