import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { createLogger, LogLevel } from "../../src/logger.ts";
import { Availability, isUnavailable, markUnavailable } from "../../src/store/availability.ts";
import { withDatabase } from "../support/postgres.ts";

/** The error a real call fails with. */
async function failure(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

/** A statement the run's PostgreSQL server refuses, with the real error object. */
async function refused(sql: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: inject("postgresUrl") });
  await client.connect();
  try {
    return await failure(() => client.query(sql));
  } finally {
    await client.end();
  }
}

const sqlstate = (code: string) => Object.assign(new Error(`sqlstate ${code}`), { code });

describe("isUnavailable", () => {
  it("is true of a database that cannot be reached or cannot serve", async () => {
    const unreachable = await failure(async () => {
      const client = new pg.Client({ connectionString: "postgres://bot@127.0.0.1:9/bot" });
      await client.connect();
    });
    expect(isUnavailable(unreachable)).toBe(true);
    for (const code of ["08006", "08001", "57P01", "57P02", "57P03", "53300", "57014"])
      expect(isUnavailable(sqlstate(code)), code).toBe(true);
    for (const code of ["ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "SQLITE_CANTOPEN", "SQLITE_IOERR_WRITE"])
      expect(isUnavailable(Object.assign(new Error(code), { code })), code).toBe(true);
    for (const message of [
      "timeout exceeded when trying to connect",
      "Connection terminated unexpectedly",
      "Query read timeout",
      "Client has encountered a connection error and is not queryable",
    ])
      expect(isUnavailable(new Error(message)), message).toBe(true);
    expect(
      isUnavailable(new Error("Connection terminated due to connection timeout", { cause: new Error("x") })),
    ).toBe(true);
    expect(
      isUnavailable(new AggregateError([Object.assign(new Error("refused"), { code: "ECONNREFUSED" })])),
    ).toBe(true);
  });

  it("is false of one statement failing: a constraint, a deadlock, a bad value, a bug", async () => {
    expect(isUnavailable(await refused("select 1/0"))).toBe(false);
    expect(isUnavailable(await refused("select * from no_such_table"))).toBe(false);
    for (const code of ["23505", "40P01", "40001", "22P02", "SQLITE_CONSTRAINT_PRIMARYKEY", "SQLITE_BUSY"])
      expect(isUnavailable(sqlstate(code)), code).toBe(false);
    expect(isUnavailable(await failure(async () => JSON.parse("{not json")))).toBe(false);
    expect(isUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isUnavailable(undefined)).toBe(false);
  });

  it("is true of anything that failed while getting a connection, whatever its SQLSTATE", async () => {
    // A database that takes no connections (55000), does not exist (3D000), a wrong password (28P01).
    for (const code of ["55000", "3D000", "28P01"]) {
      expect(isUnavailable(sqlstate(code)), code).toBe(false);
      expect(isUnavailable(markUnavailable(sqlstate(code))), code).toBe(true);
    }
    const missing = await failure(async () => {
      const client = new pg.Client({
        connectionString: withDatabase(inject("postgresUrl"), "sb_no_such_db"),
      });
      await client.connect();
    });
    expect((missing as { code?: string }).code).toBe("3D000");
    expect(isUnavailable(markUnavailable(missing))).toBe(true);
    // Marking leaves the error as it was.
    expect(String(markUnavailable(missing))).toContain("sb_no_such_db");
  });
});

describe("Availability", () => {
  function subject() {
    const lines: string[] = [];
    const logger = createLogger({ level: LogLevel.DEBUG, write: (_level, line) => lines.push(line) });
    const availability = new Availability(logger, "PostgreSQL at postgres://db/bot");
    const at = (level: string) => lines.filter((line) => line.includes(` ${level} `));
    return { availability, lines, at };
  }
  const fail = (error: unknown) => () => Promise.reject(error);
  const ok = () => Promise.resolve("ok");

  it("reports an outage once, and its end once", async () => {
    const { availability, at } = subject();
    for (let i = 0; i < 5; i++)
      await expect(availability.run("reading", fail(sqlstate("57P01")))).rejects.toThrow();
    expect(at("ERROR")).toHaveLength(1);
    expect(at("ERROR")[0]).toContain("logged once");
    await expect(availability.run("reading", ok)).resolves.toBe("ok");
    expect(at("INFO")).toEqual([expect.stringContaining("is back after 5 failed call(s)")]);
  });

  it("does not call a statement's own failure an outage, and logs each", async () => {
    const { availability, at } = subject();
    const deadlock = sqlstate("40P01");
    await expect(availability.run("claiming codes", fail(deadlock))).rejects.toBe(deadlock);
    await expect(
      availability.run("reading an installation", fail(new SyntaxError("bad JSON"))),
    ).rejects.toThrow();
    expect(at("ERROR")).toHaveLength(2);
    expect(at("ERROR").join("\n")).not.toContain("logged once");
    expect(at("ERROR")[0]).toContain("refused a statement while claiming codes");
    // Nothing to recover from.
    await availability.run("reading", ok);
    expect(at("INFO")).toEqual([]);
  });

  it("takes a statement's own failure during an outage as the server answering again", async () => {
    const { availability, at } = subject();
    await expect(availability.run("reading", fail(sqlstate("08006")))).rejects.toThrow();
    await expect(availability.run("saving", fail(sqlstate("23505")))).rejects.toThrow();
    expect(at("INFO")).toEqual([expect.stringContaining("is back")]);
    // A new outage is reported again.
    await expect(availability.run("reading", fail(sqlstate("08006")))).rejects.toThrow();
    expect(at("ERROR").filter((line) => line.includes("logged once"))).toHaveLength(2);
  });
});
