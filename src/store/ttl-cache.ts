export interface TtlSetOptions {
  /** How long a key is remembered, in milliseconds. */
  readonly ttlMs: number;
  /** At most this many keys are kept; the oldest go first. */
  readonly maxSize: number;
  /** The clock, in milliseconds (tests pass a fake one). */
  readonly now?: () => number;
}

/**
 * A bounded set of keys that expire: the memory behind "seen this event already" and "explained this
 * code here recently". Oldest keys are evicted first when the size limit is reached.
 */
export class TtlSet {
  readonly #ttlMs: number;
  readonly #maxSize: number;
  readonly #now: () => number;
  /** Key -> expiry time. Map iteration order is insertion order, so the first key is the oldest. */
  readonly #expiries = new Map<string, number>();

  constructor({ ttlMs, maxSize, now = Date.now }: TtlSetOptions) {
    if (!(ttlMs > 0)) throw new RangeError("ttlMs must be positive");
    if (!(maxSize >= 1)) throw new RangeError("maxSize must be at least 1");
    this.#ttlMs = ttlMs;
    this.#maxSize = Math.floor(maxSize);
    this.#now = now;
  }

  get size(): number {
    this.#prune();
    return this.#expiries.size;
  }

  has(key: string): boolean {
    const expiry = this.#expiries.get(key);
    if (expiry === undefined) return false;
    if (expiry <= this.#now()) {
      this.#expiries.delete(key);
      return false;
    }
    return true;
  }

  /** Remembers the key (again) from now on, for `ttlMs` or the given time. */
  add(key: string, ttlMs: number = this.#ttlMs): void {
    this.#expiries.delete(key);
    this.#expiries.set(key, this.#now() + ttlMs);
    this.#prune();
    while (this.#expiries.size > this.#maxSize) {
      const oldest = this.#expiries.keys().next().value as string;
      this.#expiries.delete(oldest);
    }
  }

  /** Adds the key and says whether it was new (false: it was already there and not expired). */
  addIfAbsent(key: string, ttlMs?: number): boolean {
    if (this.has(key)) return false;
    this.add(key, ttlMs);
    return true;
  }

  delete(key: string): void {
    this.#expiries.delete(key);
  }

  /** Drops expired keys at the front; keys are in insertion order, which is close to expiry order. */
  #prune(): void {
    const now = this.#now();
    for (const [key, expiry] of this.#expiries) {
      if (expiry > now) break;
      this.#expiries.delete(key);
    }
  }
}

/** Like TtlSet, with a value per key: bounded, oldest evicted first, entries expire. */
export class TtlCache<V> {
  readonly #keys: TtlSet;
  readonly #values = new Map<string, V>();

  constructor(options: TtlSetOptions) {
    this.#keys = new TtlSet(options);
  }

  get size(): number {
    this.#sweep();
    return this.#values.size;
  }

  get(key: string): V | undefined {
    if (this.#keys.has(key)) return this.#values.get(key);
    this.#values.delete(key);
    return undefined;
  }

  delete(key: string): void {
    this.#keys.delete(key);
    this.#values.delete(key);
  }

  set(key: string, value: V): void {
    this.#keys.add(key);
    this.#values.delete(key);
    this.#values.set(key, value);
    // Values of keys the set evicted or expired go too; both maps keep insertion order.
    if (this.#values.size > this.#keys.size) this.#sweep();
  }

  #sweep(): void {
    for (const key of this.#values.keys()) {
      if (this.#values.size <= this.#keys.size) break;
      if (!this.#keys.has(key)) this.#values.delete(key);
    }
  }
}
