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
 * SQLSTATEs that say the server is away or cannot serve: connection exceptions (class 08), the
 * server shutting down, crashed or starting (57P01, 57P02, 57P03), out of connections (53300), and
 * a statement cut short by statement_timeout (57014: the server is stuck).
 */
const UNAVAILABLE_SQLSTATE = /^(?:08...|57P0[123]|53300|57014)$/;
/** System errors of a network that fails, and SQLite's of a file that cannot be used. */
const UNAVAILABLE_CODE =
  /^(?:ECONN\w*|ETIMEDOUT|EHOSTUNREACH|EHOSTDOWN|ENETUNREACH|ENETDOWN|ENOTFOUND|EAI_AGAIN|EPIPE|SQLITE_(?:CANTOPEN|IOERR\w*|FULL|READONLY\w*|NOTADB|CORRUPT\w*))$/;
/** What node-postgres and its pool say, with no code, when the connection fails or times out. */
const UNAVAILABLE_MESSAGE =
  /timeout exceeded when trying to connect|Connection terminated|Query read timeout|connection error and is not queryable/i;

/** Set on errors of getting a connection (see markUnavailable). */
const UNAVAILABLE = Symbol("the database could not be reached");

/**
 * Marks an error as the database being unreachable: a store sets it on whatever failed while
 * connecting (refused, a wrong password, a database that does not exist or takes no connections
 * now), which every call then fails with, whatever its SQLSTATE. Returns the same error.
 */
export function markUnavailable<E>(error: E): E {
  if (error && typeof error === "object") Object.defineProperty(error, UNAVAILABLE, { value: true });
  return error;
}

/**
 * True when a failed call says the database is unreachable or cannot serve (an outage), rather than
 * that this one statement failed (a deadlock, a constraint, a bug): the causes and the errors of an
 * AggregateError (IPv4 and IPv6 both refused) are looked at too.
 */
export function isUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 3) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (UNAVAILABLE in e) return true;
  if (typeof e.code === "string" && (UNAVAILABLE_SQLSTATE.test(e.code) || UNAVAILABLE_CODE.test(e.code)))
    return true;
  if (typeof e.message === "string" && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isUnavailable(inner, depth + 1))) return true;
  return isUnavailable(e.cause, depth + 1);
}

/**
 * Tells the log when the database stops answering and when it answers again, once each: a database
 * outage would otherwise fill the log with one error per event. Every store call goes through `run`.
 * Only failures that say the database is unreachable make an outage (see isUnavailable); any other
 * failure is the server answering, so it ends an outage, and is logged on its own.
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

  async run<T>(what: string, call: () => Promise<T>): Promise<T> {
    const number = ++this.#started;
    let result: T;
    try {
      result = await call();
    } catch (error) {
      if (!isUnavailable(error)) {
        this.#answered();
        this.logger.error(`The database (${this.label}) refused a statement while ${what}:`, error);
        throw error;
      }
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
    this.#answered();
    return result;
  }

  /** The database answered: an outage, if there was one, is over. */
  #answered(): void {
    if (!this.#down) return;
    this.#down = false;
    this.#recoveredAfter = this.#started;
    this.logger.info(
      `The database (${this.label}) is back after ${this.#failures} failed call(s); all features are on again`,
    );
    this.#failures = 0;
  }
}
