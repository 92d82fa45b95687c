import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { Availability } from "./availability.ts";
import type { OpenStoreOptions } from "./open.ts";
import { Kysely, SqliteDialect, sql } from "./sql/kysely.ts";
import { migrate } from "./sql/migrations.ts";
import type { Database } from "./sql/schema.ts";
import { createSqlStore } from "./sql/sql-store.ts";
import type { Store } from "./store.ts";

const MEMORY = ":memory:";

/**
 * The store in a SQLite file (better-sqlite3): for one process. A restart keeps everything. The
 * file's folder is created if missing. Write-ahead logging lets readers go on while one writes;
 * another process on the same file (a migration run, say) is waited for up to 5 seconds.
 */
export async function openSqliteStore(path: string, options: OpenStoreOptions): Promise<Store> {
  // Loaded here, not at the top: a PostgreSQL deployment never loads the native module.
  const { default: SQLite } = await import("better-sqlite3");
  const file = path === MEMORY ? MEMORY : resolve(path);
  if (file !== MEMORY) mkdirSync(dirname(file), { recursive: true });
  const database = new SQLite(file);
  try {
    database.pragma("journal_mode = WAL");
    database.pragma("busy_timeout = 5000");
    // With WAL, NORMAL loses at most the last transactions on a power cut, never the file.
    database.pragma("synchronous = NORMAL");
  } catch (error) {
    database.close();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  const now = options.now ?? Date.now;
  try {
    // One connection: BEGIN IMMEDIATE takes the write lock first, so two processes starting on
    // the same file migrate one after the other.
    await db.connection().execute(async (connection) => {
      await sql`begin immediate`.execute(connection);
      try {
        await migrate(connection, now());
        await sql`commit`.execute(connection);
      } catch (error) {
        await sql`rollback`.execute(connection);
        throw error;
      }
    });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createSqlStore({
    kind: "sqlite",
    db,
    availability: new Availability(options.logger, `SQLite file ${file}`),
    retention: options.retention,
    now,
    cleanupEveryMs: options.cleanupEveryMs,
    destroy: () => db.destroy(),
  });
}
