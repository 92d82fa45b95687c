import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import type { Config } from "../src/config.ts";
import { createLogger, LogLevel } from "../src/logger.ts";
import { FakeSlack } from "./support/fake-slack.ts";

let slack: FakeSlack;
beforeAll(async () => {
  slack = await new FakeSlack().start();
});
afterAll(async () => {
  await slack.close();
});

const quiet = () => {
  const lines: string[] = [];
  return {
    lines,
    logger: createLogger({ level: LogLevel.DEBUG, write: (_level, line) => lines.push(line) }),
  };
};

const http = (overrides: Partial<Config> = {}): Config => ({
  mode: "http",
  botToken: "xoxb-1-2-apptest",
  signingSecret: "8f742231b10e8888abcd99aa85a5c1f0",
  port: 0,
  slackApiUrl: slack.apiUrl,
  logLevel: LogLevel.DEBUG,
  database: { kind: "sqlite", path: ":memory:" },
  ...overrides,
});

describe("createApp", () => {
  it("in HTTP mode, starts on a free port, is ready, then stops and is not", async () => {
    const { logger } = quiet();
    const bot = createApp(http(), { logger, host: "127.0.0.1" });
    expect(bot.mode).toBe("http");
    expect(bot.ready).toBe(false);
    const { port } = await bot.start();
    expect(port).toBeGreaterThan(0);
    expect(bot.ready).toBe(true);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    await bot.stop();
    expect(bot.ready).toBe(false);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });

  it("refuses to start with a token Slack rejects", async () => {
    const { logger } = quiet();
    slack.failNext("auth.test", { error: "invalid_auth" });
    const bot = createApp(http(), { logger, host: "127.0.0.1" });
    await expect(bot.start()).rejects.toThrow(/invalid_auth/);
  });

  it("asked to sign in before starting, checks the token once and still refuses one Slack rejects", async () => {
    const { logger, lines } = quiet();
    slack.reset();
    const bot = createApp(http(), { logger, host: "127.0.0.1" });
    bot.signIn();
    bot.signIn();
    const { port } = await bot.start();
    expect(slack.callsTo("auth.test")).toHaveLength(1);
    expect(lines.join("\n")).toContain("Signed in to Slack as bot user");
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    await bot.stop();

    slack.failNext("auth.test", { error: "invalid_auth" });
    const refused = createApp(http(), { logger, host: "127.0.0.1" });
    refused.signIn();
    // Nothing waits on the answer until start(): a refusal must not be an unhandled rejection meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(refused.start()).rejects.toThrow(/SLACK_BOT_TOKEN.*invalid_auth/);
    expect(refused.ready).toBe(false);
  });

  it("starts anyway when Slack cannot be reached yet, and asks again at the first event", async () => {
    const { logger, lines } = quiet();
    const bot = createApp(http({ slackApiUrl: "http://127.0.0.1:9/api/" }), { logger, host: "127.0.0.1" });
    await bot.start();
    expect(lines.join("\n")).toContain("Could not reach Slack");
    await bot.stop();
  });

  it("in Socket Mode, connects through apps.connections.open on the configured API URL", async () => {
    const { logger } = quiet();
    slack.reset();
    const bot = createApp(
      http({ mode: "socket", appToken: "xapp-1-A1-2-apptest", signingSecret: undefined }),
      { logger },
    );
    expect(bot.mode).toBe("socket");
    // The fake Slack has no WebSocket server, so connecting fails: but it was asked, at our URL.
    const started = bot.start().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(slack.callsTo("apps.connections.open").length).toBeGreaterThan(0);
    await bot.stop();
    void started;
  });
});
