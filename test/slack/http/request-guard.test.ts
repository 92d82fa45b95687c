import { PassThrough } from "node:stream";
import type { HTTPReceiver } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger, LogLevel, repeatedWarnings } from "../../../src/logger.ts";
import { guardEventsEndpoint, SLACK_BODY_LIMIT } from "../../../src/slack/http/request-guard.ts";
import { SERVER_LIMITS, serverOptions } from "../../../src/slack/http/server-limits.ts";
import { type Harness, harnessForFile, SIGNING_SECRET, startHarness } from "../../e2e/harness.ts";
import { rawRequest, signedHeaders } from "../../support/raw-http.ts";
import { buttonClick, FORM, interaction, JSON_TYPE, slashCommand } from "../../support/slack-requests.ts";

/**
 * The HTTP edge, from the outside: what reaches Bolt, what is refused before its body is read, and
 * how long a client may hold a connection. Each case would have passed the old guard and failed here.
 */

let h: Harness;
harnessForFile(
  (started) => {
    h = started;
  },
  { logLevel: LogLevel.INFO },
);
const port = () => Number(new URL(h.baseUrl).port);

const command = (text = "404") => slashCommand({ text, responseUrl: h.slack.responseUrl() });

describe("form posts with a charset", () => {
  it.each([
    `${FORM}; charset=utf-8`,
    `${FORM};charset=UTF-8`,
    "Application/X-WWW-Form-Urlencoded",
    `${FORM.toUpperCase()}; charset="utf-8"`,
  ])("a signed slash command sent as %s is answered", async (contentType) => {
    const reply = await h.command(command("429"), { contentType });
    expect(reply.status).toBe(200);
    expect(reply.json()).toMatchObject({ response_type: "ephemeral", text: expect.stringContaining("429") });
  });

  it("a signed button click sent with a charset is handled", async () => {
    const body = interaction(
      buttonClick({
        actionId: "show_code:410",
        value: "code:410",
        container: { type: "message", message_ts: "1.1", channel_id: "C0CHARSET", is_ephemeral: true },
        channel: "C0CHARSET",
        responseUrl: h.slack.responseUrl("charset"),
      }),
    );
    expect((await h.raw(body, { contentType: `${FORM}; charset=utf-8` })).status).toBe(200);
    await h.settle();
    expect(h.slack.responses.map((response) => response.id)).toEqual(["charset"]);
  });
});

describe("the path, matched as Bolt matches it", () => {
  const signedNull = () => signedHeaders(SIGNING_SECRET, "null", JSON_TYPE);

  it.each([
    "/slack/events#x",
    "/slack/events?x=1#y",
    "http://example.com/slack/events",
    "http://example.com/slack/events?x=1",
  ])(
    "a signed request to %s goes through the guard (a null body is 400, not left unanswered)",
    async (target) => {
      const reply = await rawRequest(port(), { target, headers: signedNull(), body: ["null"] });
      expect(reply.status).toBe(400);
    },
  );

  it("a signed slash command with a charset to an absolute-form URL is answered", async () => {
    const body = command("503");
    const reply = await rawRequest(port(), {
      target: "http://example.com/slack/events#frag",
      headers: signedHeaders(SIGNING_SECRET, body, `${FORM}; charset=utf-8`),
      body: [body],
    });
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('"response_type":"ephemeral"');
  });

  it("a URL that does not parse is 400, and other paths are still Bolt's (404)", async () => {
    expect(
      (await rawRequest(port(), { target: "http://[", headers: signedNull(), body: ["null"] })).status,
    ).toBe(400);
    expect((await rawRequest(port(), { method: "GET", target: "/elsewhere", headers: {} })).status).toBe(404);
  });
});

describe("timestamps", () => {
  const now = () => Math.floor(Date.now() / 1000);

  it.each([
    ["10 years ahead", 10 * 365 * 24 * 3600],
    ["6 minutes ahead", 6 * 60],
  ])("a correctly signed request dated %s is 401", async (_name, ahead) => {
    const reply = await h.command(command(), { timestamp: now() + ahead });
    expect(reply.status).toBe(401);
    const event = await h.event(JSON.stringify({ type: "something_new" }), { timestamp: now() + ahead });
    expect(event.status).toBe(401);
  });

  it("a clock a little ahead of Slack's (4 minutes) is fine", async () => {
    expect((await h.command(command(), { timestamp: now() + 4 * 60 })).status).toBe(200);
  });
});

