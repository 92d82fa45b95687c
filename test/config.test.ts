import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_PORT, loadConfig, VARIABLES } from "../src/config.ts";
import { createLogger } from "../src/logger.ts";
import { databaseSecrets, describeDatabase } from "../src/store/database-url.ts";

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
      database: { kind: "sqlite", path: "./var/status-bot.sqlite" },
    });
  });

  it("reads DATABASE_URL: PostgreSQL or a SQLite file", () => {
    const base = { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET };
    expect(loadConfig({ ...base, DATABASE_URL: "postgres://bot:pw@db:5432/bot" }).database).toEqual({
      kind: "postgres",
      url: "postgres://bot:pw@db:5432/bot",
    });
    expect(loadConfig({ ...base, DATABASE_URL: "postgresql://db/bot" }).database.kind).toBe("postgres");
    expect(loadConfig({ ...base, DATABASE_URL: "sqlite:/data/bot.sqlite" }).database).toEqual({
      kind: "sqlite",
      path: "/data/bot.sqlite",
    });
  });

  it("names a malformed DATABASE_URL without echoing it (it may hold a password)", () => {
    for (const value of ["mysql://u:hunter2secret@db/x", "postgres://u:hunter2secret@:99999/x", "sqlite:"]) {
      const error = problemsOf({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, DATABASE_URL: value });
      expect(error.problems.map((p) => p.variable)).toEqual(["DATABASE_URL"]);
      expect(error.message).toContain(VARIABLES.DATABASE_URL.purpose);
      expect(error.message).not.toContain("hunter2secret");
    }
  });

  it("reads a PostgreSQL host given as a query parameter (a Unix socket folder), as pg does", () => {
    const base = { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET };
    for (const url of [
      "postgres:///bot?host=/var/run/postgresql",
      "postgresql://bot:pw@/bot?host=/var/run/postgresql",
    ]) {
      expect(loadConfig({ ...base, DATABASE_URL: url }).database).toEqual({ kind: "postgres", url });
    }
    expect(problemsOf({ ...base, DATABASE_URL: "postgres:///bot" }).message).toContain("names no host");
  });

  it("never shows a DATABASE_URL's password, whether in the userinfo or in the query string", () => {
    const base = { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET };
    const cases = [
      ["postgres://bot:Sup3rSecretPw@db/bot", ["Sup3rSecretPw"]],
      ["postgres://bot:p%40ss%2Fw0rd!!@db/bot", ["p%40ss%2Fw0rd!!", "p@ss/w0rd!!"]],
      ["postgres://bot:un@encoded@db/bot", ["un@encoded"]],
      ["postgres://bot@db/bot?password=QuerySecret1&sslmode=require", ["QuerySecret1"]],
      ["postgres://bot@db/bot?sslmode=require&sslpassword=KeyPassphrase2", ["KeyPassphrase2"]],
      ["postgres://bot@db/bot?password=two+words%21", ["two+words%21", "two words!"]],
    ] as const;
    for (const [url, secrets] of cases) {
      const config = loadConfig({ ...base, DATABASE_URL: url });
      const label = describeDatabase(config.database);
      expect(label).toContain("redacted");
      expect(label).toContain("@db/bot");
      for (const secret of secrets) expect(label).not.toContain(secret);
      expect(databaseSecrets(url)).toEqual(expect.arrayContaining([...secrets]));
      // Registered with the logger, they are hidden wherever they appear.
      const lines: string[] = [];
      const logger = createLogger({
        secrets: databaseSecrets(url),
        write: (_level, line) => lines.push(line),
      });
      logger.info(`connecting with ${secrets.join(" and ")}`);
      for (const secret of secrets) expect(lines.join("\n")).not.toContain(secret);
    }
    expect(
      describeDatabase(
        loadConfig({ ...base, DATABASE_URL: "postgres://bot@db/bot?sslmode=require" }).database,
      ),
    ).toBe("PostgreSQL at postgres://bot@db/bot?sslmode=require");
  });

  it("installs in many workspaces when the three OAuth settings are set, without a bot token", () => {
    const config = loadConfig({
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_CLIENT_ID: "1234567890.0987654321",
      SLACK_CLIENT_SECRET: "0123456789abcdef0123456789abcdef",
      SLACK_STATE_SECRET: "a-long-random-state-secret",
    });
    expect(config.oauth).toEqual({
      clientId: "1234567890.0987654321",
      clientSecret: "0123456789abcdef0123456789abcdef",
      stateSecret: "a-long-random-state-secret",
    });
    expect(config.botToken).toBeUndefined();
  });

  it("wants all three OAuth settings, HTTP mode and no bot token beside them", () => {
    const error = problemsOf({
      SLACK_BOT_TOKEN: BOT,
      SLACK_APP_TOKEN: APP,
      SLACK_CLIENT_ID: "1234567890.0987654321",
      SLACK_STATE_SECRET: "short",
    });
    expect(error.problems.map((p) => p.variable)).toEqual([
      "SLACK_CLIENT_SECRET",
      "SLACK_STATE_SECRET",
      "SLACK_BOT_TOKEN",
      "SLACK_APP_TOKEN",
    ]);
    expect(error.message).toContain("SLACK_CLIENT_SECRET is missing");
    expect(error.message).toContain("needs HTTP mode");
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

describe(".env.example", () => {
  it("documents every setting the app reads", () => {
    const example = readFileSync(new URL("../.env.example", import.meta.url), "utf8");
    const documented = [...example.matchAll(/^([A-Z_]+)=/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual(Object.keys(VARIABLES).sort());
  });
});
