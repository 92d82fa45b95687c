import type { ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type AppProcess, appFolder, httpPortOf, spawnApp } from "../support/built-app.ts";
import { FakeSlack } from "../support/fake-slack.ts";
import { START_MS, waitFor } from "../support/load.ts";
import { useTestDatabase } from "../support/postgres.ts";
import {
  channelMessage,
  eventEnvelope,
  FORM,
  JSON_TYPE,
  send,
  slashCommand,
} from "../support/slack-requests.ts";

/**
 * Replicas as they run in production: separate processes (`node dist/index.js`, from the run's one
 * build, test/support/app-build.ts; HTTP mode on loopback) sharing one PostgreSQL database, against
 * the fake Slack. An event Slack delivers to both is answered once, a mute set through one silences the other, and a restart keeps it. With
 * the default SQLite file, a restart keeps a mute too. A DATABASE_URL that does not answer stops
 * the app at start, naming the variable.
 */

const SECRET = "8f742231b10e8888abcd99aa85a5c1f0";
const TOKEN = "xoxb-1111-2222-replicasTestToken";

const databaseUrl = useTestDatabase("replicas");
let slack: FakeSlack;
let folder: string;
const running = new Set<ChildProcess>();

const sqliteFile = () => `sqlite:${join(folder, "var", "bot.sqlite")}`;
/** The SQLite test's process, started while the PostgreSQL replicas start (a start takes seconds). */
let sqliteApp: Promise<Replica>;

beforeAll(async () => {
  slack = await new FakeSlack().start();
  // The replicas' working folder (dist/ linked to the run's build); the SQLite test's file goes in it.
  folder = await appFolder("status-bot-replicas-");
  sqliteApp = start(sqliteFile());
  // Awaited by its test; a failure to start is reported there.
  sqliteApp.catch(() => {});
}, 150_000);
afterAll(async () => {
  // Whatever a failed test left running.
  for (const child of running) if (child.exitCode === null) child.kill("SIGKILL");
  await slack?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});
beforeEach(() => slack.reset());

