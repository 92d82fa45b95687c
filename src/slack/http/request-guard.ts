import type { IncomingMessage, ServerResponse } from "node:http";
import { parse as parseQuery } from "node:querystring";
import {
  defaultBodyLimit,
  HTTPModuleFunctions,
  type HTTPReceiver,
  isRawBodyError,
  type Logger,
} from "@slack/bolt";

/** The content types Slack posts with: Events API JSON, and forms for commands and interactivity. */
const SLACK_MEDIA_TYPES = new Set(["application/json", "application/x-www-form-urlencoded"]);

function mediaType(req: IncomingMessage): string {
  return (req.headers["content-type"] ?? "").split(";", 1)[0]?.trim().toLowerCase() ?? "";
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

function refuse(res: ServerResponse, status: number, close = false): void {
  if (res.headersSent) return;
  // Closing the connection spares reading a body nobody will look at.
  res.writeHead(status, close ? { connection: "close" } : {});
  res.end();
}

/**
 * Checks the requests to Bolt's events endpoint before Bolt reads them, for what Bolt gets wrong:
 * - a content type Slack never sends is 415 (Bolt would read any of them as JSON);
 * - a body beyond Bolt's limit is 413, as Bolt answers it (the body is read here, once: Bolt uses
 *   what was read);
 * - a body that parses to `null` is 400, instead of a request Bolt never answers.
 * Everything else, signature checks included, is Bolt's.
 */
export function guardEventsEndpoint(
  receiver: HTTPReceiver,
  path: string,
  logger: Logger,
  bodyLimit: number = defaultBodyLimit,
): void {
  const handle = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    if (req.method !== "POST" || (req.url ?? "").split("?", 1)[0] !== path) {
      handle(req, res);
      return;
    }
    const type = mediaType(req);
    if (!SLACK_MEDIA_TYPES.has(type)) {
      logger.warn(`Refused a request with the content type ${JSON.stringify(type.slice(0, 100))}`);
      refuse(res, 415, true);
      return;
    }
    HTTPModuleFunctions.bufferIncomingMessage(req, bodyLimit).then(
      (buffered) => {
        if (parsesToNull(type, buffered.rawBody)) {
          logger.warn("Refused a request whose body is null");
          refuse(res, 400);
          return;
        }
        handle(buffered, res);
      },
      (error: unknown) => {
        if (isRawBodyError(error) && (error as { type?: string }).type === "entity.too.large") {
          logger.warn(`Request body exceeded the maximum allowed size (limit: ${bodyLimit} bytes)`);
          refuse(res, 413);
          return;
        }
        logger.warn(`Could not read a request: ${(error as Error)?.message ?? error}`);
        refuse(res, 400);
      },
    );
  };
}
