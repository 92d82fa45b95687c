import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { parse as parseQuery } from "node:querystring";
import type { Logger, ReceiverEvent } from "@slack/bolt";
import { PreparedReply, takesPrepared } from "../messages/prepared.ts";

/**
 * Slash commands answered without Bolt's HTTP receiver. A command's whole answer is its
 * acknowledgement (see AckingReceiver), and Bolt's receiver costs more per request than answering
 * most questions does (`npm run bench -- --only=http`: a bare Bolt app acking a static card spends
 * some 250 µs of CPU a request, a bare Node server 30). So a request to the events endpoint that is a
 * slash command signed with our secret is handled here: the same checks as Bolt's, in the same order
 * of outcomes, and the same response. Anything else, a request that fails a check included, goes on
 * to Bolt untouched, which refuses it as before (its status, its log line). Checked against
 * @slack/bolt 5.1.0 (HTTPReceiver.handleIncomingEvent, parseAndVerifyHTTPRequest, verifySlackRequest,
 * HTTPResponseAck, buildContentResponse).
 *
 * The request guard (request-guard.ts) calls it once it has read the body of a request it lets
 * through: the path, the content type, the signature's form and the timestamp's range are checked
 * there already.
 */

const FORM = "application/x-www-form-urlencoded";

/** Bolt refuses a timestamp older than this (and, unlike the guard, none ahead). */
const MAX_AGE_S = 5 * 60;

/** Bolt answers 404 to a request not acknowledged within this long (HTTPResponseAck). */
const UNACKNOWLEDGED_MS = 3_001;

/** A lower-case hex SHA-256, as Slack writes it after `v0=` (Bolt compares strings: exactly this). */
const HEX_DIGEST = /^[0-9a-f]{64}$/;

export interface DirectCommandOptions {
  readonly signingSecret: string;
  /** Where the event goes, as Bolt's receiver would send it (AckingReceiver.process). */
  readonly process: (event: ReceiverEvent) => Promise<void>;
  /** Bolt's receiver's logger (its unacknowledged-request error goes there). */
  readonly logger: Logger;
  /** The clock, in milliseconds (tests). */
  readonly now?: () => number;
}

/**
 * The parsed body of a slash command signed with `secret`, as Bolt would hand it on; undefined for
 * anything else (which Bolt then handles, refusals included).
 */
export function signedCommand(
  req: IncomingMessage,
  rawBody: Buffer,
  secret: string,
  nowMs: number,
): Record<string, unknown> | undefined {
  if (!secret || req.headers["content-type"] !== FORM) return undefined;
  const signature = req.headers["x-slack-signature"];
  const timestampHeader = req.headers["x-slack-request-timestamp"];
  if (typeof signature !== "string" || typeof timestampHeader !== "string") return undefined;
  // Bolt signs the timestamp as a number written back ("0017..." is "17...").
  const timestamp = Number(timestampHeader);
  if (Number.isNaN(timestamp) || timestamp < Math.floor(nowMs / 1000) - MAX_AGE_S) return undefined;
  if (!signature.startsWith("v0=")) return undefined;
  const given = signature.slice(3);
  if (!HEX_DIGEST.test(given)) return undefined;
  // Bolt reads the body as UTF-8 text, and parses and signs that text.
  const text = rawBody.toString();
  const body = parseQuery(text) as Record<string, unknown>;
  // Slack's SSL check, URL verification, interactivity payloads and anything that is not a command
  // are Bolt's.
  if (body.ssl_check === "1" || body.type === "url_verification") return undefined;
  if (typeof body.payload === "string" || typeof body.command !== "string") return undefined;
  const expected = createHmac("sha256", secret).update(`v0:${timestamp}:${text}`).digest();
  if (!timingSafeEqual(Buffer.from(given, "hex"), expected)) return undefined;
  return body;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Bolt's buildContentResponse; a prepared reply (reply-template.ts) is sent as it was serialised. */
function respond(res: ServerResponse, body: unknown): void {
  if (!body) {
    res.writeHead(200);
    res.end();
  } else if (typeof body === "string") {
    res.writeHead(200);
    res.end(body);
  } else {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(body instanceof PreparedReply ? body.json : JSON.stringify(body));
  }
}

/** An error like Bolt's ReceiverMultipleAckError (its code), without loading Bolt's errors here. */
function multipleAckError(): Error {
  return Object.assign(new Error("The receiver's `ack` function was called multiple times."), {
    code: "slack_bolt_receiver_ack_multiple_error",
  });
}

/**
 * The guard's hook (GuardOptions.answerDirectly): true when the request was a signed slash
 * command, now being answered here; false to leave it to Bolt.
 */
export function directCommands(options: DirectCommandOptions) {
  const { signingSecret, logger, now = Date.now } = options;
  return (req: IncomingMessage, res: ServerResponse, rawBody: Buffer): boolean => {
    const receivedAt = now();
    const body = signedCommand(req, rawBody, signingSecret, receivedAt);
    if (!body) return false;
    let acknowledged = false;
    let timer: NodeJS.Timeout | undefined;
    const event: ReceiverEvent = {
      body,
      ack: takesPrepared(async (response?: unknown) => {
        if (acknowledged) throw multipleAckError();
        acknowledged = true;
        clearTimeout(timer);
        respond(res, response);
      }),
      retryNum: retryNum(header(req, "x-slack-retry-num")),
      retryReason: header(req, "x-slack-retry-reason"),
      customProperties: {},
    };
    options.process(event).catch((error: unknown) => {
      // AckingReceiver handles its own errors; this is a last resort, as Bolt's is (a 500).
      logger.error("An error escaped the listeners:", error);
      if (!acknowledged) {
        acknowledged = true;
        clearTimeout(timer);
        if (!res.headersSent) {
          res.writeHead(500);
          res.end();
        }
      }
    });
    // A question is answered before process() returns (the listener acknowledges without
    // waiting for anything), so the deadline is armed only for the acknowledgements still to come
    // (a setting waiting for the store), 3 seconds after the request as Bolt's: a timer set and
    // cleared for every question was some 1.5 % of the CPU time a question takes.
    if (!acknowledged) {
      timer = setTimeout(
        () => {
          if (acknowledged) return;
          logger.error(
            "An incoming event was not acknowledged within 3 seconds. Ensure that the ack() argument is called in a listener.",
          );
          if (!res.headersSent) {
            res.writeHead(404);
            res.end();
          }
        },
        Math.max(0, UNACKNOWLEDGED_MS - (now() - receivedAt)),
      );
    }
    return true;
  };
}

function retryNum(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number.parseInt(value, 10);
}
