import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

/**
 * The schema's history, oldest first. A migration is never edited once released: a change is a new
 * version. Each runs in the transaction that records it (both databases have transactional DDL).
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Kysely<Database>): Promise<void>;
}

// biome-ignore lint/suspicious/noExplicitAny: migrations build tables that the Database type describes after them
type AnyDb = Kysely<any>;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "channel settings, processed events, explained codes, installations",
    async up(kdb) {
      const db = kdb as AnyDb;
      await db.schema
        .createTable("channel_settings")
        .addColumn("workspace_id", "text", (c) => c.notNull())
        .addColumn("channel_id", "text", (c) => c.notNull())
        .addColumn("muted", "integer", (c) => c.notNull())
        .addColumn("updated_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("channel_settings_pk", ["workspace_id", "channel_id"])
        .execute();

      await db.schema
        .createTable("processed_events")
        .addColumn("event_id", "text", (c) => c.primaryKey())
        .addColumn("expires_at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("processed_events_expiry")
        .on("processed_events")
        .column("expires_at")
        .execute();

      await db.schema
        .createTable("explained_in_threads")
        .addColumn("workspace_id", "text", (c) => c.notNull())
        .addColumn("channel_id", "text", (c) => c.notNull())
        .addColumn("thread_ts", "text", (c) => c.notNull())
        .addColumn("code", "integer", (c) => c.notNull())
        .addColumn("expires_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("explained_in_threads_pk", [
          "workspace_id",
          "channel_id",
          "thread_ts",
          "code",
        ])
        .execute();
      await db.schema
        .createIndex("explained_in_threads_expiry")
        .on("explained_in_threads")
        .column("expires_at")
        .execute();

      await db.schema
        .createTable("explained_in_channels")
        .addColumn("workspace_id", "text", (c) => c.notNull())
        .addColumn("channel_id", "text", (c) => c.notNull())
        .addColumn("code", "integer", (c) => c.notNull())
        .addColumn("thread_ts", "text", (c) => c.notNull())
        .addColumn("expires_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("explained_in_channels_pk", ["workspace_id", "channel_id", "code"])
        .execute();
      await db.schema
        .createIndex("explained_in_channels_expiry")
        .on("explained_in_channels")
        .column("expires_at")
        .execute();

      await db.schema
        .createTable("installations")
        .addColumn("installation_key", "text", (c) => c.primaryKey())
        .addColumn("team_id", "text")
        .addColumn("enterprise_id", "text")
        .addColumn("is_enterprise_install", "integer", (c) => c.notNull())
        .addColumn("bot_token_expires_at", "bigint")
        .addColumn("data", "text", (c) => c.notNull())
        .addColumn("updated_at", "bigint", (c) => c.notNull())
        .execute();
    },
  },
  {
    version: 2,
    name: "installations: who is refreshing a token, until when",
    async up(kdb) {
      // Nullable: the release before writes installations without it.
      await (kdb as AnyDb).schema
        .alterTable("installations")
        .addColumn("refresh_claimed_until", "bigint")
        .execute();
    },
  },
];

/**
 * Brings the schema up to the newest version, inside one transaction that the caller has begun
 * and made exclusive (PostgreSQL: an advisory lock; SQLite: BEGIN IMMEDIATE), so replicas that
 * start together apply each migration once: the second waits, then finds nothing left to do.
 * Returns the versions applied.
 */
export async function migrate(
  trx: Kysely<Database>,
  now: number,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  await trx.schema
    .createTable("schema_migrations")
    .ifNotExists()
    .addColumn("version", "integer", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("applied_at", "bigint", (c) => c.notNull())
    .execute();
  const rows = await trx.selectFrom("schema_migrations").select("version").execute();
  const applied = new Set(rows.map((row) => Number(row.version)));
  const newest = Math.max(0, ...applied);
  const known = Math.max(0, ...migrations.map((m) => m.version));
  if (newest > known) {
    // A newer release ran here: its schema may not suit this code. Better to stop than to guess.
    throw new Error(
      `the database's schema is at version ${newest}, newer than this release knows (${known}); run the newer release`,
    );
  }
  const done: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    await migration.up(trx);
    await trx
      .insertInto("schema_migrations")
      .values({ version: migration.version, name: migration.name, applied_at: now })
      .execute();
    done.push(migration.version);
  }
  return done;
}
