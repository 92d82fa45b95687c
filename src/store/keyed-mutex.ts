/**
 * One task at a time per key, within this process: later callers wait for the earlier ones. The
 * memory and SQLite stores serialize token refreshes with it (one process owns those); PostgreSQL
 * uses an advisory lock, which holds across replicas.
 */
export class KeyedMutex {
  readonly #tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const before = this.#tails.get(key) ?? Promise.resolve();
    const result = before.then(task, task);
    // The next caller waits for this task however it ends.
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    try {
      return await result;
    } finally {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    }
  }
}
