import { createHmac } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { verifySlackRequest } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { signedCommand } from "../../../src/slack/http/direct-commands.ts";

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
