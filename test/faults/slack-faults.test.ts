import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/cards/actions.ts";
import { SHARE_FAILED, SHARE_UNCONFIRMED } from "../../src/listeners/actions/sharing.ts";
import { type Harness, harnessForFile, startHarness } from "../e2e/harness.ts";
import { BOT_USER_ID, type Failure, RESPONSE_URL } from "../support/fake-slack.ts";
import { pool, problems, waitFor } from "../support/load.ts";
import { buttonClick, channelMessage, eventEnvelope, slashCommand } from "../support/slack-requests.ts";

/**
 * Slack misbehaving, from the fake Web API: rate limits, 5xx, not_in_channel, dropped connections and
 * calls Slack does not answer. Whatever Slack does, the app acknowledges without waiting for it
 * (shown by order: the acks arrive while Slack still holds the calls), keeps serving, never posts
 * twice, repeats a call only when Slack says it may (429 with Retry-After, once, after the wait)
 * and logs each failure once. Nothing here measures how fast: that is `npm run bench`.
 */

/**
 * The app's Web API timeout where a test needs it to fire (the default is 10 s). Only calls the fake
 * Slack holds are timed out: a busy machine slows the others, and must not make them fail.
 */
const API_TIMEOUT_MS = 1_000;

// Whatever happens in a test, afterwards the app is still up and nothing escaped.
let h: Harness;
harnessForFile(
  (started) => {
    h = started;
  },
  { stopGraceMs: 500 },
);

let counter = 0;
const fresh = (prefix: string) => `${prefix}${String(++counter).padStart(5, "0")}`;

function mention(channel: string, ts = "10.1") {
  return eventEnvelope({
    type: "app_mention",
    user: "U0HUMAN01",
    channel,
    ts,
    event_ts: ts,
    text: `<@${BOT_USER_ID}> what does 503 mean?`,
  });
}

function codeMessage(channel: string, ts: string, text = "we keep getting HTTP 503 from the gateway") {
  return eventEnvelope(channelMessage({ channel, ts, text }));
}

/** Log lines that report a failed call, mentioning `what` (one line per failure is the rule). */
const failures = (what = "") => problems(h.logs).filter((line) => line.includes(what) && /failed/.test(line));

describe("chat.postMessage rate limited (429 with Retry-After)", () => {
  it("is retried once, after the wait Slack asked for, and the answer is posted once", async () => {
    h.slack.failNext("chat.postMessage", { rateLimitedFor: 1 });
    const reply = await h.event(mention(fresh("C0RL")));
    expect(reply.status).toBe(200);
    await h.settle();
    const [first, second, ...more] = h.slack.callsTo("chat.postMessage");
    expect(more).toEqual([]);
    expect(second?.params).toEqual(first?.params);
    // Not before Slack said it may (a lower bound: never flaky on a busy machine).
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(990);
    expect(problems(h.logs)).toEqual([expect.stringContaining("rate limited; retrying in 1 s")]);
  });

  it("rate limited again: two calls, never a third, and the failure is logged once", async () => {
    const channel = fresh("C0RL");
    h.slack.failNext("chat.postMessage", { rateLimitedFor: 1 });
    h.slack.failNext("chat.postMessage", { rateLimitedFor: 1 });
    await h.event(mention(channel));
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")).toHaveLength(2);
    expect(failures()).toEqual([
      expect.stringMatching(
        new RegExp(
          `failed after waiting out a rate limit: ratelimited \\(retry after 1 s\\) channel=${channel}`,
        ),
      ),
    ]);
  });

  it("a Retry-After longer than the app will wait is not waited out: one call, one log line", async () => {
    const channel = fresh("C0RL");
    // 30 s: longer than this test may take, so a wait would fail it.
    h.slack.failNext("chat.postMessage", { rateLimitedFor: 30 });
    await h.event(mention(channel));
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")).toHaveLength(1);
    expect(problems(h.logs)).toEqual([
      expect.stringContaining(`failed: ratelimited (retry after 30 s) channel=${channel}`),
    ]);
  });

  it("is not retried where a late answer is useless (views.open: the trigger_id expires)", async () => {
    h.slack.failNext("views.open", { rateLimitedFor: 1 });
    await h.interact(
      buttonClick({
        actionId: `${ACTIONS.compare}:home`,
        value: "pair:401,403",
        container: { type: "view", view_id: "V0HOME001" },
        view: { id: "V0HOME001", type: "home", hash: "h0" },
      }),
    );
    await h.settle();
    expect(h.slack.callsTo("views.open")).toHaveLength(1);
    expect(failures("views.open")).toHaveLength(1);
    expect(problems(h.logs)).toHaveLength(1);
  });

  it("a rate-limited response_url is not retried (Slack gives no Retry-After there)", async () => {
    h.slack.failNext(RESPONSE_URL, { rateLimitedFor: 1 });
    const channel = fresh("C0RL");
    await h.interact(
      buttonClick({
        actionId: `${ACTIONS.showCode}:x`,
        value: "code:404",
        container: { type: "message", message_ts: "1.1", channel_id: channel, is_ephemeral: true },
        channel,
        responseUrl: h.slack.responseUrl("rl"),
      }),
    );
    await h.settle();
    expect(h.slack.responses).toEqual([]);
    expect(failures("response_url")).toHaveLength(1);
    expect(problems(h.logs)).toHaveLength(1);
  });

  it("under a burst, every answer is retried exactly once after the wait, and every request acked", async () => {
    h.slack.failAlways("chat.postMessage", { rateLimitedFor: 1 });
    const channels = Array.from({ length: 60 }, () => fresh("C0RB"));
    const replies = await pool(channels, 30, (channel) => h.event(mention(channel)));
    for (const reply of replies) expect(reply.status).toBe(200);
    await h.settle();
    const calls = h.slack.callsTo("chat.postMessage");
    expect(calls).toHaveLength(channels.length * 2);
    for (const channel of channels) {
      const mine = calls.filter((call) => call.params.channel === channel);
      expect(mine).toHaveLength(2);
      expect((mine[1]?.at ?? 0) - (mine[0]?.at ?? 0)).toBeGreaterThanOrEqual(990);
      expect(failures(`channel=${channel}`)).toHaveLength(1);
    }
  });
});

