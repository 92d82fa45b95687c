import type { Installation } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type StatusBot } from "../../src/app.ts";
import { createLogger, LogLevel } from "../../src/logger.ts";
import { openPostgresStore } from "../../src/store/postgres.ts";
import type { Store } from "../../src/store/store.ts";
import { type Harness, SIGNING_SECRET, startHarness } from "../e2e/harness.ts";
import { FakeSlack } from "../support/fake-slack.ts";
import { waitFor } from "../support/load.ts";
import { admin, useTestDatabase } from "../support/postgres.ts";
import { channelMessage, eventEnvelope, JSON_TYPE, send, slashCommand } from "../support/slack-requests.ts";

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

const name = () => new URL(databaseUrl()).pathname.slice(1);
const allowConnections = (allowed: boolean) =>
  admin((client) =>
    client.query(
      `ALTER DATABASE ${client.escapeIdentifier(name())} ALLOW_CONNECTIONS ${allowed ? "true" : "false"}`,
    ),
  );
const cut = async () => {
  await allowConnections(false);
  await admin((client) =>
    client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [name()]),
  );
};
const restore = () => allowConnections(true);

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
  return eventEnvelope(channelMessage({ channel, ts, text: "the gateway says HTTP 502" }));
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

/**
 * The same outage with many workspaces (OAuth mode): every request is authorized with its
 * installation, read from the database. While it is away, events of workspaces this process has
 * not read lately are not answered, and the log says so once (the store's line), without Bolt's
 * and the app's own warning for each event.
 */
describe("a database outage, installed in many workspaces", () => {
  const logs: string[] = [];
  let oauthStore: Store;
  let bot: StatusBot;
  let slack: FakeSlack;
  let url: string;
  const workspace = (n: number) => ({ teamId: `T0OUTAGE${n}`, botUserId: `U0OUTBOT${n}` });

  beforeAll(async () => {
    const logger = createLogger({ level: LogLevel.DEBUG, write: (_level, line) => logs.push(line) });
    oauthStore = await openPostgresStore(databaseUrl(), {
      logger,
      cleanupEveryMs: 0,
      connectTimeoutMs: 2_000,
    });
    slack = await new FakeSlack().start();
    bot = createApp(
      {
        mode: "http",
        oauth: {
          clientId: "1111111111.2222222222",
          clientSecret: "0123456789abcdef0123456789abcdef",
          stateSecret: "a-state-secret-for-the-outage-tests",
        },
        signingSecret: SIGNING_SECRET,
        port: 0,
        slackApiUrl: slack.apiUrl,
        logLevel: LogLevel.DEBUG,
        database: { kind: "postgres", url: databaseUrl() },
      },
      { logger, store: oauthStore, host: "127.0.0.1", bot: { maxRateLimitWaitMs: 0 } },
    );
    url = `http://127.0.0.1:${(await bot.start()).port}/slack/events`;
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const { teamId, botUserId } = workspace(n);
      await oauthStore.installations.save({
        team: { id: teamId, name: `Team ${n}` },
        enterprise: undefined,
        user: { id: "U0INSTALLER", token: undefined, scopes: undefined },
        bot: { id: `B0OUT${n}`, userId: botUserId, token: `xoxb-outage-${n}`, scopes: ["chat:write"] },
        isEnterpriseInstall: false,
        authVersion: "v2",
        tokenType: "bot",
      } as Installation);
    }
  });
  afterAll(async () => {
    await restore().catch(() => {});
    await bot?.stop();
    await oauthStore?.close();
    await slack?.close();
  });

  const mention = (n: number) => {
    const ts = `${++counter}.0001`;
    const from = workspace(n);
    return send(
      url,
      eventEnvelope(
        {
          type: "app_mention",
          user: "U0HUMAN01",
          channel: "C0OUTOAU",
          ts,
          event_ts: ts,
          text: `<@${from.botUserId}> 503`,
        },
        `EvOutage${counter}`,
        from,
      ),
      { secret: SIGNING_SECRET, contentType: JSON_TYPE },
    );
  };
  const problems = () => logs.filter((line) => / (?:WARN|ERROR) /.test(line));

  it("before: a workspace is answered with its own token", async () => {
    expect((await mention(1)).status).toBe(200);
    await bot.idle();
    expect(slack.callsTo("chat.postMessage").map((call) => call.token)).toEqual(["xoxb-outage-1"]);
  });

  it("during: events are acknowledged, not answered, and the outage is logged once", async () => {
    await cut();
    slack.reset();
    logs.length = 0;
    for (const n of [2, 3, 4, 5, 6]) expect((await mention(n)).status).toBe(200);
    await bot.idle();
    expect(slack.callsTo("chat.postMessage")).toEqual([]);
    expect(problems()).toHaveLength(1);
    expect(problems()[0]).toMatch(/ ERROR .*The database \(PostgreSQL at .*logged once/);
    // Each event's failure is in the debug log.
    expect(logs.filter((line) => / DEBUG .*Not answered: /.test(line))).toHaveLength(5);
  });

  it("after: answered again by itself", async () => {
    await restore();
    slack.reset();
    expect(
      await waitFor(
        () => {
          void mention(2);
          return slack.callsTo("chat.postMessage").length > 0;
        },
        5_000,
        200,
      ),
    ).toBe(true);
    await bot.idle();
    expect(slack.callsTo("chat.postMessage")[0]?.token).toBe("xoxb-outage-2");
    expect(problems()).toHaveLength(1);
  });
});
