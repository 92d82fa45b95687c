import type { Logger } from "@slack/bolt";
import { describeDatabaseError } from "./availability.ts";
import { type DatabaseLocation, describeDatabase } from "./database-url.ts";
import type { Retention, Store } from "./store.ts";

export interface OpenStoreOptions {
  readonly logger: Logger;
  readonly retention?: Partial<Retention>;
  /** The clock, in milliseconds (tests pass a fake one). */
  readonly now?: () => number;
  /** Drops expired rows this often. Default 5 minutes; 0 for never. */
  readonly cleanupEveryMs?: number;
}

/** The database could not be opened or migrated; the message names no secret. */
export class StoreOpenError extends Error {
  constructor(
    readonly location: string,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`could not open ${location}: ${reason}`, options);
    this.name = "StoreOpenError";
  }
}

/**
 * Opens the store DATABASE_URL names and brings its schema up to date. Throws StoreOpenError when
 * the database cannot be reached or migrated.
 */
export async function openStore(location: DatabaseLocation, options: OpenStoreOptions): Promise<Store> {
  const label = describeDatabase(location);
  try {
    if (location.kind === "sqlite") {
      const { openSqliteStore } = await import("./sqlite.ts");
      return await openSqliteStore(location.path, options);
    }
    const { openPostgresStore } = await import("./postgres.ts");
    return await openPostgresStore(location.url, options);
  } catch (error) {
    throw new StoreOpenError(label, describeDatabaseError(error), { cause: error });
  }
}
