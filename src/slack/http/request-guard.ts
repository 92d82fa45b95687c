import type { IncomingMessage, ServerResponse } from "node:http";
import { parse as parseQuery } from "node:querystring";
import type { HTTPReceiver, Logger } from "@slack/bolt";
import type { RepeatedWarnings } from "../../logger.ts";

/**
 * The largest body read from a request: 1 MiB. Bolt's default is 4 MB, and every byte of it is held
 * in memory before the signature can be checked, so an unsigned flood costs 4 MB a connection.
 * What Slack sends is far smaller:
 * - interactivity payloads (block_actions, view_submission, view_closed) carry the whole message or
 *   view they came from, and only the app's own messages and views have its buttons. The largest
 *   is a Home tab (up to 100 blocks): 15 KB form-encoded, even with every "/" and non-ASCII
 *   character escaped as Slack's JSON does (measured over every card, comparison, class and Home
 *   tab the app renders);
 * - the largest event is a message: 40,000 characters of text, the same again in its rich_text
 *   blocks, at up to 6 bytes a character once escaped, about 480 KB, plus its attachments;
 * - a slash command's text is a few thousand characters.
 * 1 MiB is twice the largest message event and 70 times the largest interactive payload.
 */
export const SLACK_BODY_LIMIT = 1024 * 1024;

/**
 * The most body bytes held at once for requests still being read, all requests together: a flood
 * of bodies that stream slowly toward the limit costs at most this much memory, however many
 * connections it opens. A request that finds the budget spent gets 503 (Slack retries those).
 * Slack's requests are a few kilobytes: 32 MiB is thousands of them, or 32 of the largest.
 */
export const BODY_BUDGET = 32 * 1024 * 1024;

/**
 * An unsigned request is refused without reading its body, but for Slack's SSL check: an unsigned
 * form `ssl_check=1&token=...` (Bolt answers it). Such a form is read up to this size.
 */
const SSL_CHECK_LIMIT = 4 * 1024;

/** Slack and Bolt refuse a request timestamp older than 5 minutes; the guard, one 5 minutes ahead. */
const MAX_CLOCK_SKEW_S = 5 * 60;

/** The content types Slack posts with: Events API JSON, and forms for commands and interactivity. */
const SLACK_MEDIA_TYPES = new Set(["application/json", "application/x-www-form-urlencoded"]);

/** Slack's signature: v0= and a hex HMAC-SHA256 (Bolt compares it with its own, lower-case). */
const SIGNATURE = /^v0=[0-9a-f]{64}$/;

export interface GuardOptions {
  /** The events endpoint (Bolt's `endpoints`). */
  readonly path: string;
  /** Refused requests are warned about through this, a line per reason per minute. */
  readonly warnings: RepeatedWarnings;
  readonly bodyLimit?: number;
  readonly bodyBudget?: number;
  /** The clock, in milliseconds (tests). */
  readonly now?: () => number;
  /**
   * Given each signed request's body once it is read: true when it took the request over (a slash
   * command, see direct-commands.ts), false to hand it on to Bolt.
   */
  readonly answerDirectly?: (req: IncomingMessage, res: ServerResponse, rawBody: Buffer) => boolean;
}

function mediaType(req: IncomingMessage): string {
  return (req.headers["content-type"] ?? "").split(";", 1)[0]?.trim().toLowerCase() ?? "";
}

/**
 * The path Bolt routes on: the pathname of the URL parsed as Bolt parses it (`new URL(req.url,
 * "http://localhost")`), so that `/slack/events#x`, `/slack/events?x` and an absolute-form
 * `http://host/slack/events` all reach the guard. Undefined for a URL that does not parse (Bolt
 * would throw, and answer 500).
 */
function pathnameOf(req: IncomingMessage): string | undefined {
  try {
    return new URL(req.url ?? "/", "http://localhost").pathname;
  } catch {
    return undefined;
  }
}

/**
 * Does the request carry a signature that could be valid, with a timestamp within 5 minutes of now
 * (either way)? Checked from the headers alone, before a byte of the body is read; the signature
 * itself is Bolt's to check.
 */
