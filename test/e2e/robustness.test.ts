import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BOT_USER_ID, FakeSlack } from "../support/fake-slack.ts";
import { buttonClick, eventEnvelope, FORM, interaction, slashCommand } from "../support/slack-requests.ts";
import { BOT_TOKEN, type Harness, SIGNING_SECRET, startHarness } from "./harness.ts";

let h: Harness;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
  process.off("unhandledRejection", onUnhandled);
});
beforeEach(() => {
  h.slack.reset();
});

const mention = (channel: string, ts: string, text = `<@${BOT_USER_ID}> 404?`) =>
  eventEnvelope({ type: "app_mention", user: "U0HUMAN01", channel, ts, event_ts: ts, text });

describe("health", () => {
  it("GET /healthz is 200 when ready; other paths are 404", async () => {
    const health = await fetch(`${h.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    expect((await fetch(`${h.baseUrl}/nope`)).status).toBe(404);
    expect((await fetch(`${h.baseUrl}/slack/events`)).status).toBe(404);
  });

  it("HEAD /healthz answers like GET, without a body", async () => {
    const get = await fetch(`${h.baseUrl}/healthz`);
    const head = await fetch(`${h.baseUrl}/healthz`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe(get.headers.get("content-type"));
    expect(head.headers.get("cache-control")).toBe("no-store");
    expect(await head.text()).toBe("");
  });
});

describe("bad requests", () => {
  const body = mention("C0BAD0001", "1.1");

  it("a wrong signature is 401", async () => {
    const reply = await h.event(body, { signature: `v0=${"0".repeat(64)}` });
    expect(reply.status).toBe(401);
  });

  it("a signature made with another secret is 401", async () => {
    const reply = await h.event(body, { secret: "another-secret-0123456789abcdef" });
    expect(reply.status).toBe(401);
  });

  it("a missing signature is 401", async () => {
    expect((await h.event(body, { signature: null })).status).toBe(401);
  });

  it("a timestamp older than 5 minutes is 401, even correctly signed", async () => {
    const reply = await h.event(body, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(reply.status).toBe(401);
  });

  it("a body changed after signing is 401", async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const { signature } = await import("../support/slack-requests.ts");
    const sig = signature(SIGNING_SECRET, timestamp, body);
    const reply = await h.event(body.replace("404", "500"), { timestamp, signature: sig });
    expect(reply.status).toBe(401);
  });

  it("malformed JSON is 400", async () => {
    expect((await h.raw("{not json", { contentType: "application/json" })).status).toBe(400);
  });

  it("a form whose payload is not JSON is 400", async () => {
    expect((await h.raw("payload=%7Bnope", { contentType: FORM })).status).toBe(400);
  });

  it("nothing was posted for any of them", async () => {
    await h.settle();
    expect(h.slack.actions).toEqual([]);
  });
});

describe("unknown payloads are acknowledged and ignored", () => {
  it.each([
    ["an unknown JSON type", JSON.stringify({ type: "something_new", token: "x" }), "application/json"],
    [
      "an event we do not handle",
      eventEnvelope({ type: "reaction_added", user: "U1", reaction: "+1", event_ts: "1.1" }),
      "application/json",
    ],
    ["an unknown interactivity type", interaction({ type: "some_future_payload", user: { id: "U1" } }), FORM],
    [
      "a button of an unknown action",
      interaction(
        buttonClick({
          actionId: "someone_elses_button",
          value: "x",
          container: { type: "message", message_ts: "1", channel_id: "C1", is_ephemeral: false },
          channel: "C1",
        }),
      ),
      FORM,
    ],
    [
      "a view submission",
      interaction({
        type: "view_submission",
        user: { id: "U1" },
        team: { id: "T1" },
        view: { id: "V1", callback_id: "x", type: "modal" },
      }),
      FORM,
    ],
  ])("%s gets an empty 200 from the app (not Bolt's 404 after 3 s)", async (_name, raw, contentType) => {
    const reply = await h.raw(raw, { contentType });
    expect(reply.status).toBe(200);
    expect(reply.text).toBe("");
    await h.settle();
    expect(h.slack.actions).toEqual([]);
    expect(h.logs.join("\n")).not.toContain("not acknowledged");
  });

  it("answers Slack's URL verification and SSL check", async () => {
    const reply = await h.event(JSON.stringify({ type: "url_verification", challenge: "c-123", token: "x" }));
    expect(reply.json()).toEqual({ challenge: "c-123" });
    expect((await h.raw("ssl_check=1&token=x", { contentType: FORM, signature: null })).status).toBe(200);
  });
});

describe("retries and loops", () => {
  it("a retry of an event already handled posts nothing", async () => {
    const body = mention("C0RETRY01", "2.1");
    expect((await h.event(body)).status).toBe(200);
    const retry = await h.event(body, {
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    expect(retry.status).toBe(200);
    await h.event(body, { headers: { "x-slack-retry-num": "2", "x-slack-retry-reason": "http_error" } });
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("a retry arriving while the first delivery is still being answered posts nothing either", async () => {
    const body = mention("C0RETRY02", "2.2");
    await Promise.all([h.event(body), h.event(body, { headers: { "x-slack-retry-num": "1" } })]);
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("a retry of an event never handled is answered", async () => {
    await h.event(mention("C0RETRY03", "2.3"), { headers: { "x-slack-retry-num": "1" } });
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("its own replies (message events of its posts) are never answered", async () => {
    await h.event(
      eventEnvelope({
        type: "message",
        subtype: "bot_message",
        channel: "C0LOOP001",
        channel_type: "channel",
        bot_id: "BBOT0001",
        ts: "3.1",
        event_ts: "3.1",
        text: "429 Too Many Requests: the client sent too many requests",
      }),
    );
    await h.event(
      eventEnvelope({
        type: "message",
        channel: "C0LOOP001",
        channel_type: "channel",
        user: BOT_USER_ID,
        bot_id: "BBOT0001",
        ts: "3.2",
        event_ts: "3.2",
        text: "HTTP 503 Service Unavailable",
      }),
    );
    await h.settle();
    expect(h.slack.actions).toEqual([]);
  });
});

describe("Web API errors are logged and never crash", () => {
  it.each([
    ["not_in_channel", { error: "not_in_channel" }],
    ["channel_not_found", { error: "channel_not_found" }],
    ["is_archived", { error: "is_archived" }],
    ["a network error", { drop: true as const }],
    ["an HTTP 500", { status: 500 }],
  ])("%s", async (name, failure) => {
    h.slack.failNext("chat.postMessage", failure);
    const reply = await h.event(mention(`C0ERR${name.length}${Date.now() % 1000}`, "4.1"));
    expect(reply.status).toBe(200);
    await h.settle();
    expect(h.logs.join("\n")).toMatch(/chat\.postMessage \(mention answer\) failed/);
    expect((await fetch(`${h.baseUrl}/healthz`)).status).toBe(200);
  });

  it("a short rate limit is waited out and the answer still arrives", async () => {
    h.slack.failNext("chat.postMessage", { rateLimitedFor: 1 });
    await h.event(mention("C0RATE001", "5.1"));
    await h.settle();
    const posts = h.slack.callsTo("chat.postMessage");
    expect(posts).toHaveLength(2);
    expect(h.logs.join("\n")).toContain("rate limited; retrying in 1 s");
  });

  it("a long rate limit is not waited out (a wait of 120 s would outlast the test)", async () => {
    h.slack.failNext("chat.postMessage", { rateLimitedFor: 120 });
    await h.event(mention("C0RATE002", "5.2"));
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")).toHaveLength(1);
    expect(h.logs.join("\n")).toContain("failed: ratelimited (retry after 120 s)");
  });

  it("an unreachable response_url is logged", async () => {
    await h.interact(
      buttonClick({
        actionId: "show_code:404",
        value: "code:404",
        container: { type: "message", message_ts: "6.1", channel_id: "C0RESP001", is_ephemeral: true },
        channel: "C0RESP001",
        responseUrl: "http://127.0.0.1:9/gone",
      }),
    );
    await h.settle();
    expect(h.logs.join("\n")).toContain("response_url (replace card) failed");
  });

  it("a response_url on a host that is not Slack's gets nothing, not even through Share", async () => {
    const elsewhere = await new FakeSlack().start();
    try {
      for (const actionId of ["show_code:404", "share_in_channel"]) {
        await h.interact(
          buttonClick({
            actionId,
            value: "code:404",
            container: { type: "message", message_ts: "6.2", channel_id: "C0RESP002", is_ephemeral: true },
            responseUrl: elsewhere.responseUrl("stolen"),
          }),
        );
      }
      await h.settle();
      expect(elsewhere.responses).toEqual([]);
      expect(h.logs.join("\n")).toContain("not a Slack response_url");
    } finally {
      await elsewhere.close();
    }
  });

  it("left no unhandled rejection behind", () => {
    expect(unhandled).toEqual([]);
  });
});

describe("secrets", () => {
  it("never appear in the logs, even at debug level", async () => {
    await h.command(slashCommand({ text: "429", responseUrl: h.slack.responseUrl() }));
    await h.settle();
    const logs = h.logs.join("\n");
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(BOT_TOKEN);
    expect(logs).not.toContain(SIGNING_SECRET);
    expect(logs).not.toMatch(/xoxb-[A-Za-z0-9]/);
  });
});
