/**
 * Where the per-channel "don't explain codes mentioned in messages" switch is kept. Asynchronous so
 * that a persistent store (a database, Redis) can replace the in-memory one without touching the
 * listeners.
 */
export interface MuteStore {
  isMuted(channelId: string): Promise<boolean>;
  mute(channelId: string): Promise<void>;
  unmute(channelId: string): Promise<void>;
}

export interface MemoryMuteStoreOptions {
  /** At most this many muted channels are kept; beyond it the oldest mute is forgotten. Default 100,000. */
  readonly maxSize?: number;
}

/**
 * Keeps muted channels in memory: they are forgotten when the process restarts. A mute is a
 * setting, not a cache, so it does not expire; but memory stays bounded: past `maxSize` channels
 * (far more than a workspace has), the channel muted longest ago is forgotten, as on a restart.
 */
export class MemoryMuteStore implements MuteStore {
  readonly #muted = new Set<string>();
  readonly #maxSize: number;

  constructor({ maxSize = 100_000 }: MemoryMuteStoreOptions = {}) {
    if (!(maxSize >= 1)) throw new RangeError("maxSize must be at least 1");
    this.#maxSize = Math.floor(maxSize);
  }

  /** How many channels are muted. */
  get size(): number {
    return this.#muted.size;
  }

  async isMuted(channelId: string): Promise<boolean> {
    return this.#muted.has(channelId);
  }

  async mute(channelId: string): Promise<void> {
    // Set order is insertion order: muting again makes the channel the newest.
    this.#muted.delete(channelId);
    this.#muted.add(channelId);
    while (this.#muted.size > this.#maxSize) {
      this.#muted.delete(this.#muted.values().next().value as string);
    }
  }

  async unmute(channelId: string): Promise<void> {
    this.#muted.delete(channelId);
  }
}
