import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/embedded-postgres.ts";

/**
 * vitest's globalSetup: the PostgreSQL server the tests use, once per run. TEST_DATABASE_URL names
 * one (CI sets it to the machine's own server when one answers); without it, the suite brings its
 * own (scripts/embedded-postgres.ts), stopped and deleted at the end. Tests read the URL with
 * `inject("postgresUrl")` and make a database of their own on that server (test/support/postgres.ts).
 */

declare module "vitest" {
  export interface ProvidedContext {
    /** A PostgreSQL URL whose user may create databases. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.TEST_DATABASE_URL?.trim();
  if (given) {
    project.provide("postgresUrl", given);
    return undefined;
  }
  const server = await startEmbeddedPostgres();
  project.provide("postgresUrl", server.url);
  return () => server.stop();
}