function signedLooking(req: IncomingMessage, nowMs: number): "ok" | "unsigned" | "stale" | "future" {
  const signature = req.headers["x-slack-signature"];
  const timestamp = req.headers["x-slack-request-timestamp"];
  if (typeof signature !== "string" || !SIGNATURE.test(signature)) return "unsigned";
  if (typeof timestamp !== "string" || !/^\d{1,12}$/.test(timestamp)) return "unsigned";
  const nowS = Math.floor(nowMs / 1000);
  const at = Number(timestamp);
  if (at < nowS - MAX_CLOCK_SKEW_S) return "stale";
  if (at > nowS + MAX_CLOCK_SKEW_S) return "future";
  return "ok";
}

/**
 * True for a body that Bolt would parse to `null`: JSON `null`, or a form whose payload is. Bolt's
 * receiver reads a property of the parsed body outside of any error handling, so such a request
 * would be left unanswered (and the error would escape as an unhandled rejection).
 */
function parsesToNull(type: string, raw: Buffer): boolean {
  if (type === "application/json") {
    // Only a body whose first non-blank character is "n" can be null: no need to read the rest.
    let i = 0;
    while (i < raw.length && (raw[i] === 0x20 || raw[i] === 0x09 || raw[i] === 0x0a || raw[i] === 0x0d)) i++;
    return raw[i] === 0x6e && raw.toString("utf8").trim() === "null";
  }
  const text = raw.toString("utf8");
  if (!text.includes("payload")) return false;
  const payload = parseQuery(text).payload;
  return typeof payload === "string" && payload.trim() === "null";
}

/**
 * Answers with `status` and no body. `close` for a request whose body is not (all) read: the
 * connection ends after the answer, instead of the server reading the rest to keep it alive.
 */
function refuse(res: ServerResponse, status: number, close = false): void {
  if (res.headersSent) return;
  res.writeHead(status, close ? { connection: "close" } : {});
  res.end();
}

class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 503,
    message: string,
  ) {
    super(message);
  }
}

/** The bytes held by bodies being read, against BODY_BUDGET. */
class Budget {
  #left: number;
  constructor(bytes: number) {
    this.#left = bytes;
  }
  take(bytes: number): boolean {
    if (bytes > this.#left) return false;
    this.#left -= bytes;
    return true;
  }
  give(bytes: number): void {
    this.#left += bytes;
  }
}

/**
 * Reads a request's body, at most `limit` bytes, holding them against the shared budget while it
 * reads. Rejects with a BodyError: 413 beyond the limit, 503 when the budget is spent, 400 when the
 * client goes away or the stream fails.
 */
function readBody(req: IncomingMessage, limit: number, budget: Budget): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error?: BodyError) => {
      if (done) return;
      done = true;
      budget.give(size);
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      req.off("close", onClose);
      if (error) {
        // Stop reading (the answer closes the connection), and let go of what was read.
        req.pause();
        chunks.length = 0;
        reject(error);
      } else resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      if (size + chunk.length > limit) {
        finish(new BodyError(413, `a body beyond ${limit} bytes`));
        return;
      }
      if (!budget.take(chunk.length)) {
        finish(new BodyError(503, "bodies being read are using the whole budget"));
        return;
      }
      size += chunk.length;
      chunks.push(chunk);
    };
    const onEnd = () => finish();
    const onError = (error: Error) => finish(new BodyError(400, `the request failed: ${error.message}`));
    const onClose = () => finish(new BodyError(400, "the client went away"));
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
    req.on("close", onClose);
  });
}

/**
 * Checks the requests to Bolt's events endpoint before Bolt reads them, for what Bolt gets wrong
 * (checked against @slack/bolt 5.1.0):
 * - the path is matched as Bolt matches it (see pathnameOf);
 * - a content type Slack never sends is 415 (Bolt would read any of them as JSON), and the type's
 *   parameters are dropped (`application/x-www-form-urlencoded; charset=utf-8`: Bolt compares the
 *   whole header, and would read the form as JSON; the signature covers only the body);
 * - a request with no well-formed signature, or a timestamp more than 5 minutes old or ahead, is
 *   401 before its body is read (Bolt reads the whole body first, and accepts any future time);
 * - a body beyond SLACK_BODY_LIMIT is 413: at once when its Content-Length says so, else as soon
 *   as it passes the limit; and bodies being read share BODY_BUDGET (the body is read here, once:
 *   Bolt uses what was read);
 * - a body that parses to `null` is 400, instead of a request Bolt never answers.
 * Everything else, the signature check included, is Bolt's, but for the slash command, which
 * `answerDirectly` may answer (direct-commands.ts checks its signature as Bolt does). Slow requests
 * are the server's to cut off (see server-limits.ts).
 */
