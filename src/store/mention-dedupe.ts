import { TtlCache, TtlSet } from "./ttl-cache.ts";

export interface MentionDedupeOptions {
  /** A code explained in a channel is not explained again there for this long. Default 10 minutes. */
  readonly channelWindowMs?: number;
  /** How long a thread remembers the codes explained in it. Default 24 hours. */
  readonly threadMemoryMs?: number;
  /** At most this many (channel or thread, code) pairs are remembered. Default 10,000. */
  readonly maxSize?: number;
  readonly now?: () => number;
}

/**
 * Remembers which codes the bot explained where, so that a code is not explained twice in one thread
 * nor again in a channel within the window. Memory is bounded by size and time.
 */
export class MentionDedupe {
  /** "channel:code" -> the thread it was explained in. */
  readonly #channels: TtlCache<string>;
  readonly #threads: TtlSet;

  constructor({
    channelWindowMs = 10 * 60_000,
    threadMemoryMs = 24 * 60 * 60_000,
    maxSize = 10_000,
    now,
  }: MentionDedupeOptions = {}) {
    this.#channels = new TtlCache<string>({ ttlMs: channelWindowMs, maxSize, now });
    this.#threads = new TtlSet({ ttlMs: threadMemoryMs, maxSize, now });
  }

  /** How many (channel, code) and (thread, code) pairs are remembered now: at most twice maxSize. */
  get size(): number {
    return this.#channels.size + this.#threads.size;
  }

  /** May the code be explained in this thread of this channel now? */
  allowed(channel: string, threadTs: string, code: number): boolean {
    return (
      this.#channels.get(`${channel}:${code}`) === undefined &&
      !this.#threads.has(`${channel}:${threadTs}:${code}`)
    );
  }

  /** Records that the code was explained in this thread (and so, recently, in the channel). */
  record(channel: string, threadTs: string, code: number): void {
    this.#channels.set(`${channel}:${code}`, threadTs);
    this.#threads.add(`${channel}:${threadTs}:${code}`);
  }

  /** The codes that may be explained, recorded as explained (check and record in one step). */
  claim(channel: string, threadTs: string, codes: readonly number[]): number[] {
    const allowed = codes.filter((code) => this.allowed(channel, threadTs, code));
    for (const code of allowed) this.record(channel, threadTs, code);
    return allowed;
  }

  /** Forgets a claim that could not be delivered (the post failed), so a later mention may try again. */
  release(channel: string, threadTs: string, codes: readonly number[]): void {
    for (const code of codes) {
      // Only this thread's claim on the channel: another thread's stays.
      if (this.#channels.get(`${channel}:${code}`) === threadTs) this.#channels.delete(`${channel}:${code}`);
      this.#threads.delete(`${channel}:${threadTs}:${code}`);
    }
  }
}
