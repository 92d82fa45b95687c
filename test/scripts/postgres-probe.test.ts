import { spawnSync } from "node:child_process";
import { createServer, type Server } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { probe } from "../../scripts/postgres-probe.ts";

const script = fileURLToPath(new URL("../../scripts/postgres-probe.ts", import.meta.url));

/** Something that accepts TCP connections on a loopback port and is not PostgreSQL. */
let impostor: Server;
let impostorPort = 0;
beforeAll(async () => {
  impostor = createServer((socket) => {
    socket.on("error", () => {});
    socket.end("HTTP/1.1 400 Bad Request\r\n\r\n", () => socket.destroy());
  });
  await new Promise<void>((resolve) => impostor.listen(0, "127.0.0.1", resolve));
  impostorPort = (impostor.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => impostor.close(() => resolve())));

describe("scripts/postgres-probe.ts (how .ci/run finds the machine's PostgreSQL)", () => {
  it("accepts a server that lets the user in and answers", async () => {
    expect(await probe(inject("postgresUrl"))).toBeUndefined();
  });

  it("refuses a port that accepts connections but is not PostgreSQL, a user it does not know, no server", async () => {
    expect(await probe(`postgres://postgres@127.0.0.1:${impostorPort}/test`)).toBeDefined();
    const unknownUser = new URL(inject("postgresUrl"));
    unknownUser.username = "sb_no_such_role";
    expect(await probe(unknownUser.toString())).toMatch(/28000|role/);
    const missingDatabase = new URL(inject("postgresUrl"));
    missingDatabase.pathname = "/sb_no_such_database";
    expect(await probe(missingDatabase.toString())).toMatch(/3D000|does not exist/);
    expect(await probe("postgres://postgres@127.0.0.1:9/test")).toMatch(/ECONNREFUSED/);
  });

  it("prints the first URL that works, naming the problem of those before without their password", () => {
    const bad = `postgres://postgres:Hunter2Secret@127.0.0.1:${impostorPort}/test`;
    const run = spawnSync(process.execPath, ["--import", "tsx", script, bad, inject("postgresUrl")], {
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(inject("postgresUrl"));
    expect(run.stderr).toContain(`127.0.0.1:${impostorPort}`);
    expect(run.stderr).not.toContain("Hunter2Secret");
  });
});