describe("bodies", () => {
  it("an unsigned request is refused before its body is read", async () => {
    const reply = await rawRequest(port(), {
      target: "/slack/events",
      // 512 KB declared, a few bytes sent, the rest never: the answer does not wait for it.
      headers: { "content-type": JSON_TYPE, "content-length": String(512 * 1024) },
      body: ['{"type":'],
      hold: true,
    });
    expect(reply.status).toBe(401);
  });

  it("a request whose signature is not even well-formed, or whose timestamp is stale, likewise", async () => {
    for (const headers of [
      {
        "x-slack-signature": "v0=nothex",
        "x-slack-request-timestamp": String(Math.floor(Date.now() / 1000)),
      },
      { "x-slack-signature": `v0=${"0".repeat(64)}`, "x-slack-request-timestamp": "1" },
      { "x-slack-signature": `v0=${"0".repeat(64)}`, "x-slack-request-timestamp": "soon" },
    ]) {
      const reply = await rawRequest(port(), {
        target: "/slack/events",
        headers: { "content-type": JSON_TYPE, "content-length": "1000000", ...headers },
        body: ["{"],
        hold: true,
      });
      expect(reply.status).toBe(401);
    }
  });

  it("a body declared beyond the limit is 413 before it is read, even well signed", async () => {
    const headers = signedHeaders(SIGNING_SECRET, "x", JSON_TYPE);
    const reply = await rawRequest(port(), {
      target: "/slack/events",
      headers: { ...headers, "content-length": String(SLACK_BODY_LIMIT + 1) },
      body: ["{"],
      hold: true,
    });
    expect(reply.status).toBe(413);
  });

  it("Slack's SSL check is still answered unsigned, and only it", async () => {
    expect((await h.raw("ssl_check=1&token=x", { contentType: FORM, signature: null })).status).toBe(200);
    expect((await h.raw(command(), { contentType: FORM, signature: null })).status).toBe(401);
    expect(
      (await h.raw(`ssl_check=1&token=${"x".repeat(10_000)}`, { contentType: FORM, signature: null })).status,
    ).toBe(401);
  });

  it("refusals are warned about once per reason a minute, not once per request", async () => {
    for (let i = 0; i < 30; i++) {
      expect((await h.event("{}", { signature: null })).status).toBe(401);
      expect((await h.raw("{}", { contentType: "text/plain" })).status).toBe(415);
      // Well-formed but wrong: refused by Bolt, which warns through the same throttle.
      expect((await h.event("{}", { signature: `v0=${"0".repeat(64)}` })).status).toBe(401);
    }
    // Earlier tests may have used up this minute's line for a reason: at most one line each.
    expect(h.logs.filter((line) => / WARN /.test(line)).length).toBeLessThanOrEqual(3);
  });
});

describe("the limit itself", () => {
  it("is 1 MiB: well above what Slack sends, far below Bolt's 4 MB", () => {
    expect(SLACK_BODY_LIMIT).toBe(1024 * 1024);
  });

  it("server timeouts are 10 to 15 s, checked every second, and connections are capped", () => {
    const options = serverOptions(SERVER_LIMITS);
    expect(options.headersTimeout).toBeGreaterThanOrEqual(10_000);
    expect(options.requestTimeout).toBeLessThanOrEqual(15_000);
    expect(options.headersTimeout).toBeLessThanOrEqual(options.requestTimeout ?? 0);
    expect(options.connectionsCheckingInterval).toBeLessThanOrEqual(1_000);
    expect(SERVER_LIMITS.maxConnections).toBeGreaterThan(0);
  });
});

