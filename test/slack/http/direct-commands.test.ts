import { createHmac } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { type Logger, type ReceiverEvent, verifySlackRequest } from "@slack/bolt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { directCommands, signedCommand } from "../../../src/slack/http/direct-commands.ts";

/**
 * The slash commands answered without Bolt's receiver must be exactly the ones Bolt would accept:
 * anything else is left to Bolt, which refuses it as before.
 */
const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
const FORM = "application/x-www-form-urlencoded";
const NOW = 1_700_000_000_000;

function sign(body: string, timestamp: string | number, secret = SECRET): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

function request(headers: Record<string, string>): IncomingMessage {
  return { headers } as unknown as IncomingMessage;
}

const COMMAND = "token=x&team_id=T1&channel_id=C1&user_id=U1&command=%2Fhttpstatus&text=404";

function check(body: string, overrides: Record<string, string> = {}) {
  const timestamp = String(NOW / 1000);
  const headers = {
    "content-type": FORM,
    "x-slack-request-timestamp": timestamp,
    "x-slack-signature": sign(body, timestamp),
    ...overrides,
  };
  return signedCommand(request(headers), Buffer.from(body), SECRET, NOW);
}

/** Whether Bolt's own check accepts the same request. */
function boltAccepts(body: string, overrides: Record<string, string> = {}): boolean {
  const timestamp = overrides["x-slack-request-timestamp"] ?? String(NOW / 1000);
  try {
    verifySlackRequest({
      signingSecret: SECRET,
      body,
      headers: {
        "x-slack-signature": overrides["x-slack-signature"] ?? sign(body, timestamp),
        "x-slack-request-timestamp": Number(timestamp),
      },
      nowMilliseconds: NOW,
    });
    return true;
  } catch {
    return false;
  }
}

describe("slash commands answered directly", () => {
  it("takes a signed slash command, parsed as Bolt parses it", () => {
    expect(check(COMMAND)).toMatchObject({ command: "/httpstatus", text: "404", team_id: "T1" });
    expect(boltAccepts(COMMAND)).toBe(true);
  });

  it.each([
    ["a wrong signature", { "x-slack-signature": `v0=${"0".repeat(64)}` }],
    ["another secret's signature", { "x-slack-signature": sign(COMMAND, NOW / 1000, "other") }],
    ["a signature in capitals", { "x-slack-signature": sign(COMMAND, NOW / 1000).toUpperCase() }],
    ["another signature version", { "x-slack-signature": sign(COMMAND, NOW / 1000).replace("v0=", "v1=") }],
    [
      "a timestamp over 5 minutes old",
      {
        "x-slack-request-timestamp": String(NOW / 1000 - 301),
        "x-slack-signature": sign(COMMAND, NOW / 1000 - 301),
      },
    ],
  ])("leaves %s to Bolt, which refuses it", (_, overrides) => {
    expect(check(COMMAND, overrides)).toBeUndefined();
    expect(boltAccepts(COMMAND, overrides)).toBe(false);
  });

  it("signs the timestamp as Bolt does: as a number", () => {
    const overrides = {
      "x-slack-request-timestamp": `00${NOW / 1000}`,
      "x-slack-signature": sign(COMMAND, NOW / 1000),
    };
    expect(check(COMMAND, overrides)).toBeDefined();
    expect(boltAccepts(COMMAND, overrides)).toBe(true);
  });

  it.each([
    ["an SSL check", "ssl_check=1&token=x&command=%2Fhttpstatus"],
    ["a URL verification", "type=url_verification&challenge=c&command=%2Fhttpstatus"],
    ["an interactivity payload", `payload=${encodeURIComponent('{"type":"block_actions"}')}&command=%2Fx`],
    ["a form with no command", "token=x&team_id=T1&text=404"],
    ["a form with two commands", "command=%2Fa&command=%2Fb&text=404"],
  ])("leaves %s to Bolt", (_, body) => {
    expect(check(body)).toBeUndefined();
  });

  it("leaves JSON (the Events API) to Bolt", () => {
    expect(check(COMMAND, { "content-type": "application/json" })).toBeUndefined();
  });
});

describe("the acknowledgement's deadline", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A signed command handed to directCommands, with a listener that acks as `listen` says. */
  function answer(listen: (event: ReceiverEvent) => Promise<void>) {
    vi.useFakeTimers({ now: NOW });
    const timestamp = String(NOW / 1000);
    const req = request({
      "content-type": FORM,
      "x-slack-request-timestamp": timestamp,
      "x-slack-signature": sign(COMMAND, timestamp),
    });
    const written: { status?: number; body?: string } = {};
    const res = {
      get headersSent() {
        return written.status !== undefined;
      },
      writeHead(status: number) {
        written.status = status;
      },
      end(body?: string) {
        written.body = body;
      },
    } as unknown as ServerResponse;
    const errors: unknown[][] = [];
    const logger = { error: (...args: unknown[]) => errors.push(args) } as unknown as Logger;
    const handle = directCommands({ signingSecret: SECRET, process: listen, logger, now: () => Date.now() });
    expect(handle(req, res, Buffer.from(COMMAND))).toBe(true);
    return { written, errors };
  }

  it("sets no timer for an acknowledgement given at once (a question's answer)", () => {
    const { written } = answer((event) => event.ack({ text: "404" }));
    expect(written).toEqual({ status: 200, body: '{"text":"404"}' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it("answers 404 as Bolt does when nothing acknowledges within 3 seconds", async () => {
    const { written, errors } = answer(() => new Promise<void>(() => {}));
    await vi.advanceTimersByTimeAsync(3_000);
    expect(written.status).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(written.status).toBe(404);
    expect(String(errors[0]?.[0])).toContain("not acknowledged within 3 seconds");
  });

  it("keeps the deadline 3 seconds after the request when the listener took a while to return", async () => {
    const { written } = answer(() => {
      // The listener's synchronous part ran 1 second before it went on to wait (a store write).
      vi.setSystemTime(NOW + 1_000);
      return new Promise<void>(() => {});
    });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(written.status).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(written.status).toBe(404);
  });

  it("answers a late acknowledgement within the deadline, and no 404 follows", async () => {
    const { written, errors } = answer(async (event) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await event.ack({ text: "saved" });
    });
    await vi.advanceTimersByTimeAsync(1_500);
    expect(written).toEqual({ status: 200, body: '{"text":"saved"}' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(written.status).toBe(200);
    expect(errors).toEqual([]);
  });
});
