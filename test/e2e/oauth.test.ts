import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApp, type StatusBot } from "../../src/app.ts";
import type { Config } from "../../src/config.ts";
import { createLogger, LogLevel } from "../../src/logger.ts";
import { openPostgresStore } from "../../src/store/postgres.ts";
import type { Store } from "../../src/store/store.ts";
import { FakeSlack, type FakeWorkspace } from "../support/fake-slack.ts";
import { problems } from "../support/load.ts";
import { useTestDatabase } from "../support/postgres.ts";
import { eventEnvelope, JSON_TYPE, send } from "../support/slack-requests.ts";

/**
 * Many workspaces, end to end: two replicas of the app (each its own PostgreSQL pool on one
 * database, as two processes would have) behind no load balancer: a test picks the replica. The
 * install starts at one replica and finishes at the other; oauth.v2.access is called on the fake
 * Slack (SLACK_API_URL); each workspace is answered with its own token; an uninstall deletes the
 * installation; a rotating token is refreshed once however many requests need it at once.
 */

const SECRET = "8f742231b10e8888abcd99aa85a5c1f0";
const CLIENT_ID = "1111111111.2222222222";
const CLIENT_SECRET = "0123456789abcdef0123456789abcdef";
const STATE_SECRET = "a-state-secret-for-the-oauth-tests";

const ACME: FakeWorkspace = {
  teamId: "T0ACME001",
  teamName: "Acme",
  botUserId: "U0ACMEBOT",
  botId: "B0ACME",
};
const GLOBEX: FakeWorkspace = {
  teamId: "T0GLOBEX1",
  teamName: "Globex",
  botUserId: "U0GLXBOT",
  botId: "B0GLX",
};
const INITECH: FakeWorkspace = {
  teamId: "T0INITECH",
  teamName: "Initech",
  botUserId: "U0INIBOT",
  botId: "B0INI",
};

const databaseUrl = useTestDatabase("oauth");

interface Replica {
  readonly bot: StatusBot;
  readonly store: Store;
  readonly url: string;
  readonly logs: string[];
}

let slack: FakeSlack;
let replicas: Replica[] = [];

async function startReplica(): Promise<Replica> {
  const logs: string[] = [];
  const logger = createLogger({ level: LogLevel.DEBUG, write: (_level, line) => logs.push(line) });
  const store = await openPostgresStore(databaseUrl(), { logger, cleanupEveryMs: 0, maxConnections: 4 });
  const config: Config = {
    mode: "http",
    oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, stateSecret: STATE_SECRET },
    signingSecret: SECRET,
    port: 0,
    slackApiUrl: slack.apiUrl,
    logLevel: LogLevel.DEBUG,
    database: { kind: "postgres", url: databaseUrl() },
  };
  const bot = createApp(config, { logger, store, host: "127.0.0.1", bot: { maxRateLimitWaitMs: 0 } });
  const { port } = await bot.start();
  return { bot, store, url: `http://127.0.0.1:${port}`, logs };
}

beforeAll(async () => {
  slack = await new FakeSlack().start();
  slack.oauthApp(CLIENT_ID, CLIENT_SECRET);
  replicas = await Promise.all([startReplica(), startReplica()]);
});
afterAll(async () => {
  for (const replica of replicas) {
    await replica.bot.stop();
    await replica.store.close();
  }
  await slack?.close();
});
beforeEach(() => {
  slack.reset();
  for (const replica of replicas) replica.logs.length = 0;
});

const [first, second] = [() => replicas[0] as Replica, () => replicas[1] as Replica];

