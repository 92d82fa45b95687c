import { sql } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.ts";
import { openStore, StoreOpenError } from "../../src/store/open.ts";
import { migratePostgres, openPostgresStore } from "../../src/store/postgres.ts";
import { MIGRATIONS, type Migration } from "../../src/store/sql/migrations.ts";
import { admin, useTestDatabase } from "../support/postgres.ts";
import { storeContract } from "./contract.ts";

const databaseUrl = useTestDatabase("contract");
const migrationsDatabaseUrl = useTestDatabase("migrations");

storeContract({
  name: "postgres",
  durable: true,
  replicas: true,
  open: (options) => openPostgresStore(databaseUrl(), { ...options, maxConnections: 4 }),
});

describe("postgres: opening", () => {
  it("replicas starting together migrate once, however long the migration takes", async () => {
    // A database of its own, never migrated, where statements and lock waits are limited to 300 ms
    // by default; a slow last migration that counts its runs, and that finishes only once the other
    // replica has waited for it longer than that.
    const url = migrationsDatabaseUrl();
    const name = new URL(url).pathname.slice(1);
    await admin(async (client) => {
      for (const setting of ["statement_timeout", "lock_timeout"])
        await client.query(`ALTER DATABASE ${client.escapeIdentifier(name)} SET ${setting} = '300ms'`);
    });
    let runs = 0;
    let finish = () => {};
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const slow: Migration = {
      version: 99,
      name: "slow",
      async up(db) {
        runs++;
        await sql`create table slow_marker (id integer)`.execute(db);
        await finished;
      },
    };
    const migrations = [...MIGRATIONS, slow];
    const both = Promise.allSettled([
      migratePostgres(url, 1, migrations),
      migratePostgres(url, 2, migrations),
    ]);
    const watcher = new pg.Client({ connectionString: url });
    await watcher.connect();
    try {
      // The second waits for the first's lock, past the database's statement and lock timeouts.
      const waitingLong = async () => {
        const { rows } = await watcher.query(
          `select count(*)::int as n from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock' and wait_event = 'advisory'
              and now() - query_start > interval '300 milliseconds'`,
        );
        return rows[0].n as number;
      };
      let waited = false;
      for (let i = 0; i < 200 && !waited; i++) {
        waited = runs === 1 && (await waitingLong()) === 1;
        if (!waited) await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(waited).toBe(true);
      finish();
      const results = await both;
      expect(results.map((result) => result.status)).toEqual(["fulfilled", "fulfilled"]);
      const applied = results.map((result) => (result.status === "fulfilled" ? result.value.length : -1));
      expect(applied.sort()).toEqual([0, MIGRATIONS.length + 1]);
      expect(runs).toBe(1);
      const { rows } = await watcher.query("select version from schema_migrations order by version");
      expect(rows.map((row) => row.version)).toEqual([...MIGRATIONS.map((m) => m.version), 99]);
    } finally {
      finish();
      await watcher.end();
    }
  });

  it("an older release does not start on a schema newer than it knows", async () => {
    const url = migrationsDatabaseUrl();
    const future: Migration = { version: 100, name: "from the future", async up() {} };
    await migratePostgres(url, 1, [...MIGRATIONS, future]);
    await expect(migratePostgres(url, 2)).rejects.toThrow(/version 100, newer than this release knows/);
  });

  it("reports a server that does not answer, without the password", async () => {
    const logger = createLogger({ write: () => {} });
    const error = await openStore(
      { kind: "postgres", url: "postgres://bot:sup3rs3cret@127.0.0.1:9/bot" },
      { logger },
    ).catch((e) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect(error.message).toContain("ECONNREFUSED");
    expect(error.message).toContain("127.0.0.1:9");
    expect(error.message).not.toContain("sup3rs3cret");
  });
});
