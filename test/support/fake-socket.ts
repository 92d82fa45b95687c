import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";

/** RFC 6455's GUID for Sec-WebSocket-Accept. */
const WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

const OPCODE = { text: 0x1, close: 0x8, ping: 0x9, pong: 0xa } as const;

/** One server-side WebSocket connection, enough of RFC 6455 for Slack's Socket Mode. */
export interface FakeWebSocket {
  /** Sends a text frame. */
  send(text: string): void;
  /** Closes the connection without a close frame (a lost connection). */
  drop(): void;
  readonly closed: boolean;
}

function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const head =
    length < 126
      ? Buffer.from([0x80 | opcode, length])
      : length < 65_536
        ? Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff])
        : Buffer.concat([Buffer.from([0x80 | opcode, 127]), bigLength(length)]);
  return Buffer.concat([head, payload]);
}

function bigLength(length: number): Buffer {
  const buffer = Buffer.alloc(8);
  buffer.writeBigUInt64BE(BigInt(length));
  return buffer;
}

/**
 * Completes the handshake of an upgrade request and reads the client's frames (masked, as clients
 * send them): text frames go to `onText`, pings are answered with pongs, a close frame is answered
 * with one and ends the connection.
 */
export function acceptWebSocket(
  req: IncomingMessage,
  socket: Duplex,
  onText: (text: string) => void,
  onClose: () => void,
): FakeWebSocket {
  const key = String(req.headers["sec-websocket-key"] ?? "");
  const accept = createHash("sha1").update(`${key}${WEBSOCKET_GUID}`).digest("base64");
  socket.write(
    [
      "HTTP/1.1 101 Switching Protocols",
      "Upgrade: websocket",
      "Connection: Upgrade",
      `Sec-WebSocket-Accept: ${accept}`,
      "",
      "",
    ].join("\r\n"),
  );
  let closed = false;
  let pending = Buffer.alloc(0);
  const end = () => {
    if (closed) return;
    closed = true;
    onClose();
  };
  socket.on("close", end);
  socket.on("error", end);
  socket.on("data", (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    for (;;) {
      if (pending.length < 2) return;
      const opcode = (pending[0] ?? 0) & 0x0f;
      const masked = ((pending[1] ?? 0) & 0x80) !== 0;
      let length = (pending[1] ?? 0) & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (pending.length < 4) return;
        length = pending.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (pending.length < 10) return;
        length = Number(pending.readBigUInt64BE(2));
        offset = 10;
      }
      const maskOffset = offset;
      if (masked) offset += 4;
      if (pending.length < offset + length) return;
      const payload = Buffer.from(pending.subarray(offset, offset + length));
      if (masked) {
        for (let i = 0; i < payload.length; i++)
          payload[i] = (payload[i] ?? 0) ^ (pending[maskOffset + (i % 4)] ?? 0);
      }
      pending = pending.subarray(offset + length);
      if (opcode === OPCODE.text) onText(payload.toString("utf8"));
      else if (opcode === OPCODE.ping) socket.write(frame(OPCODE.pong, payload));
      else if (opcode === OPCODE.close) {
        socket.end(frame(OPCODE.close, payload.subarray(0, 2)));
        end();
        return;
      }
    }
  });
  return {
    send: (text) => {
      if (!closed) socket.write(frame(OPCODE.text, Buffer.from(text, "utf8")));
    },
    drop: () => {
      socket.destroy();
      end();
    },
    get closed() {
      return closed;
    },
  };
}