/** Installs the app in a workspace: /slack/install at one replica, the redirect back at `finishAt`. */
async function install(
  workspace: FakeWorkspace,
  code: string,
  finishAt: Replica,
  rotation?: Parameters<FakeSlack["grant"]>[2],
) {
  slack.grant(code, workspace, rotation);
  const start = await fetch(`${first().url}/slack/install`, { redirect: "manual" });
  expect(start.status).toBe(302);
  const authorizeUrl = new URL(start.headers.get("location") ?? "");
  const cookie = (start.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const state = authorizeUrl.searchParams.get("state") ?? "";
  const back = await fetch(
    `${finishAt.url}/slack/oauth_redirect?code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`,
    { headers: { cookie }, redirect: "manual" },
  );
  return { start, authorizeUrl, cookie, state, back };
}

let eventCounter = 0;
/** An @-mention of the workspace's bot, from that workspace, to a replica. */
function mention(replica: Replica, workspace: FakeWorkspace, text = "503") {
  const n = ++eventCounter;
  const body = eventEnvelope(
    {
      type: "app_mention",
      user: "U0HUMAN01",
      channel: `C0OAUTH${n}`,
      ts: `${n}.1`,
      event_ts: `${n}.1`,
      text: `<@${workspace.botUserId}> ${text}`,
    },
    `EvOauth${n}`,
    workspace,
  );
  return send(`${replica.url}/slack/events`, body, { secret: SECRET, contentType: JSON_TYPE });
}

const settle = () => Promise.all(replicas.map((replica) => replica.bot.idle()));

describe("installing in many workspaces", () => {
  it("GET /slack/install sets a state cookie and redirects to Slack's consent page with the bot scopes", async () => {
    const start = await fetch(`${first().url}/slack/install`, { redirect: "manual" });
    expect(start.status).toBe(302);
    const location = new URL(start.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe("https://slack.com/oauth/v2/authorize");
    expect(location.searchParams.get("client_id")).toBe(CLIENT_ID);
    expect(location.searchParams.get("scope")?.split(",")).toContain("chat:write");
    const state = location.searchParams.get("state");
    expect(state).toBeTruthy();
    expect(start.headers.get("set-cookie")).toContain(`slack-app-oauth-state=${state}`);
  });

  it("the redirect back exchanges the code with oauth.v2.access on SLACK_API_URL and saves the installation", async () => {
    const { back } = await install(ACME, "code-acme", second());
    expect(back.status).toBe(200);
    const exchanges = slack.callsTo("oauth.v2.access");
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]?.params).toMatchObject({ code: "code-acme", client_id: CLIENT_ID });
    const [token] = slack.tokensOf(ACME.teamId);
    // Bolt's installer checks the new token with auth.test.
    expect(slack.callsTo("auth.test").map((call) => call.token)).toEqual([token]);
    const saved = await first().store.installations.find({ teamId: ACME.teamId, isEnterpriseInstall: false });
    expect(saved?.bot).toMatchObject({ token, userId: ACME.botUserId, id: ACME.botId });
    expect(second().logs.join("\n")).toContain(`Installed in workspace ${ACME.teamId}`);
    // The token is never logged.
    for (const replica of replicas) expect(replica.logs.join("\n")).not.toContain(token);
  });

  it("refuses a redirect whose state is not this browser's", async () => {
    slack.grant("code-stolen", GLOBEX);
    const start = await fetch(`${first().url}/slack/install`, { redirect: "manual" });
    const state = new URL(start.headers.get("location") ?? "").searchParams.get("state") ?? "";
    const noCookie = await fetch(`${first().url}/slack/oauth_redirect?code=code-stolen&state=${state}`);
    expect(noCookie.status).toBeGreaterThanOrEqual(400);
    expect(slack.callsTo("oauth.v2.access")).toEqual([]);
  });

  it("answers each workspace with its own token and as its own bot, on either replica", async () => {
    await install(GLOBEX, "code-globex", first());
    slack.reset();
    const [acmeToken] = slack.tokensOf(ACME.teamId);
    const [globexToken] = slack.tokensOf(GLOBEX.teamId);
    await Promise.all([mention(first(), ACME), mention(second(), GLOBEX), mention(second(), ACME, "429")]);
    await settle();
    const posts = slack.callsTo("chat.postMessage");
    expect(posts).toHaveLength(3);
    const byChannelToken = posts.map((call) => call.token).sort();
    expect(byChannelToken).toEqual([acmeToken, acmeToken, globexToken].sort());
  });

  it("after app_uninstalled, deletes the installation: that workspace's events are no longer answered", async () => {
    await install(INITECH, "code-initech", first());
    const [token] = slack.tokensOf(INITECH.teamId);
    const uninstalled = eventEnvelope({ type: "app_uninstalled", event_ts: "9.9" }, "EvUninstall1", INITECH);
    expect(
      (await send(`${second().url}/slack/events`, uninstalled, { secret: SECRET, contentType: JSON_TYPE }))
        .status,
    ).toBe(200);
    await settle();
    expect(
      await first().store.installations.find({ teamId: INITECH.teamId, isEnterpriseInstall: false }),
    ).toBeUndefined();
    slack.reset();
    await mention(first(), INITECH);
    await mention(second(), INITECH);
    await settle();
    expect(slack.calls.filter((call) => call.token === token)).toEqual([]);
    expect(slack.callsTo("chat.postMessage")).toEqual([]);
    // Other workspaces go on.
    await mention(first(), ACME);
    await settle();
    expect(slack.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("tokens_revoked for the bot deletes the installation too", async () => {
    const hooli: FakeWorkspace = { teamId: "T0HOOLI01", botUserId: "U0HOOLIBOT", botId: "B0HOOLI" };
    await install(hooli, "code-hooli", second());
    const revoked = eventEnvelope(
      { type: "tokens_revoked", tokens: { bot: [hooli.botUserId] }, event_ts: "9.9" },
      "EvRevoked1",
      hooli,
    );
    await send(`${first().url}/slack/events`, revoked, { secret: SECRET, contentType: JSON_TYPE });
    await settle();
    expect(
      await second().store.installations.find({ teamId: hooli.teamId, isEnterpriseInstall: false }),
    ).toBeUndefined();
  });
});

describe("token rotation", () => {
  it("an event is acknowledged at once, even when its workspace's token refresh takes Slack's whole 3 s", async () => {
    const stark: FakeWorkspace = { teamId: "T0STARK01", botUserId: "U0STARKBOT", botId: "B0STARK" };
    await install(stark, "code-stark", first(), { expiresIn: 60, refreshedExpiresIn: 12 * 3600 });
    slack.reset();
    slack.failNext("oauth.v2.access", { delayMs: 3_000 });
    const reply = await mention(first(), stark);
    expect(reply.status).toBe(200);
    // Acknowledged before the refresh was done: no new token yet.
    expect(slack.tokensOf(stark.teamId)).toHaveLength(1);
    await settle();
    expect(slack.callsTo("oauth.v2.access")).toHaveLength(1);
    const posts = slack.callsTo("chat.postMessage");
    expect(posts.map((call) => call.token)).toEqual([slack.tokensOf(stark.teamId)[1]]);
  });

  it("an expiring token is refreshed once, however many requests on however many replicas need it", async () => {
    const umbrella: FakeWorkspace = { teamId: "T0UMBRELA", botUserId: "U0UMBBOT", botId: "B0UMB" };
    // The first token expires in a minute: due for a refresh at once; refreshed ones last 12 hours.
    await install(umbrella, "code-umbrella", first(), { expiresIn: 60, refreshedExpiresIn: 12 * 3600 });
    const [original] = slack.tokensOf(umbrella.teamId);
    expect(original).toMatch(/^xoxe\.xoxb-/);
    slack.reset();

    const replies = await Promise.all(
      Array.from({ length: 12 }, (_, i) => mention(i % 2 === 0 ? first() : second(), umbrella)),
    );
    expect(replies.every((reply) => reply.status === 200)).toBe(true);
    await settle();

    const refreshes = slack.callsTo("oauth.v2.access");
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]?.params).toMatchObject({ grant_type: "refresh_token", client_id: CLIENT_ID });
    const tokens = slack.tokensOf(umbrella.teamId);
    expect(tokens).toHaveLength(2);
    const refreshed = tokens[1];
    // Every answer went out with the refreshed token, and it was saved for both replicas.
    const posts = slack.callsTo("chat.postMessage");
    expect(posts).toHaveLength(12);
    expect(new Set(posts.map((call) => call.token))).toEqual(new Set([refreshed]));
    const saved = await second().store.installations.find({
      teamId: umbrella.teamId,
      isEnterpriseInstall: false,
    });
    expect(saved?.bot?.token).toBe(refreshed);
    expect(saved?.bot?.expiresAt).toBeGreaterThan(Date.now() / 1000 + 11 * 3600);
    for (const replica of replicas) {
      expect(problems(replica.logs)).toEqual([]);
      expect(replica.logs.join("\n")).not.toContain(refreshed);
    }
  });
});
