import pg from "pg";
import { Availability, describeDatabaseError, markUnavailable } from "./availability.ts";
import { redactDatabaseUrl } from "./database-url.ts";
import type { OpenStoreOptions } from "./open.ts";
import { Kysely, PostgresDialect, sql } from "./sql/kysely.ts";
import { MIGRATIONS, type Migration, migrate } from "./sql/migrations.ts";
import type { Database } from "./sql/schema.ts";
import { createSqlStore } from "./sql/sql-store.ts";
import type { Store } from "./store.ts";

/** int8 (bigint) columns come back as numbers: times in milliseconds fit easily. */
const INT8 = 20;

export interface PostgresPoolOptions {
  /** Connections per replica. Default 10. */
  readonly maxConnections?: number;
  /** How long to wait for a connection (a server that does not answer). Default 5 s. */
  readonly connectTimeoutMs?: number;
  /** The longest a statement may run, lock waits included. Default 10 s. */
  readonly statementTimeoutMs?: number;
}

/**
 * The store in PostgreSQL (node-postgres pool): shared by every replica. The pool opens
 * connections as needed, so when the server comes back after an outage the next call simply
 * works.
 */
export async function openPostgresStore(
  url: string,
  options: OpenStoreOptions & PostgresPoolOptions,
): Promise<Store> {
  const { logger } = options;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: options.statementTimeoutMs ?? 10_000,
    // A server that stops answering mid-query (a network cut) does not hang a listener for ever.
    query_timeout: (options.statementTimeoutMs ?? 10_000) + 2_000,
    application_name: "status-bot",
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === INT8 && format !== "binary"
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection that the server drops emits 'error' on the pool; unhandled, it would stop
  // the process. The pool discards it; the next call that fails reports the outage.
  pool.on("error", (error) => {
    logger.debug(`A PostgreSQL connection was lost: ${describeDatabaseError(error)}`);
  });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: {
        // Whatever fails while getting a connection means the database is unreachable now.
        connect: () => pool.connect().catch((error: unknown) => Promise.reject(markUnavailable(error))),
        end: () => pool.end(),
      },
    }),
  });
  const now = options.now ?? Date.now;
  try {
    await migratePostgres(url, now());
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createSqlStore({
    kind: "postgres",
    db,
    availability: new Availability(logger, `PostgreSQL at ${redactDatabaseUrl(url)}`),
    retention: options.retention,
    now,
    cleanupEveryMs: options.cleanupEveryMs,
    destroy: () => db.destroy(),
  });
}

/** How long a migration's DDL may wait for a table that running replicas are using. */
const MIGRATION_LOCK_TIMEOUT = "10s";

/**
 * Brings the schema up to date, safely when replicas start together: the migrations run in one
 * transaction holding an advisory lock, so the first replica applies them and the others wait,
 * then find nothing left to do. On a connection of its own, without the pool's time limits: a
 * slow migration takes as long as it takes, and a replica waiting for it waits as long (it would
 * otherwise fail at start, exit 1, and be restarted into the same wait). Once the lock is held,
 * the DDL may wait at most MIGRATION_LOCK_TIMEOUT for tables the replicas still running are using:
 * waiting longer would hold up every query queued behind it. Returns the versions applied.
 */
export async function migratePostgres(
  url: string,
  now: number,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 1,
    connectionTimeoutMillis: 5_000,
    keepAlive: true,
    application_name: "status-bot migrations",
  });
  // A connection lost while idle: the transaction's next statement fails and says why.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    return await db.transaction().execute(async (trx) => {
      // No limit on the wait for the lock (or on a migration), whatever the server's defaults.
      await sql`set local statement_timeout = 0`.execute(trx);
      await sql`set local lock_timeout = 0`.execute(trx);
      await sql`select pg_advisory_xact_lock(hashtextextended('status-bot:schema-migrations', 0))`.execute(
        trx,
      );
      await sql`set local lock_timeout = ${sql.lit(MIGRATION_LOCK_TIMEOUT)}`.execute(trx);
      return migrate(trx, now, migrations);
    });
  } finally {
    await db.destroy();
  }
}