export function guardEventsEndpoint(receiver: HTTPReceiver, options: GuardOptions): void {
  const { path, warnings, bodyLimit = SLACK_BODY_LIMIT, now = Date.now, answerDirectly } = options;
  const budget = new Budget(options.bodyBudget ?? BODY_BUDGET);
  const handle = receiver.requestListener;
  // A URL that is the path itself, as Slack sends it, parses to the path: no need to parse it again
  // for every request (when the path is written as the URL parser writes it back).
  const exact = new URL(path, "http://localhost").pathname === path ? path : undefined;
  receiver.requestListener = (req, res) => {
    const pathname = req.url !== undefined && req.url === exact ? exact : pathnameOf(req);
    if (pathname === undefined) {
      warnings.warn("unreadable URL", `Refused a request whose URL does not parse`);
      refuse(res, 400, true);
      return;
    }
    if (req.method !== "POST" || pathname !== path) {
      handle(req, res);
      return;
    }
    const type = mediaType(req);
    if (!SLACK_MEDIA_TYPES.has(type)) {
      warnings.warn(
        "content type",
        `Refused a request with the content type ${JSON.stringify(type.slice(0, 100))}`,
      );
      refuse(res, 415, true);
      return;
    }
    req.headers["content-type"] = type;
    const declared = Number(req.headers["content-length"] ?? Number.NaN);
    if (declared > bodyLimit) {
      warnings.warn("too large", `Refused a request body of ${declared} bytes (limit: ${bodyLimit} bytes)`);
      refuse(res, 413, true);
      return;
    }
    const signed = signedLooking(req, now());
    const sslCheck = signed !== "ok" && type === "application/x-www-form-urlencoded";
    if (signed !== "ok" && !sslCheck) {
      warnings.warn(signed, `Refused a request: ${DESCRIBE[signed]}`);
      refuse(res, 401, true);
      return;
    }
    readBody(req, sslCheck ? SSL_CHECK_LIMIT : bodyLimit, budget).then(
      (rawBody) => {
        if (sslCheck && parseQuery(rawBody.toString("utf8")).ssl_check !== "1") {
          warnings.warn(signed, `Refused a request: ${DESCRIBE[signed]}`);
          refuse(res, 401);
          return;
        }
        if (parsesToNull(type, rawBody)) {
          warnings.warn("null body", "Refused a request whose body is null");
          refuse(res, 400);
          return;
        }
        if (!sslCheck && answerDirectly?.(req, res, rawBody)) return;
        // What Bolt's bufferIncomingMessage looks for: a body already read.
        (req as IncomingMessage & { rawBody: Buffer }).rawBody = rawBody;
        handle(req, res);
      },
      (error: unknown) => {
        const status = error instanceof BodyError ? error.status : 400;
        const reason = status === 413 ? "too large" : status === 503 ? "busy" : "unreadable body";
        warnings.warn(reason, `Refused a request: ${(error as Error).message}`);
        refuse(res, sslCheck && status === 413 ? 401 : status, true);
      },
    );
  };
}

const DESCRIBE = {
  unsigned: "no Slack signature",
  stale: "its timestamp is more than 5 minutes old",
  future: "its timestamp is more than 5 minutes ahead",
} as const;

/**
 * The logger for Bolt's HTTP receiver. Its warnings (bad signatures, malformed bodies) are about
 * requests anyone can send, so they go through `warnings`, keyed by what they say up to the first
 * colon; its one info line, a request to a path the app does not serve (404), goes to debug.
 */
export function refusalLogger(logger: Logger, warnings: RepeatedWarnings): Logger {
  const throttled = (...messages: unknown[]) => {
    const text = messages.map(String).join(" ");
    warnings.warn(text.split(":", 1)[0]?.slice(0, 60) ?? "", text);
  };
  return {
    debug: (...messages: unknown[]) => logger.debug(...messages),
    info: (...messages: unknown[]) => logger.debug(...messages),
    warn: throttled,
    error: (...messages: unknown[]) => logger.error(...messages),
    setLevel: (level) => logger.setLevel(level),
    getLevel: () => logger.getLevel(),
    setName: (name) => logger.setName(name),
  };
}
