import type { Logger } from "@slack/bolt";

/** What a failed database call was, in a few secret-free words: "ECONNREFUSED", "timeout". */
export function describeDatabaseError(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown; errors?: unknown[] } | undefined;
  // pg's AggregateError (IPv4 and IPv6 both refused) carries the real errors inside.
  const inner = Array.isArray(e?.errors) ? (e.errors[0] as typeof e) : undefined;
  const code =
    typeof e?.code === "string" ? e.code : typeof inner?.code === "string" ? inner.code : undefined;
  const message = typeof e?.message === "string" && e.message ? e.message : String(error);
  if (code && !message.includes(code)) return `${code}: ${message}`;
  return message;
}

/**
 * Tells the log when the database stops answering and when it answers again, once each: a database
 * outage would otherwise fill the log with one error per event. Every store call goes through `run`.
 */
export class Availability {
  #down = false;
  #failures = 0;
  /** Calls are numbered as they start; one that started before the last recovery is old news. */
  #started = 0;
  #recoveredAfter = 0;

  constructor(
    private readonly logger: Logger,
    /** What the database is, for the log: "PostgreSQL at postgres://bot:redacted@db/bot". */
    private readonly label: string,
  ) {}

  /** True while the last call failed. */
  get down(): boolean {
    return this.#down;
  }

  /** Calls that failed during the current outage. */
  get failures(): number {
    return this.#failures;
  }

  async run<T>(what: string, call: () => Promise<T>): Promise<T> {
    const number = ++this.#started;
    let result: T;
    try {
      result = await call();
    } catch (error) {
      this.#failures++;
      // A call that was already under way when the database came back failed with the outage.
      if (!this.#down && number > this.#recoveredAfter) {
        this.#down = true;
        this.logger.error(
          `The database (${this.label}) failed while ${what}: ${describeDatabaseError(error)}. ` +
            "Until it is back, codes mentioned in messages are not explained and mute settings cannot be " +
            "saved; slash commands are still answered. This is logged once.",
        );
      } else {
        this.logger.debug(`The database is still failing (${what}): ${describeDatabaseError(error)}`);
      }
      throw error;
    }
    if (this.#down) {
      this.#down = false;
      this.#recoveredAfter = this.#started;
      this.logger.info(
        `The database (${this.label}) is back after ${this.#failures} failed call(s); all features are on again`,
      );
      this.#failures = 0;
    }
    return result;
  }
}