describe("Slack failing outright", () => {
  it.each<[string, Failure, RegExp]>([
    ["HTTP 500", { status: 500 }, /failed: http 500/],
    ["HTTP 503", { status: 503 }, /failed: http 503/],
    ["not_in_channel", { error: "not_in_channel" }, /failed: not_in_channel/],
    ["a dropped connection", { drop: true }, /failed: network: /],
  ])("%s: acked, one call (no retry), no post, the failure logged once", async (_name, failure, logged) => {
    const channel = fresh("C0FX");
    h.slack.failNext("chat.postMessage", failure);
    const reply = await h.event(mention(channel));
    expect(reply.status).toBe(200);
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")).toHaveLength(1);
    expect(problems(h.logs)).toEqual([expect.stringMatching(logged)]);
    expect(problems(h.logs)[0]).toContain(`channel=${channel}`);
  });

  it("a code mention that could not be posted (not_in_channel) may be explained later, once", async () => {
    const channel = fresh("C0NI");
    h.slack.failNext("chat.postMessage", { error: "not_in_channel" });
    await h.event(codeMessage(channel, "20.1"));
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")).toHaveLength(1);
    // Invited now: the next mention of the code is explained, and only once.
    await h.event(codeMessage(channel, "20.2"));
    await h.event(codeMessage(channel, "20.3"));
    await h.settle();
    const posts = h.slack.callsTo("chat.postMessage");
    expect(posts).toHaveLength(2);
    expect(posts[1]?.params).toMatchObject({ channel, thread_ts: "20.2" });
    expect(failures()).toHaveLength(1);
  });

  it("auth.test failing when the first requests come: they are answered all the same", async () => {
    const unknown = await startHarness(
      {},
      { stopGraceMs: 200, beforeStart: (slack) => slack.failAlways("auth.test", { status: 500 }) },
    );
    try {
      const channel = fresh("C0AU");
      const command = await unknown.command(
        slashCommand({ text: "401", responseUrl: unknown.slack.responseUrl() }),
      );
      expect(String(command.json().text)).toContain("401");
      expect((await unknown.event(mention(channel))).status).toBe(200);
      // Handled before the next is sent (the ack does not wait for auth.test): otherwise, on a busy
      // machine, the next request could share this one's auth.test still in flight.
      await unknown.settle();
      // The bot's own message about a code, as Slack echoes it back: never answered (the bot user
      // is known from the event's authorizations, since auth.test cannot say).
      await unknown.event(
        eventEnvelope({
          type: "message",
          channel_type: "channel",
          user: BOT_USER_ID,
          channel,
          ts: "11.1",
          event_ts: "11.1",
          text: `<@${BOT_USER_ID}> HTTP 503 Service Unavailable`,
        }),
      );
      await unknown.settle();
      expect(unknown.slack.callsTo("chat.postMessage")).toHaveLength(1);
      expect(unknown.slack.callsTo("chat.postMessage")[0]?.params).toMatchObject({
        channel,
        thread_ts: "10.1",
      });
      // auth.test was asked again for each request, never cached as failed.
      expect(unknown.slack.callsTo("auth.test").length).toBeGreaterThanOrEqual(3);
    } finally {
      await unknown.close();
    }
  });

  it("HTTP 500s on every call: a burst of events and commands is still acked and answered", async () => {
    h.slack.failAlways("chat.postMessage", { status: 500 });
    const requests = Array.from({ length: 40 }, (_, i) =>
      i % 2 === 0
        ? () => h.event(mention(fresh("C0F5")))
        : () => h.command(slashCommand({ text: "500", responseUrl: h.slack.responseUrl() })),
    );
    const replies = await pool(requests, 20, (send) => send());
    for (const [i, reply] of replies.entries()) {
      expect(reply.status).toBe(200);
      if (i % 2 === 1) expect(reply.json()).toMatchObject({ response_type: "ephemeral" });
    }
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")).toHaveLength(20);
    expect(failures("http 500")).toHaveLength(20);
    expect(problems(h.logs)).toHaveLength(20);
  });
});

