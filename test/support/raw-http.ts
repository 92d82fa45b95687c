import { connect } from "node:net";
import { signature } from "./slack-requests.ts";

/** What came back on a raw connection. */
export interface RawReply {
  /** The status of the first response, or undefined when none came. */
  readonly status: number | undefined;
  /** Everything the server sent. */
  readonly text: string;
  /** Body bytes the client had written when the connection ended. */
  readonly bodyBytesSent: number;
}

export interface RawRequest {
  readonly method?: string;
  /** The request target, exactly as sent: `/slack/events#x`, `http://example.com/slack/events`. */
  readonly target: string;
  readonly headers: Record<string, string>;
  /** Body pieces, written one after the other. */
  readonly body?: readonly (string | Buffer)[];
  /** Wait this long before each body piece (a client trickling its body). */
  readonly everyMs?: number;
  /** Leave the request unfinished after the body pieces (the client never ends it). */
  readonly hold?: boolean;
  /** Send the headers without the blank line that ends them: the pieces are more header lines. */
  readonly openHead?: boolean;
}

/**
 * One request over a plain TCP connection, for what fetch and node:http will not send (fragments,
 * absolute-form targets, bodies shorter than declared, bodies trickled a byte at a time). Resolves
 * when the server closes the connection, or when a complete response has arrived and `hold` is
 * not set.
 */
export function rawRequest(port: number, request: RawRequest): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let text = "";
    let sent = 0;
    let finished = false;
    let timer: NodeJS.Timeout | undefined;
    const done = () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({
        status: Number(text.match(/^HTTP\/1\.1 (\d{3})/)?.[1]) || undefined,
        text,
        bodyBytesSent: sent,
      });
    };
    socket.on("data", (chunk) => {
      text += chunk.toString("latin1");
      const headEnd = text.indexOf("\r\n\r\n");
      if (headEnd < 0 || request.hold) return;
      const length = Number(text.slice(0, headEnd).match(/\r\ncontent-length: (\d+)/i)?.[1] ?? 0);
      if (text.length >= headEnd + 4 + length) done();
    });
    socket.on("close", done);
    socket.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ECONNRESET" || error.code === "EPIPE") done();
      else reject(error);
    });
    socket.on("connect", () => {
      const head = [
        `${request.method ?? "POST"} ${request.target} HTTP/1.1`,
        "Host: 127.0.0.1",
        ...Object.entries(request.headers).map(([name, value]) => `${name}: ${value}`),
        ...(request.openHead ? [""] : ["", ""]),
      ].join("\r\n");
      socket.write(head);
      const pieces = [...(request.body ?? [])];
      const next = () => {
        if (finished) return;
        const piece = pieces.shift();
        if (piece === undefined) return;
        socket.write(piece, () => {
          sent += Buffer.byteLength(piece);
        });
        timer = setTimeout(next, request.everyMs ?? 0);
      };
      next();
    });
  });
}

/** Headers of a request signed the way Slack signs it. */
export function signedHeaders(
  secret: string,
  body: string,
  contentType: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  return {
    "content-type": contentType,
    "content-length": String(Buffer.byteLength(body)),
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": signature(secret, timestamp, body),
  };
}
