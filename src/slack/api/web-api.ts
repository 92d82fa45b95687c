import type { Logger } from "@slack/bolt";
import { escapeControl } from "../../logger.ts";
import { RESPONSE_URL_ERROR } from "./response-url.ts";

/** Error codes of @slack/web-api and Bolt, as strings (the SDK's enums are not a direct dependency). */
const RATE_LIMITED = "slack_webapi_rate_limited_error";
const PLATFORM_ERROR = "slack_webapi_platform_error";
const REQUEST_ERROR = "slack_webapi_request_error";
const HTTP_ERROR = "slack_webapi_http_error";

interface NetworkCause {
  name?: string;
  message?: string;
  /** A system error code ("ECONNRESET"); a DOMException's code is a number and says nothing. */
  code?: string | number;
  cause?: NetworkCause;
}

interface SdkError {
  code?: string;
  message?: string;
  retryAfter?: number;
  statusCode?: number;
  data?: { error?: string };
  original?: NetworkCause;
}

/** What a network failure was: "timeout" (the client's timeout fired), "ECONNRESET", "fetch failed". */
function networkReason(original: NetworkCause | undefined, fallback: string | undefined): string {
  if (original?.name === "TimeoutError" || original?.name === "AbortError") return "timeout";
  // fetch wraps the socket's error: TypeError("fetch failed") with the system error as its cause.
  for (let cause: NetworkCause | undefined = original; cause; cause = cause.cause) {
    if (typeof cause.code === "string" && cause.code) return cause.code;
  }
  return original?.message ?? fallback ?? "request failed";
}

/** Slack's error codes are short snake_case words ("not_in_channel", "invalid_blocks"). */
const ERROR_CODE = /^[a-z0-9_.]{1,80}$/i;

/**
 * Text an upstream sent, as it is safe to log: short, on one line. A proxy's or load balancer's
 * error page arrives where Slack's error code should be (the Web API client reports a body that is
 * not JSON as the error), and can be 100 KB of HTML with line breaks that would forge log lines.
 */
export function upstreamText(text: string, max = 120): string {
  if (ERROR_CODE.test(text)) return text;
  return `unexpected answer (${text.length} characters): "${oneLine(text, max)}"`;
}

/** Text cut to `max` characters, with its control characters escaped. */
function oneLine(text: string, max = 300): string {
  return escapeControl(text.length > max ? `${text.slice(0, max)}…` : text);
}

/** A short, secret-free name for what went wrong: "not_in_channel", "ratelimited", "network: ECONNREFUSED". */
export function describeSlackError(error: unknown): string {
  const e = (error ?? {}) as SdkError;
  switch (e.code) {
    case PLATFORM_ERROR:
      return upstreamText(String(e.data?.error ?? "platform_error"));
    case RATE_LIMITED:
      return `ratelimited (retry after ${e.retryAfter ?? "?"} s)`;
    case REQUEST_ERROR:
      return `network: ${oneLine(networkReason(e.original, e.message))}`;
    case HTTP_ERROR:
      return `http ${e.statusCode ?? "error"}`;
    case RESPONSE_URL_ERROR:
      return oneLine(e.message ?? "failed");
    default:
      if (typeof e.statusCode === "number") return `http ${e.statusCode}`;
      return oneLine(e.message ?? String(error));
  }
}

/**
 * Warnings of the SDKs that the app reports itself, once and with context, so they go to debug:
 * @slack/web-api's before it throws a network error (callSlack logs the failed call), and Bolt's
 * when `authorize` fails (app.ts's error handler logs why, or nothing more during a database outage,
 * which the store has reported).
 */
const SDK_WARNINGS_REPORTED_ELSEWHERE = new Set([
  "http request failed",
  "Authorization of incoming event did not succeed. No listeners will be called.",
]);

/**
 * The logger for Bolt and the Web API client: the app's own, except for the warnings above, which
 * would say a second time, without context, what the app reports.
 */
export function sdkLogger<L extends Logger>(logger: L): L {
  return {
    ...logger,
    debug: (...messages: unknown[]) => logger.debug(...messages),
    info: (...messages: unknown[]) => logger.info(...messages),
    warn: (...messages: unknown[]) =>
      typeof messages[0] === "string" && SDK_WARNINGS_REPORTED_ELSEWHERE.has(messages[0])
        ? logger.debug(...messages)
        : logger.warn(...messages),
    error: (...messages: unknown[]) => logger.error(...messages),
    setLevel: (level: Parameters<Logger["setLevel"]>[0]) => logger.setLevel(level),
    getLevel: () => logger.getLevel(),
    setName: (name: string) => logger.setName(name),
  };
}

export interface CallOptions {
  /**
   * Wait out a rate limit and try once more. A rate-limited call did nothing, so repeating it is
   * safe; it is worth it where a late answer still helps (thread replies, unfurls, App Home).
   */
  readonly retryRateLimited?: boolean;
  /** The longest rate-limit wait worth taking, in milliseconds. */
  readonly maxRateLimitWaitMs?: number;
  /** Ids that say what the call was about (channel, user), for the log line. Never tokens. */
  readonly context?: Record<string, string | number | undefined>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs one Web API call (or response_url post) and never throws: failures are logged with the
 * error code and the call's context, and the result is undefined.
 */
export async function callSlack<T>(
  logger: Logger,
  what: string,
  call: () => Promise<T>,
  options: CallOptions = {},
): Promise<T | undefined> {
  const { retryRateLimited = false, maxRateLimitWaitMs = 10_000, context = {} } = options;
  const where = Object.entries(context)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${value}`)
    .join(" ");
  try {
    return await call();
  } catch (error) {
    const e = error as SdkError;
    const waitMs = (e.retryAfter ?? 0) * 1000;
    if (e.code === RATE_LIMITED && retryRateLimited && waitMs <= maxRateLimitWaitMs) {
      logger.warn(`${what} was rate limited; retrying in ${e.retryAfter} s ${where}`.trim());
      await sleep(waitMs);
      try {
        return await call();
      } catch (second) {
        logger.warn(
          `${what} failed after waiting out a rate limit: ${describeSlackError(second)} ${where}`.trim(),
        );
        return undefined;
      }
    }
    logger.warn(`${what} failed: ${describeSlackError(error)} ${where}`.trim());
    return undefined;
  }
}
