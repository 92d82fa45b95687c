import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";

/** The server's URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

/** Runs `task` with a client of the run's server, connected to its maintenance database. */
export async function admin<T>(task: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("postgresUrl") });
  await client.connect();
  try {
    return await task(client);
  } finally {
    await client.end();
  }
}

/**
 * A database of this test file's own, on the run's PostgreSQL (test/support/postgres-server.ts), so
 * that test files run in parallel without seeing each other's rows or locks. Created before the
 * file's tests, dropped after them. Returns a getter for its URL.
 */
export function useTestDatabase(label: string): () => string {
  const name = `sb_test_${label.replace(/\W/g, "_").toLowerCase()}_${randomBytes(4).toString("hex")}`;
  let url: string | undefined;
  beforeAll(async () => {
    await admin((client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
    url = withDatabase(inject("postgresUrl"), name);
  });
  afterAll(async () => {
    if (!url) return;
    // FORCE: a test that failed may have left a connection open.
    await admin((client) =>
      client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
    );
  });
  return () => {
    if (!url) throw new Error("the test database is made in beforeAll");
    return url;
  };
}
