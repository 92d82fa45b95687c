import { format } from "node:util";
import { type Logger, LogLevel } from "@slack/bolt";

export type { Logger };
export { LogLevel };

export const LOG_LEVELS: readonly LogLevel[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

const SEVERITY: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 10,
  [LogLevel.INFO]: 20,
  [LogLevel.WARN]: 30,
  [LogLevel.ERROR]: 40,
};

/** Slack tokens of every kind (bot, user, app-level, refresh, config), wherever they appear. */
const TOKEN_PATTERN = /\bx(?:ox[a-z]|app)-[A-Za-z0-9.-]+/g;
const REDACTED = "[redacted]";

export interface AppLogger extends Logger {
  /** Hides these values (tokens, the signing secret) in everything logged from now on. */
  addSecret(...secrets: (string | undefined)[]): void;
}

export interface LoggerOptions {
  readonly level?: LogLevel;
  readonly name?: string;
  /** Values never to print: tokens, the signing secret. */
  readonly secrets?: readonly (string | undefined)[];
  /** Where lines go; defaults to stdout (debug, info) and stderr (warn, error). */
  readonly write?: (level: LogLevel, line: string) => void;
}

function defaultWrite(level: LogLevel, line: string): void {
  if (SEVERITY[level] >= SEVERITY[LogLevel.WARN]) process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}

/** Reads LOG_LEVEL ("debug", "info", "warn", "error"; any case). Undefined when unset or unknown. */
export function parseLogLevel(value: string | undefined): LogLevel | undefined {
  const wanted = value?.trim().toLowerCase();
  return LOG_LEVELS.find((level) => level === wanted);
}

/**
 * The app's one logger: Bolt, the Web API client and our listeners all write through it. Lines are
 * `time LEVEL [name] message`; tokens and registered secrets are replaced by [redacted].
 */
export function createLogger(options: LoggerOptions = {}): AppLogger {
  let level = options.level ?? LogLevel.INFO;
  const name = options.name ?? "status-bot";
  const secrets = new Set<string>();
  const write = options.write ?? defaultWrite;

  const redact = (text: string): string => {
    let result = text.replace(TOKEN_PATTERN, REDACTED);
    for (const secret of secrets) result = result.split(secret).join(REDACTED);
    return result;
  };

  const log = (at: LogLevel, messages: unknown[]): void => {
    if (SEVERITY[at] < SEVERITY[level]) return;
    const parts = messages.map((message) =>
      message instanceof Error ? (message.stack ?? message.message) : message,
    );
    const text = format(...parts);
    write(at, redact(`${new Date().toISOString()} ${at.toUpperCase()} [${name}] ${text}`));
  };

  const logger: AppLogger = {
    debug: (...messages: unknown[]) => log(LogLevel.DEBUG, messages),
    info: (...messages: unknown[]) => log(LogLevel.INFO, messages),
    warn: (...messages: unknown[]) => log(LogLevel.WARN, messages),
    error: (...messages: unknown[]) => log(LogLevel.ERROR, messages),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    // The Slack SDKs rename the loggers they are given ("web-api:WebClient:0"); one app, one name.
    setName: () => {},
    addSecret: (...values) => {
      // Very short values would redact ordinary words; real secrets are long.
      for (const value of values) if (value && value.length >= 8) secrets.add(value);
    },
  };
  logger.addSecret(...(options.secrets ?? []));
  return logger;
}
