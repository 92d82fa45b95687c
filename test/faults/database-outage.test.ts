import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createLogger, LogLevel } from "../../src/logger.ts";
import { openPostgresStore } from "../../src/store/postgres.ts";
import type { Store } from "../../src/store/store.ts";
import { type Harness, startHarness } from "../e2e/harness.ts";
import { waitFor } from "../support/load.ts";
import { useTestDatabase, withDatabase } from "../support/postgres.ts";
import { eventEnvelope, slashCommand } from "../support/slack-requests.ts";

/**
 * The database goes away while the app runs (its connections are cut and new ones refused, as when
 * the server restarts or fails over), then comes back. Meanwhile slash commands are answered, a
 * mute answer says it was not saved, codes mentioned in messages are not explained (no risk of a
 * duplicate), and the log says so once; when the database is back, everything works again by
 * itself, and the log says that once.
 */

const databaseUrl = useTestDatabase("outage");
let h: Harness;
let store: Store;
const storeLogs: string[] = [];

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: withDatabase(inject("postgresUrl"), "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const name = () => new URL(databaseUrl()).pathname.slice(1);
const cut = async () => {
  await admin(`ALTER DATABASE "${name()}" ALLOW_CONNECTIONS false`);
  await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name()}'`);
};
const restore = () => admin(`ALTER DATABASE "${name()}" ALLOW_CONNECTIONS true`);

beforeAll(async () => {
  const logger = createLogger({ level: LogLevel.DEBUG, write: (_level, line) => storeLogs.push(line) });
  store = await openPostgresStore(databaseUrl(), { logger, cleanupEveryMs: 0, connectTimeoutMs: 2_000 });
  h = await startHarness({}, { store });
});
afterAll(async () => {
  await restore().catch(() => {});
  await h?.close();
  await store?.close();
});

let counter = 0;
const codeIn = (channel: string) => {
  const ts = `${++counter}.0001`;
  return eventEnvelope({
    type: "message",
    channel_type: "channel",
    user: "U0HUMAN01",
    channel,
    ts,
    event_ts: ts,
    text: "the gateway says HTTP 502",
  });
};
const posts = () => h.slack.callsTo("chat.postMessage");
const errors = () => [...storeLogs, ...h.logs].filter((line) => / ERROR /.test(line));

describe("a database outage", () => {
  it("before: explanations are posted", async () => {
    await h.event(codeIn("C0OUT001"));
    await h.settle();
    expect(posts()).toHaveLength(1);
  });

  it("during: commands answered, mute not saved, explanations skipped, logged once", async () => {
    await cut();
    h.slack.reset();
    const answer = await h.command(slashCommand({ text: "503", responseUrl: h.slack.responseUrl() }));
    expect(answer.status).toBe(200);
    expect(answer.json()).toMatchObject({ response_type: "ephemeral", text: expect.stringContaining("503") });
    const mute = await h.command(slashCommand({ text: "mute", responseUrl: h.slack.responseUrl() }));
    expect(mute.json()).toMatchObject({ text: expect.stringContaining("couldn't save") });
    for (let i = 0; i < 5; i++) expect((await h.event(codeIn(`C0OUT1${i}`))).status).toBe(200);
    await h.settle();
    expect(posts()).toEqual([]);
    expect(errors()).toHaveLength(1);
    expect(errors()[0]).toContain("The database (PostgreSQL at");
    expect(errors()[0]).toContain("logged once");
  });

  it("after: works again by itself, and says so once", async () => {
    await restore();
    h.slack.reset();
    // The first call after the outage may meet a connection the pool has not yet noticed is dead.
    expect(
      await waitFor(
        () => {
          void h.event(codeIn(`C0OUT2${counter}`));
          return posts().length > 0;
        },
        5_000,
        200,
      ),
    ).toBe(true);
    await h.settle();
    const back = storeLogs.filter((line) => / INFO .*is back after/.test(line));
    expect(back).toHaveLength(1);
    expect(errors()).toHaveLength(1);
    const mute = await h.command(slashCommand({ text: "mute", responseUrl: h.slack.responseUrl() }));
    expect(mute.json()).toMatchObject({ text: expect.stringContaining("won't explain") });
  });
});
