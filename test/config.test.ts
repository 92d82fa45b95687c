import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_PORT, loadConfig, VARIABLES } from "../src/config.ts";

const BOT = "xoxb-1234-5678-abcdefghijkl";
const SECRET = "8f742231b10e8888abcd99aa85a5c1f0";
const APP = "xapp-1-A111-222-abcdef";

function problemsOf(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("runs over HTTP on port 3000 by default", () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET })).toEqual({
      mode: "http",
      botToken: BOT,
      signingSecret: SECRET,
      appToken: undefined,
      port: DEFAULT_PORT,
      slackApiUrl: undefined,
      logLevel: "info",
    });
  });

  it("uses Socket Mode when an app-level token is set (no signing secret needed)", () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP });
    expect(config.mode).toBe("socket");
    expect(config.appToken).toBe(APP);
  });

  it("reads PORT (0 included), SLACK_API_URL and LOG_LEVEL", () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT,
      SLACK_SIGNING_SECRET: SECRET,
      PORT: "0",
      SLACK_API_URL: "http://127.0.0.1:4000/api",
      LOG_LEVEL: "DEBUG",
    });
    expect(config.port).toBe(0);
    expect(config.slackApiUrl).toBe("http://127.0.0.1:4000/api/");
    expect(config.logLevel).toBe("debug");
  });

  it("treats empty values as unset", () => {
    expect(
      loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_APP_TOKEN: "", PORT: " " }).mode,
    ).toBe("http");
  });

  it("names every missing variable in one message, says what it is for and where to get it", () => {
    const error = problemsOf({});
    expect(error.problems.map((p) => p.variable)).toEqual(["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"]);
    expect(error.message).toContain("2 settings are missing or malformed");
    for (const variable of ["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"] as const) {
      expect(error.message).toContain(`${variable} is missing`);
      expect(error.message).toContain(VARIABLES[variable].purpose);
      expect(error.message).toContain(VARIABLES[variable].source);
    }
    expect(error.message).toContain("npm run ask");
    expect(error.message).toContain(".env.example");
  });

  it("catches malformed values without echoing secrets", () => {
    const error = problemsOf({
      SLACK_BOT_TOKEN: "xapp-1-secretvalue-123",
      SLACK_SIGNING_SECRET: "short",
      SLACK_APP_TOKEN: "xoxb-secretvalue-456",
      PORT: "70000",
      SLACK_API_URL: "not a url",
      LOG_LEVEL: "loud",
    });
    expect(error.problems.map((p) => p.variable)).toEqual([
      "SLACK_BOT_TOKEN",
      "SLACK_APP_TOKEN",
      "PORT",
      "SLACK_API_URL",
      "LOG_LEVEL",
    ]);
    expect(error.message).toContain("SLACK_BOT_TOKEN is an app-level token (xapp-), not a bot token");
    expect(error.message).toContain("SLACK_APP_TOKEN is a bot token (xoxb-), not an app-level token");
    expect(error.message).not.toContain("secretvalue");
  });

  it("rejects a malformed signing secret in HTTP mode", () => {
    const error = problemsOf({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: "too short" });
    expect(error.problems).toEqual([
      { variable: "SLACK_SIGNING_SECRET", problem: expect.stringContaining("signing secret") },
    ]);
  });

  it("rejects tokens that are not Slack tokens", () => {
    const error = problemsOf({ SLACK_BOT_TOKEN: "hello", SLACK_SIGNING_SECRET: SECRET });
    expect(error.problems[0]?.problem).toContain("should start with xoxb-");
  });
});