describe("Slack not answering", () => {
  // Every call is held by the fake Slack until the test releases it: an ack that waited for one
  // would never arrive (and the test would time out).
  const HOLD: Failure = { hold: true };

  it("acks and slash-command answers arrive while Slack holds the calls; each call times out once, unrepeated", async () => {
    const quick = await startHarness({}, { apiTimeoutMs: API_TIMEOUT_MS, stopGraceMs: 200 });
    try {
      quick.slack.failAlways("chat.postMessage", HOLD);
      const channels = Array.from({ length: 15 }, () => fresh("C0SL"));
      const [events, commands] = await Promise.all([
        pool(channels, 15, (channel) => quick.event(mention(channel))),
        pool(channels, 15, () =>
          quick.command(slashCommand({ text: "429", responseUrl: quick.slack.responseUrl() })),
        ),
      ]);
      for (const reply of [...events, ...commands]) expect(reply.status).toBe(200);
      for (const reply of commands) expect(String(reply.json().text)).toContain("429");
      await quick.settle();
      // The app gave up on each call by its own timeout: Slack has still answered none of them.
      expect(quick.slack.heldBack).toBe(channels.length);
      expect(quick.slack.callsTo("chat.postMessage")).toHaveLength(channels.length);
      const failed = (channel: string) =>
        problems(quick.logs).filter((line) => line.includes(`channel=${channel}`) && /failed/.test(line));
      for (const channel of channels) {
        expect(failed(channel)).toEqual([expect.stringMatching(/failed: (?:network: )?timeout/)]);
      }
      expect(problems(quick.logs)).toHaveLength(channels.length);
    } finally {
      quick.slack.heal();
      quick.slack.release();
      await quick.close();
    }
  });

  it("with a long timeout, acks do not wait for Slack, and a stop does not either", async () => {
    const patient = await startHarness({}, { stopGraceMs: 200 });
    try {
      patient.slack.failAlways("chat.postMessage", HOLD);
      const replies = await pool([1, 2, 3, 4, 5], 5, (i) => patient.event(mention(fresh("C0PT"), `${i}.1`)));
      for (const reply of replies) expect(reply.status).toBe(200);
      const command = await patient.command(
        slashCommand({ text: "404", responseUrl: "http://127.0.0.1:9/x" }),
      );
      expect(String(command.json().text)).toContain("404");
      // Acked; the posts reach Slack and stay held there.
      await waitFor(() => patient.slack.heldBack === 5, 5_000);
      expect(patient.slack.heldBack).toBe(5);
      // Stopping does not wait for Slack: the answers in flight are dropped after the grace, said so,
      // and Slack still holds every post when the stop is over.
      await patient.bot.stop();
      expect(patient.slack.heldBack).toBe(5);
      expect(patient.logs.join("\n")).toMatch(/5 request\(s\) still being answered after 200 ms/);
    } finally {
      await patient.close();
    }
  });

  it("Slack not saying who the bot is (auth.test) at the first requests: they are acked all the same", async () => {
    // Started while Slack was failing, so the bot's identity is asked again at the first request...
    const late = await startHarness(
      {},
      { stopGraceMs: 200, beforeStart: (slack) => slack.failNext("auth.test", { status: 503 }) },
    );
    try {
      expect(late.logs.join("\n")).toContain("Could not reach Slack");
      // ...and now Slack holds auth.test (the app waits for it a second, never until Slack's deadline).
      late.slack.failAlways("auth.test", HOLD);
      const channel = fresh("C0ID");
      const [command, event] = await Promise.all([
        late.command(slashCommand({ text: "418", responseUrl: late.slack.responseUrl() })),
        late.event(mention(channel)),
      ]);
      expect(command.status).toBe(200);
      expect(String(command.json().text)).toContain("418");
      expect(event.status).toBe(200);
      await late.settle();
      // auth.test was never answered, yet the mention is answered once, in its thread (the event
      // itself says which bot user it is for).
      expect(late.slack.callsTo("auth.test").length).toBeGreaterThanOrEqual(2);
      expect(late.slack.heldBack).toBeGreaterThanOrEqual(1);
      const posts = late.slack.callsTo("chat.postMessage");
      expect(posts).toHaveLength(1);
      expect(posts[0]?.params).toMatchObject({ channel, thread_ts: "10.1" });
    } finally {
      late.slack.heal();
      late.slack.release();
      await late.close();
    }
  });
});