interface Replica {
  readonly child: ChildProcess;
  readonly url: string;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

function launch(env: Record<string, string>): AppProcess {
  const app = spawnApp(["dist/index.js"], folder, {
    PATH: process.env.PATH ?? "",
    HOME: folder,
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: "0",
    // The debug lines say when a replica has handled a message without answering it.
    LOG_LEVEL: "debug",
    ...env,
  });
  running.add(app.child);
  return app;
}

async function start(databaseUrlValue: string): Promise<Replica> {
  const app = launch({ DATABASE_URL: databaseUrlValue });
  const { child, output, exited } = app;
  const port = await httpPortOf(app);
  const replica: Replica = {
    child,
    url: `http://127.0.0.1:${port}/slack/events`,
    output,
    exited,
    stop: () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
  replicas.push(replica);
  return replica;
}

let counter = 0;
/** A person's message that mentions a code, in a fresh thread of `channel`. */
function message(channel: string, text = "prod is returning HTTP 503 again") {
  return channelMessage({ channel, ts: `${++counter}.0001`, text });
}

const event = (replica: Replica, body: string, retry?: number) =>
  send(replica.url, body, {
    secret: SECRET,
    contentType: JSON_TYPE,
    ...(retry
      ? { headers: { "x-slack-retry-num": String(retry), "x-slack-retry-reason": "http_timeout" } }
      : {}),
  });

const command = (replica: Replica, text: string, channel: string) =>
  send(replica.url, slashCommand({ text, channel, responseUrl: slack.responseUrl() }), {
    secret: SECRET,
    contentType: FORM,
  });

/** Every process started in this file, restarted ones included. */
const replicas: Replica[] = [];
const lines = (pattern: RegExp) =>
  replicas.flatMap((replica) => replica.output().split("\n")).filter((line) => pattern.test(line));

/**
 * The posts, once every delivery sent has been handled: `count` posts, and for the deliveries that
 * are not answered, the lines that say why (`pattern`, `skipped` times) in the replicas' logs.
 * Nothing is waited for by the clock: a duplicate post would come before its delivery's line.
 */
const handled = async (count: number, skipped = 0, pattern?: RegExp) => {
  const done = () =>
    slack.callsTo("chat.postMessage").length >= count && (!pattern || lines(pattern).length >= skipped);
  expect(await waitFor(done, 30_000)).toBe(true);
  if (pattern) expect(lines(pattern)).toHaveLength(skipped);
  return slack.callsTo("chat.postMessage");
};
const alreadyHandled = (eventId: string) => new RegExp(`Event ${eventId} was handled already`);
const notExplained = (channel: string, why: "muted there" | "explained there already") =>
  new RegExp(`Not explaining .* in ${channel}: ${why}`);

/**
 * The database's password, given two ways pg accepts: in the userinfo, and in the query string
 * (`?password=`). The test server trusts loopback connections and ignores it; a server that asks
 * for one gets the password TEST_DATABASE_URL carries, if any.
 */
const PASSWORD = "Sup3rSecretPw";
function withPassword(where: "userinfo" | "query"): string {
  const url = new URL(databaseUrl());
  const password = url.password ? decodeURIComponent(url.password) : PASSWORD;
  url.password = "";
  if (where === "userinfo") url.password = encodeURIComponent(password);
  else url.searchParams.set("password", password);
  return url.toString();
}
const secretsOf = (url: string) =>
  [new URL(url).password, new URL(url).searchParams.get("password")].filter((value) => value);

describe("two replicas on one PostgreSQL database", () => {
  let a: Replica;
  let b: Replica;
  const urlA = () => withPassword("userinfo");
  const urlB = () => withPassword("query");
  /** Every replica started here, restarted ones included: their output is checked at the end. */
  const started: Replica[] = [];

  beforeAll(async () => {
    // Started together: the migrations take turns.
    [a, b] = await Promise.all([start(urlA()), start(urlB())]);
    started.push(a, b);
  }, 2 * START_MS);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it("an event delivered to both, at once and as a retry, is answered once", async () => {
    const body = eventEnvelope(message("C0REPL01"), "EvReplicas1");
    const replies = await Promise.all([event(a, body), event(b, body), event(b, body, 1)]);
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200]);
    expect(await handled(1, 2, alreadyHandled("EvReplicas1"))).toHaveLength(1);
  });

  it("the same message under two event ids, one to each replica, gets one explanation", async () => {
    const text = message("C0REPL02");
    await Promise.all([
      event(a, eventEnvelope(text, "EvReplicas2a")),
      event(b, eventEnvelope(text, "EvReplicas2b")),
    ]);
    const answered = await handled(1, 1, notExplained("C0REPL02", "explained there already"));
    expect(answered).toHaveLength(1);
    expect(answered[0]?.params).toMatchObject({ channel: "C0REPL02", thread_ts: text.ts });
  });

  it("a mute set through one replica silences the other, and a restart keeps it", async () => {
    const channel = "C0REPL03";
    const muted = await command(a, "mute", channel);
    expect(muted.json()).toMatchObject({ text: expect.stringContaining("won't explain") });
    await event(b, eventEnvelope(message(channel)));
    expect(await handled(0, 1, notExplained(channel, "muted there"))).toEqual([]);

    expect(await b.stop()).toBe(0);
    b = await start(urlB());
    started.push(b);
    await event(b, eventEnvelope(message(channel)));
    expect(await handled(0, 2, notExplained(channel, "muted there"))).toEqual([]);

    // Unmuted through the restarted one: both explain again (once).
    await command(b, "unmute", channel);
    const body = eventEnvelope(message(channel, "seeing HTTP 429 from the API"), "EvReplicas3");
    await Promise.all([event(a, body), event(b, body)]);
    expect(await handled(1, 1, alreadyHandled("EvReplicas3"))).toHaveLength(1);
  }, 180_000);

  it("never logs the bot token or the database's password (in the userinfo or the query string)", () => {
    const secrets = [...secretsOf(urlA()), ...secretsOf(urlB())];
    expect(secrets.length).toBeGreaterThanOrEqual(2);
    expect(started.length).toBeGreaterThanOrEqual(3);
    for (const replica of started) {
      const output = replica.output();
      expect(output).not.toContain("replicasTestToken");
      // The database is named, its password replaced.
      expect(output).toMatch(/State is kept in PostgreSQL at postgres:\/\/\S*redacted/);
      for (const secret of secrets) {
        expect(output).not.toContain(secret);
        expect(output).not.toContain(decodeURIComponent(secret ?? ""));
      }
    }
  });
});

describe("one process on a SQLite file", () => {
  it("a restart keeps a mute", async () => {
    let app = await sqliteApp;
    await command(app, "mute", "C0SQLITE1");
    expect(await app.stop()).toBe(0);
    app = await start(sqliteFile());
    await event(app, eventEnvelope(message("C0SQLITE1")));
    await event(app, eventEnvelope(message("C0SQLITE2")));
    const answered = await handled(1, 1, notExplained("C0SQLITE1", "muted there"));
    expect(answered.map((call) => call.params.channel)).toEqual(["C0SQLITE2"]);
    expect(await app.stop()).toBe(0);
  }, 180_000);
});

describe("a DATABASE_URL that does not answer", () => {
  it("stops the app at start with exit 1, naming the variable and hiding the password", async () => {
    const { exited, output } = launch({ DATABASE_URL: "postgres://bot:hunter2secret@127.0.0.1:9/bot" });
    expect(await exited).toBe(1);
    expect(output()).toContain("DATABASE_URL could not be used");
    expect(output()).toContain("ECONNREFUSED");
    expect(output()).toContain(`What it is: `);
    expect(output()).not.toContain("hunter2secret");
  }, 180_000);
});
