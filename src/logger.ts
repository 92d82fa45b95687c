import { format } from "node:util";
import type { Logger } from "@slack/bolt";
// Bolt's own log levels (Bolt re-exports them), from their package: importing them from Bolt's index
// would load all of Bolt (its Express, Socket Mode and AWS receivers) for four strings.
import { LogLevel } from "@slack/logger";

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

/** Longest text kept of one string in a log line; upstream error pages can be 100 KB and more. */
const MAX_PART = 2_000;
/** Longest log line (a stack trace fits). */
const MAX_LINE = 8_000;

/** Cuts text to `max` characters, saying how much was left out. */
function capText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… [${text.length - max} more characters]`;
}

/**
 * Control characters written as escapes (`\n`, `\u001b`): text from users and upstreams (an HTML
 * error page, a request's fields) must not start a line of its own in the log, where it could pass
 * for a line the app wrote, nor move the terminal's cursor.
 */
export function escapeControl(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => {
    if (char === "\n") return "\\n";
    if (char === "\r") return "\\r";
    if (char === "\t") return "\\t";
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

/** A string argument as it is logged: short and on one line. */
const inert = (text: string): string => escapeControl(capText(text, MAX_PART));

/**
 * An error as it is logged: its message on the first line (short, escaped), then its stack frames,
 * each on a line of its own that starts with blanks (so never taken for a line of its own).
 */
function renderError(error: Error): string {
  const head = inert(String(error));
  const stack = error.stack ?? "";
  const frames = stack
    .split("\n")
    .filter((line) => /^\s+at\s/.test(line))
    .map((line) => `\n    ${escapeControl(line.trim()).slice(0, 500)}`);
  return head + frames.join("");
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
      message instanceof Error
        ? renderError(message)
        : typeof message === "string"
          ? inert(message)
          : message,
    );
    const text = capText(format(...parts), MAX_LINE);
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

export interface RepeatedWarnings {
  /**
   * Logs a warning about `what` (a fixed reason such as "content type"), unless one was logged in
   * the current window: then it is counted, and the count is logged when the window ends.
   */
  warn(what: string, message: string): void;
}

/**
 * Warnings that an attacker or a misconfigured client can repeat at will (refused requests) are
 * logged once per reason per window, then summed up: a flood of them costs a line a minute, not a
 * line a request, and still shows in the log. At most `maxReasons` reasons are tracked at once.
 */
export function repeatedWarnings(
  logger: Logger,
  { windowMs = 60_000, maxReasons = 100 }: { windowMs?: number; maxReasons?: number } = {},
): RepeatedWarnings {
  const windows = new Map<string, { suppressed: number; timer: NodeJS.Timeout }>();
  const close = (what: string) => {
    const window = windows.get(what);
    windows.delete(what);
    if (window && window.suppressed > 0) {
      logger.warn(
        `${window.suppressed} more like the last (${what}) in the last ${Math.round(windowMs / 1000)} s`,
      );
    }
  };
  return {
    warn(what, message) {
      const window = windows.get(what);
      if (window) {
        window.suppressed += 1;
        return;
      }
      if (windows.size >= maxReasons) {
        // Too many reasons at once (they are fixed strings, so this is a bug): never drop a line.
        logger.warn(message);
        return;
      }
      logger.warn(message);
      const timer = setTimeout(() => close(what), windowMs);
      timer.unref();
      windows.set(what, { suppressed: 0, timer });
    },
  };
}
