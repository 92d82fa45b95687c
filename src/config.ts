import { LOG_LEVELS, LogLevel, parseLogLevel } from "./logger.ts";
import { type DatabaseLocation, DEFAULT_DATABASE_URL, parseDatabaseUrl } from "./store/database-url.ts";

export type Mode = "socket" | "http";

/** Installing in many workspaces with Slack's OAuth flow: the app's credentials. */
export interface OAuthConfig {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Signs the OAuth state parameter; the same on every replica. */
  readonly stateSecret: string;
}

export interface Config {
  /** Socket Mode when an app-level token is set (local use), else HTTP (production). */
  readonly mode: Mode;
  /** The one workspace's bot token; unset in OAuth mode, where each installation has its own. */
  readonly botToken?: string;
  /** Set when the app is installed with OAuth (many workspaces), instead of one bot token. */
  readonly oauth?: OAuthConfig;
  /** Where the state lives: a SQLite file by default, or PostgreSQL. */
  readonly database: DatabaseLocation;
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
    purpose:
      "the bot token every Slack API call is made with (starts with xoxb-), for one workspace; leave it unset when installing in many workspaces (SLACK_CLIENT_ID)",
    source: `${APPS_PAGE} > your app > OAuth & Permissions > Bot User OAuth Token (install the app to your workspace first)`,
  },
  SLACK_CLIENT_ID: {
    purpose:
      "with SLACK_CLIENT_SECRET and SLACK_STATE_SECRET, lets any workspace install the app (GET /slack/install) and answers each with its own token, instead of SLACK_BOT_TOKEN; HTTP mode only",
    source: `${APPS_PAGE} > your app > Basic Information > App Credentials > Client ID`,
  },
  SLACK_CLIENT_SECRET: {
    purpose: "the app's OAuth client secret, to exchange install codes for tokens (with SLACK_CLIENT_ID)",
    source: `${APPS_PAGE} > your app > Basic Information > App Credentials > Client Secret`,
  },
  SLACK_STATE_SECRET: {
    purpose:
      "signs the OAuth install's state (with SLACK_CLIENT_ID): a random string of at least 16 characters, the same on every replica",
    source: "make one, e.g. with: openssl rand -hex 32",
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
  DATABASE_URL: {
    purpose: `where settings, installations and the memory of answered events are kept: postgres://user:password@host:5432/database for PostgreSQL (needed for more than one replica), or sqlite:PATH for a file (default ${DEFAULT_DATABASE_URL})`,
    source:
      "your PostgreSQL server or provider (the database must exist; the app creates its tables), or leave it unset for the SQLite file",
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

/** The settings of installing in many workspaces: all three or none. */
const OAUTH_VARIABLES = ["SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_STATE_SECRET"] as const;

/** The OAuth settings: all three or none. Undefined when none is set. */
function readOAuth(env: Env, problem: (variable: Variable, text: string) => void): OAuthConfig | undefined {
  const [clientId, clientSecret, stateSecret] = OAUTH_VARIABLES.map((name) => read(env, name));
  const given = OAUTH_VARIABLES.filter((name) => read(env, name) !== undefined);
  if (given.length === 0) return undefined;
  for (const name of OAUTH_VARIABLES) {
    if (!given.includes(name))
      problem(name, `is missing (${given.join(" and ")} set: installing in many workspaces needs all three)`);
  }
  if (clientId && !/^\d+\.\d+$/.test(clientId))
    problem("SLACK_CLIENT_ID", "does not look like a client ID (digits, a dot, digits)");
  if (clientSecret && (clientSecret.length < 16 || /\s/.test(clientSecret) || clientSecret.startsWith("xox")))
    problem("SLACK_CLIENT_SECRET", "does not look like a client secret (32 letters and digits, not a token)");
  if (stateSecret && (stateSecret.length < 16 || /\s/.test(stateSecret)))
    problem("SLACK_STATE_SECRET", "is too short or has spaces (at least 16 characters)");
  if (!clientId || !clientSecret || !stateSecret) return undefined;
  return { clientId, clientSecret, stateSecret };
}

/** Reads and checks the configuration; throws a ConfigError naming every problem. */
export function loadConfig(env: Env = process.env): Config {
  const problems: ConfigProblem[] = [];
  const problem = (variable: Variable, text: string) => problems.push({ variable, problem: text });

  const oauthWanted = OAUTH_VARIABLES.some((name) => read(env, name) !== undefined);
  const oauth = readOAuth(env, problem);

  const botToken = read(env, "SLACK_BOT_TOKEN");
  if (oauthWanted) {
    if (botToken)
      problem(
        "SLACK_BOT_TOKEN",
        "is set along with SLACK_CLIENT_ID: installed in many workspaces, the app uses each one's own token; unset one of them",
      );
  } else if (!botToken) problem("SLACK_BOT_TOKEN", "is missing");
  else {
    const bad = tokenProblem(botToken, "xoxb-", "a bot token");
    if (bad) problem("SLACK_BOT_TOKEN", bad);
  }

  const appToken = read(env, "SLACK_APP_TOKEN");
  if (appToken) {
    const bad = tokenProblem(appToken, "xapp-", "an app-level token");
    if (bad) problem("SLACK_APP_TOKEN", bad);
    else if (oauthWanted)
      problem(
        "SLACK_APP_TOKEN",
        "is set along with SLACK_CLIENT_ID: installing in many workspaces needs HTTP mode (a public URL for the install pages); unset SLACK_APP_TOKEN",
      );
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

  let database: DatabaseLocation = parseDatabaseUrl(DEFAULT_DATABASE_URL);
  const databaseText = read(env, "DATABASE_URL");
  if (databaseText !== undefined) {
    try {
      database = parseDatabaseUrl(databaseText);
    } catch (error) {
      // The reason only: the value may hold a password.
      problem("DATABASE_URL", (error as Error).message);
    }
  }

  if (problems.length > 0 || !(botToken || oauth)) throw new ConfigError(problems);
  return {
    mode,
    ...(oauth ? { oauth } : { botToken }),
    database,
    signingSecret,
    appToken,
    port,
    slackApiUrl: slackApiUrl ? (slackApiUrl.endsWith("/") ? slackApiUrl : `${slackApiUrl}/`) : undefined,
    logLevel,
  };
}
