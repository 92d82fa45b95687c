import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApp, type StatusBot } from "../../src/app.ts";
import type { Config } from "../../src/config.ts";
import { createLogger, LogLevel } from "../../src/logger.ts";
import { FakeSlack, WEBSOCKET } from "../support/fake-slack.ts";
import { waitFor } from "../support/load.ts";
import { slashCommand } from "../support/slack-requests.ts";

/**
 * Socket Mode as an operator sees it: the real app against the fake Slack, whose
 * apps.connections.open and WebSocket can fail. What is logged, what /healthz says, how it stops.
 */

const APP_TOKEN = "xapp-1-A0APP0001-1111-socketModeTestToken";
/** Short waits between attempts, so that a test sees several. */
const RETRY = { firstMs: 50, maxMs: 100 };

let slack: FakeSlack;
beforeAll(async () => {
  slack = await new FakeSlack().start();
});
afterAll(async () => {
  await slack.close();
});
beforeEach(() => {
  slack.reset();
  slack.heal();
});

interface Running {
  readonly bot: StatusBot;
  readonly lines: { level: LogLevel; line: string }[];
  /** What start() did: "connected", "stopped" (resolved after stop) or the error it threw. */
  readonly started: Promise<string>;
  readonly health: (method?: string) => Promise<Response>;
  /** Lines at a level or above. */
  readonly logged: (level: "info" | "warn" | "error") => string[];
}

let running: Running | undefined;
afterEach(async () => {
  await running?.bot.stop();
  running = undefined;
});

const SEVERITY = { debug: 0, info: 1, warn: 2, error: 3 } as const;

async function startSocketMode(): Promise<Running> {
  const lines: { level: LogLevel; line: string }[] = [];
  const logger = createLogger({ level: LogLevel.DEBUG, write: (level, line) => lines.push({ level, line }) });
  const config: Config = {
    mode: "socket",
    botToken: "xoxb-1111-2222-socketModeBotToken",
    appToken: APP_TOKEN,
    port: 0,
    slackApiUrl: slack.apiUrl,
    logLevel: LogLevel.DEBUG,
    database: { kind: "sqlite", path: ":memory:" },
  };
  const bot = createApp(config, { logger, host: "127.0.0.1", socketRetryDelays: RETRY, stopGraceMs: 200 });
  let port = 0;
  const started = bot.start().then(
    () => (bot.ready ? "connected" : "stopped"),
    (error: unknown) => String(error),
  );
  // /healthz is served before the connection is up: its port is in the log.
  await waitFor(() => {
    port = Number(
      lines.map((l) => l.line.match(/Health check: http:\/\/127\.0\.0\.1:(\d+)/)?.[1]).find(Boolean) ?? 0,
    );
    return port > 0;
  }, 5_000);
  running = {
    bot,
    lines,
    started,
    health: (method = "GET") => fetch(`http://127.0.0.1:${port}/healthz`, { method }),
    logged: (level) =>
      lines.filter((l) => SEVERITY[l.level as keyof typeof SEVERITY] >= SEVERITY[level]).map((l) => l.line),
  };
  return running;
}

describe("Socket Mode, apps.connections.open failing", () => {
  it("says the mode and the API URL, warns each attempt with its reason, and is not healthy", async () => {
    slack.failAlways("apps.connections.open", { status: 503 });
    const app = await startSocketMode();
    expect(app.logged("info").join("\n")).toContain(
      `Status Bot is running in Socket Mode (Slack Web API: ${slack.apiUrl})`,
    );
    expect(await waitFor(() => slack.callsTo("apps.connections.open").length >= 3, 5_000)).toBe(true);
    const attempts = app.logged("warn").filter((line) => line.includes("Could not connect to Slack"));
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    expect(attempts[0]).toMatch(/\(attempt 1\): apps\.connections\.open: http 503; trying again in 50 ms/);
    expect(attempts[1]).toMatch(/\(attempt 2\): apps\.connections\.open: http 503; trying again in 100 ms/);
    // Each failed call is one attempt: no silent retries inside the SDK.
    expect(slack.callsTo("apps.connections.open").length).toBeLessThanOrEqual(attempts.length + 1);
    expect(app.bot.ready).toBe(false);
    const get = await app.health();
    expect(get.status).toBe(503);
    expect(await get.json()).toEqual({ ok: false });
    expect((await app.health("HEAD")).status).toBe(503);
    expect(app.logged("info").join("\n")).not.toContain("Connected to Slack");
  });

  it("stops quietly while connecting: start() resolves, nothing is logged as an error", async () => {
    slack.failAlways("apps.connections.open", { drop: true });
    const app = await startSocketMode();
    expect(await waitFor(() => app.logged("warn").some((line) => line.includes("(attempt 1)")), 5_000)).toBe(
      true,
    );
    expect(app.logged("warn").join("\n")).toMatch(/apps\.connections\.open: network: \w+/);
    await app.bot.stop();
    expect(await app.started).toBe("stopped");
    expect(app.logged("error")).toEqual([]);
    const calls = slack.callsTo("apps.connections.open").length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(slack.callsTo("apps.connections.open").length).toBe(calls);
  });

  it("stopped before it started (a signal during the start): never connects", async () => {
    const logger = createLogger({ level: LogLevel.ERROR, write: () => {} });
    const config: Config = {
      mode: "socket",
      botToken: "xoxb-1111-2222-socketModeBotToken",
      appToken: APP_TOKEN,
      port: 0,
      slackApiUrl: slack.apiUrl,
      logLevel: LogLevel.ERROR,
      database: { kind: "sqlite", path: ":memory:" },
    };
    const bot = createApp(config, { logger, host: "127.0.0.1", stopGraceMs: 100 });
    await bot.stop();
    await bot.start();
    expect(slack.callsTo("apps.connections.open")).toEqual([]);
    expect(bot.ready).toBe(false);
    await bot.stop();
  });

  it("a token Slack refuses stops the start with the reason", async () => {
    slack.failAlways("apps.connections.open", { error: "invalid_auth" });
    const app = await startSocketMode();
    expect(await app.started).toContain(
      "Slack refused SLACK_APP_TOKEN (apps.connections.open: invalid_auth)",
    );
    expect(slack.callsTo("apps.connections.open")).toHaveLength(1);
  });
});

