import type { RespondArguments } from "@slack/bolt";
import { escapeControl } from "../../logger.ts";

/**
 * Posting to a request's response_url. The URL comes in the request body, so it is checked before
 * anything is sent to it: Slack's own hooks hosts over HTTPS, or the origin of SLACK_API_URL when
 * it is set (GovSlack, and the tests' fake Slack). Redirects are never followed (a 302 to another
 * host would carry the card there), and a post gives up after a timeout instead of holding its
 * handler. Bolt's own `respond` does none of this (checked against @slack/bolt 5.1.0: fetch to
 * whatever URL the body names, redirects followed, no timeout).
 */

/** Where Slack's response URLs point: commercial Slack and GovSlack. */
export const SLACK_HOOK_HOSTS: readonly string[] = ["hooks.slack.com", "hooks.slack-gov.com"];

/** How long a post may take unless told otherwise (the Web API client's timeout too). */
const DEFAULT_TIMEOUT_MS = 10_000;
/** How much of an error answer is read, for the log ("expired_url", "used_url", "invalid_blocks"). */
const ERROR_TEXT_BYTES = 200;

/** Error code of failed response_url posts, for describeSlackError. */
export const RESPONSE_URL_ERROR = "response_url_error";

export class ResponseUrlError extends Error {
  readonly code = RESPONSE_URL_ERROR;
  /**
   * True when the message was certainly not posted: nothing was sent, or Slack refused it (4xx) or
   * redirected it. False when it may have been: a timeout, a network failure, a 5xx.
   */
  readonly declined: boolean;
  constructor(
    message: string,
    readonly statusCode?: number,
  ) {
    super(message);
    this.name = "ResponseUrlError";
    this.declined = statusCode === undefined ? !/^(?:timeout|network)/.test(message) : statusCode < 500;
  }
}

export interface ResponseUrlOptions {
  /** SLACK_API_URL, when set: its origin may receive posts too. */
  readonly slackApiUrl?: string | undefined;
  readonly timeoutMs?: number;
}

/** The URL when the app may post to it, else undefined. */
export function allowedResponseUrl(url: string, slackApiUrl?: string): URL | undefined {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return undefined;
  }
  if (target.username || target.password) return undefined;
  if (target.protocol === "https:" && SLACK_HOOK_HOSTS.includes(target.hostname) && target.port === "") {
    return target;
  }
  if (slackApiUrl) {
    try {
      if (new URL(slackApiUrl).origin === target.origin) return target;
    } catch {
      // A SLACK_API_URL that does not parse allows nothing (config.ts checks it at start).
    }
  }
  return undefined;
}

/** The first bytes of an answer's body, as one line. */
async function errorText(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < ERROR_TEXT_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const text = Buffer.concat(chunks).toString("utf8", 0, Math.min(size, ERROR_TEXT_BYTES)).trim();
  return escapeControl(text);
}

/** What a post that Slack accepted resolves with. */
export interface Accepted {
  readonly ok: true;
}

/**
 * Posts a message to a response_url. Resolves when Slack accepted it (2xx); rejects with a
 * ResponseUrlError when the URL is not allowed, Slack answers otherwise (a redirect included),
 * the network fails or the timeout passes.
 */
export async function postToResponseUrl(
  url: string | undefined,
  message: string | RespondArguments,
  options: ResponseUrlOptions = {},
): Promise<Accepted> {
  if (!url) throw new ResponseUrlError("the request has no response_url");
  const target = allowedResponseUrl(url, options.slackApiUrl);
  if (!target) {
    throw new ResponseUrlError(
      `not a Slack response_url (${escapeControl(url.slice(0, 100))}); nothing sent`,
    );
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let response: Response;
  try {
    response = await fetch(target, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(typeof message === "string" ? { text: message } : message),
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const e = error as { name?: string; cause?: { code?: string } };
    if (e.name === "TimeoutError" || e.name === "AbortError") {
      throw new ResponseUrlError(`timeout (no answer within ${timeoutMs} ms)`);
    }
    throw new ResponseUrlError(`network: ${e.cause?.code ?? (error as Error).message ?? "failed"}`);
  }
  if (response.status >= 200 && response.status < 300) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: true };
  }
  if (response.status >= 300 && response.status < 400) {
    await response.body?.cancel().catch(() => undefined);
    throw new ResponseUrlError(
      `redirected (http ${response.status}); redirects are not followed`,
      response.status,
    );
  }
  const text = await errorText(response).catch(() => "");
  throw new ResponseUrlError(`http ${response.status}${text ? `: ${text}` : ""}`, response.status);
}

/** Posts a message to one request's response_url (Bolt's `respond`, made safe). */
export type Respond = (message: string | RespondArguments) => Promise<Accepted>;

/** Makes the `respond` for a request's response_url. */
export function responder(options: ResponseUrlOptions = {}): (url: string | undefined) => Respond {
  return (url) => (message) => postToResponseUrl(url, message, options);
}
