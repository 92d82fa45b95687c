import { LOG_LEVELS, LogLevel, parseLogLevel } from "./logger.ts";

export type Mode = "socket" | "http";

export interface Config {
  /** Socket Mode when an app-level token is set (local use), else HTTP (production). */
  readonly mode: Mode;
  readonly botToken: string;
  /** HTTP mode: verifies that requests come from Slack. */
  readonly signingSecret?: string;
  /** Socket Mode: the app-level token (xapp-...). */
  readonly appToken?: string;
  /** HTTP mode: the port to listen on (0 picks a free one). */
  readonly port: number;
  /** The Web API base URL (GovSlack, tests); Slack's own when unset. */
  readonly slackApiUrl?: string;
  readonly logLevel: LogLevel;
}

export const DEFAULT_PORT = 3000;

const APPS_PAGE = "https://api.slack.com/apps";

/** What each variable is for and where to get it: the text of the startup error and of .env.example. */
export const VARIABLES = {
  SLACK_BOT_TOKEN: {
    purpose: "the bot token every Slack API call is made with (starts with xoxb-)",
    source: `${APPS_PAGE} > your app > OAuth & Permissions > Bot User OAuth Token (install the app to your workspace first)`,
  },
  SLACK_SIGNING_SECRET: {
    purpose:
      "proves that HTTP requests come from Slack; needed in HTTP mode (when SLACK_APP_TOKEN is not set)",
    source: `${APPS_PAGE} > your app > Basic Information > App Credentials > Signing Secret`,
  },
  SLACK_APP_TOKEN: {
    purpose:
      "the app-level token that turns on Socket Mode (starts with xapp-); leave it unset to serve HTTP",
    source: `${APPS_PAGE} > your app > Basic Information > App-Level Tokens (generate one with the connections:write scope)`,
  },
  PORT: {
    purpose: `the HTTP port (in Socket Mode, of /healthz alone, on loopback), a whole number from 0 to 65535 (default ${DEFAULT_PORT})`,
    source: "your hosting platform usually sets it",
  },
  SLACK_API_URL: {
    purpose: "the Slack Web API base URL, for GovSlack (https://slack-gov.com/api/) or tests",
    source: "leave it unset for Slack itself",
  },
  LOG_LEVEL: {
    purpose: `how much to log: ${LOG_LEVELS.join(", ")} (default info)`,
    source: "choose one",
  },
} as const;

export type Variable = keyof typeof VARIABLES;

export interface ConfigProblem {
  readonly variable: Variable;
  readonly problem: string;
}

/** The configuration cannot be used; `message` names every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(formatProblems(problems));
    this.name = "ConfigError";
  }
}

function formatProblems(problems: readonly ConfigProblem[]): string {
  const count = problems.length === 1 ? "1 setting is" : `${problems.length} settings are`;
  const lines = problems.map(
    ({ variable, problem }) =>
      `  - ${variable} ${problem}.\n      What it is: ${VARIABLES[variable].purpose}.\n      Where to get it: ${VARIABLES[variable].source}.`,
  );
  return [
    `Status Bot cannot start: ${count} missing or malformed.`,
    ...lines,
    'Set them in the environment or in a .env file (copy .env.example). To try the bot without Slack, run: npm run ask -- "what does 429 mean?"',
  ].join("\n");
}

type Env = Record<string, string | undefined>;

function read(env: Env, name: Variable): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** Token prefixes, to catch one token pasted in place of another. Never echo the value itself. */
function tokenProblem(value: string, prefix: string, kind: string): string | undefined {
  if (value.startsWith(prefix)) return /\s/.test(value) ? "contains spaces" : undefined;
  if (value.startsWith("xapp-")) return `is an app-level token (xapp-), not ${kind}`;
  if (value.startsWith("xoxb-")) return `is a bot token (xoxb-), not ${kind}`;
  if (value.startsWith("xoxp-")) return `is a user token (xoxp-), not ${kind}`;
  return `does not look like ${kind} (it should start with ${prefix})`;
}

/** Reads and checks the configuration; throws a ConfigError naming every problem. */
export function loadConfig(env: Env = process.env): Config {
  const problems: ConfigProblem[] = [];
  const problem = (variable: Variable, text: string) => problems.push({ variable, problem: text });

  const botToken = read(env, "SLACK_BOT_TOKEN");
  if (!botToken) problem("SLACK_BOT_TOKEN", "is missing");
  else {
    const bad = tokenProblem(botToken, "xoxb-", "a bot token");
    if (bad) problem("SLACK_BOT_TOKEN", bad);
  }

  const appToken = read(env, "SLACK_APP_TOKEN");
  if (appToken) {
    const bad = tokenProblem(appToken, "xapp-", "an app-level token");
    if (bad) problem("SLACK_APP_TOKEN", bad);
  }
  const mode: Mode = appToken ? "socket" : "http";

  const signingSecret = read(env, "SLACK_SIGNING_SECRET");
  if (mode === "http") {
    if (!signingSecret)
      problem("SLACK_SIGNING_SECRET", "is missing (HTTP mode, as SLACK_APP_TOKEN is not set)");
    else if (signingSecret.length < 16 || /\s/.test(signingSecret) || signingSecret.startsWith("xox")) {
      problem(
        "SLACK_SIGNING_SECRET",
        "does not look like a signing secret (32 letters and digits, not a token)",
      );
    }
  }

  let port = DEFAULT_PORT;
  const portText = read(env, "PORT");
  if (portText !== undefined) {
    const parsed = Number(portText);
    if (!/^\d+$/.test(portText) || parsed > 65535) problem("PORT", `is "${portText}", not a port number`);
    else port = parsed;
  }

  const slackApiUrl = read(env, "SLACK_API_URL");
  if (slackApiUrl !== undefined) {
    let valid = false;
    try {
      const url = new URL(slackApiUrl);
      valid = url.protocol === "https:" || url.protocol === "http:";
    } catch {
      valid = false;
    }
    if (!valid) problem("SLACK_API_URL", "is not an http(s) URL");
  }

  let logLevel = LogLevel.INFO;
  const levelText = read(env, "LOG_LEVEL");
  if (levelText !== undefined) {
    const parsed = parseLogLevel(levelText);
    if (!parsed) problem("LOG_LEVEL", `is "${levelText}", not a log level`);
    else logLevel = parsed;
  }

  if (problems.length > 0 || !botToken) throw new ConfigError(problems);
  return {
    mode,
    botToken,
    signingSecret,
    appToken,
    port,
    slackApiUrl: slackApiUrl ? (slackApiUrl.endsWith("/") ? slackApiUrl : `${slackApiUrl}/`) : undefined,
    logLevel,
  };
}