describe("Socket Mode, the WebSocket refused", () => {
  it.each([
    [
      "answered with HTTP 404",
      { status: 404 },
      /WebSocket to ws:\/\/127\.0\.0\.1:\d+\/link\/: HTTP 404 Refused instead of a WebSocket/,
    ],
    ["dropped", { drop: true as const }, /WebSocket to ws:\/\/127\.0\.0\.1:\d+\/link\/: \w+/],
  ])(
    "%s: each attempt warned with a reason, never an empty 'WebSocket error occurred'",
    async (_name, failure, reason) => {
      slack.failAlways(WEBSOCKET, failure);
      const app = await startSocketMode();
      expect(
        await waitFor(
          () => app.logged("warn").filter((line) => line.includes("Could not connect")).length >= 2,
          5_000,
        ),
      ).toBe(true);
      const attempts = app.logged("warn").filter((line) => line.includes("Could not connect"));
      expect(attempts[0]).toMatch(reason);
      // The ticket in the WebSocket URL is a credential: never logged.
      expect(app.lines.map((l) => l.line).join("\n")).not.toContain("fake-ticket");
      expect(app.logged("warn").join("\n")).not.toMatch(/WebSocket error occurred: ?$/m);
      expect(app.logged("warn").join("\n")).not.toContain("WebSocket error");
      expect((await app.health()).status).toBe(503);
    },
  );
});

describe("Socket Mode, connected", () => {
  it("is healthy once Slack says hello, answers over the socket, and reconnects a lost connection", async () => {
    slack.failNext("apps.connections.open", { status: 500 });
    const app = await startSocketMode();
    expect(await app.started).toBe("connected");
    expect(app.bot.ready).toBe(true);
    expect((await app.health()).status).toBe(200);
    expect((await app.health("HEAD")).status).toBe(200);
    expect(app.logged("info").join("\n")).toContain("Connected to Slack (Socket Mode)");

    // A slash command arrives over the socket; its answer is the acknowledgement.
    const payload = Object.fromEntries(
      new URLSearchParams(slashCommand({ text: "429", responseUrl: slack.responseUrl() })),
    );
    slack.sendOverSocket({
      type: "slash_commands",
      envelope_id: "env-1",
      payload,
      accepts_response_payload: true,
    });
    expect(await waitFor(() => slack.socketMessages.length > 0, 5_000)).toBe(true);
    expect(slack.socketMessages[0]).toMatchObject({
      envelope_id: "env-1",
      payload: { response_type: "ephemeral", text: expect.stringContaining("429") },
    });

    // The connection is lost while Slack is failing: not healthy until connected again, which it
    // does by itself once Slack answers.
    slack.failAlways("apps.connections.open", { status: 503 });
    slack.dropSockets();
    expect(await waitFor(() => !app.bot.ready, 5_000)).toBe(true);
    expect((await app.health()).status).toBe(503);
    expect(app.logged("info").join("\n")).toContain(
      "The Socket Mode connection to Slack closed; reconnecting",
    );
    expect(await waitFor(() => app.logged("warn").some((line) => line.includes("http 503")), 5_000)).toBe(
      true,
    );
    slack.heal();
    expect(await waitFor(() => app.bot.ready && slack.openSockets === 1, 5_000)).toBe(true);
    expect((await app.health()).status).toBe(200);
  });
});
