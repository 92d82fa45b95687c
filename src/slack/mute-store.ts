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

/** Keeps muted channels in memory: they are forgotten when the process restarts. */
export class MemoryMuteStore implements MuteStore {
  readonly #muted = new Set<string>();

  async isMuted(channelId: string): Promise<boolean> {
    return this.#muted.has(channelId);
  }

  async mute(channelId: string): Promise<void> {
    this.#muted.add(channelId);
  }

  async unmute(channelId: string): Promise<void> {
    this.#muted.delete(channelId);
  }
}