describe("slow and many clients (limits shortened for the test)", () => {
  let short: Harness;
  beforeAll(async () => {
    short = await startHarness(
      {},
      {
        logLevel: LogLevel.INFO,
        serverLimits: { headersTimeoutMs: 300, requestTimeoutMs: 600, maxConnections: 4 },
      },
    );
  });
  afterAll(async () => {
    await short.close();
  });
  const shortPort = () => Number(new URL(short.baseUrl).port);

  it("a body trickled a byte at a time is cut off (408) with most of it never sent", async () => {
    const body = command();
    const reply = await rawRequest(shortPort(), {
      target: "/slack/events",
      headers: signedHeaders(SIGNING_SECRET, body, FORM),
      body: [...body],
      everyMs: 50,
    });
    expect(reply.status).toBe(408);
    expect(reply.bodyBytesSent).toBeLessThan(body.length);
  });

  it("headers trickled a line at a time are cut off too", async () => {
    const reply = await rawRequest(shortPort(), {
      target: "/slack/events",
      headers: {},
      hold: true,
      openHead: true,
      body: Array.from({ length: 100 }, (_, i) => `x-slow-${i}: 1\r\n`),
      everyMs: 50,
    });
    expect(reply.status).toBe(408);
    expect(reply.bodyBytesSent).toBeLessThan(100 * 12);
  });

  it("connections beyond the cap are closed at once; the server serves again when they go", async () => {
    const { connect } = await import("node:net");
    const open = await Promise.all(
      Array.from(
        { length: 4 },
        () =>
          new Promise<import("node:net").Socket>((resolve) => {
            const socket = connect(shortPort(), "127.0.0.1", () => resolve(socket));
          }),
      ),
    );
    const extra = await rawRequest(shortPort(), { method: "GET", target: "/healthz", headers: {} });
    expect(extra.status).toBeUndefined();
    for (const socket of open) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const again = await rawRequest(shortPort(), { method: "GET", target: "/healthz", headers: {} });
    expect(again.status).toBe(200);
  });
});

describe("the body budget", () => {
  /** A request as the server hands it over: a stream of body bytes with a method, URL and headers. */
  function fakeRequest(length: number) {
    const req = Object.assign(new PassThrough(), {
      method: "POST",
      url: "/slack/events",
      headers: { ...signedHeaders(SIGNING_SECRET, "x", JSON_TYPE), "content-length": String(length) },
    });
    return req;
  }
  function fakeResponse() {
    const res = {
      status: undefined as number | undefined,
      headersSent: false,
      writeHead(status: number) {
        res.status = status;
        res.headersSent = true;
        return res;
      },
      end() {},
    };
    return res;
  }

  it("bodies being read share one budget: past it, a request gets 503 and the others go on", async () => {
    const handled: unknown[] = [];
    const receiver = { requestListener: (req: unknown, _res: unknown) => handled.push(req) };
    guardEventsEndpoint(receiver as unknown as HTTPReceiver, {
      path: "/slack/events",
      warnings: repeatedWarnings(createLogger({ level: LogLevel.ERROR, write: () => {} })),
      bodyLimit: 64 * 1024,
      bodyBudget: 100 * 1024,
    });
    const piece = Buffer.alloc(60 * 1024, "a");
    const tick = () => new Promise((resolve) => setImmediate(resolve));
    const [first, second, third] = [
      fakeRequest(piece.length + 1),
      fakeRequest(piece.length + 1),
      fakeRequest(1),
    ];
    const [firstRes, secondRes, thirdRes] = [fakeResponse(), fakeResponse(), fakeResponse()];
    receiver.requestListener(first as never, firstRes as never);
    receiver.requestListener(second as never, secondRes as never);
    first.write(piece);
    await tick();
    // 60 KB held for the first: the second's 60 KB would pass the 100 KB budget.
    second.write(piece);
    await tick();
    expect(secondRes.status).toBe(503);
    first.end("1");
    await tick();
    expect(handled).toEqual([first]);
    expect(firstRes.status).toBeUndefined();
    // The first one's bytes are given back when it is read: the next is read too.
    receiver.requestListener(third as never, thirdRes as never);
    third.end("3");
    await tick();
    expect(handled).toEqual([first, third]);
  });
});