describe("Share in channel, when chat.postMessage fails", () => {
  // For the timeout: the app's timeout is short, and Slack holds the post until after it fires.
  let quick: Harness;
  beforeAll(async () => {
    quick = await startHarness({}, { apiTimeoutMs: API_TIMEOUT_MS, stopGraceMs: 200 });
  });
  afterAll(async () => {
    quick.slack.heal();
    quick.slack.release();
    await quick.close();
  });

  function share(channel: string, responseId: string, on: Harness = h) {
    return on.interact(
      buttonClick({
        actionId: ACTIONS.share,
        value: "code:503",
        container: { type: "message", message_ts: "30.1", channel_id: channel, is_ephemeral: true },
        channel,
        responseUrl: on.slack.responseUrl(responseId),
      }),
    );
  }
  const inChannel = (on: Harness = h) =>
    on.slack.responses.filter((post) => post.body.response_type === "in_channel");

  it.each<[string, Failure, () => Harness]>([
    ["no answer before the app's timeout", { hold: true }, () => quick],
    ["an HTTP 500", { status: 500 }, () => h],
    ["an HTTP 503", { status: 503 }, () => h],
    ["a reset connection", { drop: true }, () => h],
    ["a reply that is not JSON", { notJson: "<html><body><h1>502 Bad Gateway</h1></body></html>" }, () => h],
    ["Slack's internal_error", { error: "internal_error" }, () => h],
  ])(
    "%s (Slack may have posted): posts once, never again through the response_url, and says so",
    async (_name, failure, harness) => {
      const on = harness();
      on.slack.reset();
      on.logs.length = 0;
      const channel = fresh("C0SH");
      on.slack.failNext("chat.postMessage", failure);
      const reply = await share(channel, "maybe", on);
      expect(reply.status).toBe(200);
      await on.settle();
      expect(on.slack.callsTo("chat.postMessage")).toHaveLength(1);
      expect(inChannel(on)).toEqual([]);
      // The person keeps their card, and is told to look before sharing again.
      expect(on.slack.responses.map((post) => post.body)).toEqual([
        expect.objectContaining({
          response_type: "ephemeral",
          replace_original: false,
          text: SHARE_UNCONFIRMED,
        }),
      ]);
      expect(problems(on.logs).join("\n")).toContain(`Slack may have posted already channel=${channel}`);
    },
  );

  it.each<[string, Failure[]]>([
    ["not_in_channel", [{ error: "not_in_channel" }]],
    ["channel_not_found", [{ error: "channel_not_found" }]],
    ["is_archived", [{ error: "is_archived" }]],
    ["a rate limit longer than the app waits", [{ rateLimitedFor: 30 }]],
  ])("%s (Slack did not post): posts once, through the response_url", async (_name, failures) => {
    const channel = fresh("C0SH");
    for (const failure of failures) h.slack.failNext("chat.postMessage", failure);
    await share(channel, "declined");
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")).toHaveLength(failures.length);
    expect(h.slack.responses.map((post) => post.body)).toEqual([
      expect.objectContaining({
        response_type: "in_channel",
        replace_original: false,
        text: expect.stringContaining("503"),
      }),
      { delete_original: true },
    ]);
  });

  it("declined, and the response_url fails too: one attempt each, and the person is told", async () => {
    const channel = fresh("C0SH");
    h.slack.failNext("chat.postMessage", { error: "not_in_channel" });
    h.slack.failNext(RESPONSE_URL, { status: 404 });
    await share(channel, "expired");
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")).toHaveLength(1);
    expect(h.slack.responses.map((post) => post.body)).toEqual([
      expect.objectContaining({ response_type: "ephemeral", text: SHARE_FAILED }),
    ]);
  });

  it("declined, and the response_url drops the connection: the person is told it may be there", async () => {
    const channel = fresh("C0SH");
    h.slack.failNext("chat.postMessage", { error: "not_in_channel" });
    h.slack.failNext(RESPONSE_URL, { drop: true });
    await share(channel, "dropped");
    await h.settle();
    expect(inChannel()).toEqual([]);
    expect(h.slack.responses.map((post) => post.body)).toEqual([
      expect.objectContaining({ response_type: "ephemeral", text: SHARE_UNCONFIRMED }),
    ]);
  });
});
