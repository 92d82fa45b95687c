import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../e2e/harness.ts";
import { BOT_USER_ID, type FakeSlack } from "../support/fake-slack.ts";
import { pool, problems, shuffled, waitFor } from "../support/load.ts";
import { eventEnvelope, type Reply } from "../support/slack-requests.ts";

/**
 * Slack redelivers an event it believes we missed (no 200 within 3 s, a connection error) up to
 * three times, with the same event_id and X-Slack-Retry-Num 1, 2, 3. Every surface that posts
 * answers the first delivery and only the first, however the redeliveries arrive: one after the
 * other, all at once, or while the first is still waiting for a slow Slack.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.slack.reset();
  h.logs.length = 0;
});
afterEach(() => {
  expect(problems(h.logs)).toEqual([]);
});

let counter = 0;
const fresh = (prefix: string) => `${prefix}${String(++counter).padStart(5, "0")}`;

interface Surface {
  readonly name: string;
  /** A new event (fresh channel, user and ts) and the Web API method its answer goes through. */
  readonly event: () => Record<string, unknown>;
  readonly method: string;
}

const SURFACES: readonly Surface[] = [
  {
    name: "an @-mention",
    method: "chat.postMessage",
    event: () => ({
      type: "app_mention",
      user: "U0HUMAN01",
      channel: fresh("C0RD"),
      ts: "100.1",
      event_ts: "100.1",
      text: `<@${BOT_USER_ID}> 429 or 503?`,
    }),
  },
  {
    name: "a code mentioned in a message",
    method: "chat.postMessage",
    event: () => ({
      type: "message",
      channel_type: "channel",
      user: "U0HUMAN01",
      channel: fresh("C0RD"),
      ts: "200.1",
      event_ts: "200.1",
      text: "prod is returning HTTP 502 again",
    }),
  },
  {
    name: "a direct message",
    method: "chat.postMessage",
    event: () => ({
      type: "message",
      channel_type: "im",
      user: "U0HUMAN01",
      channel: fresh("D0RD"),
      ts: "300.1",
      event_ts: "300.1",
      text: "what is 418?",
    }),
  },
  {
    name: "a shared link",
    method: "chat.unfurl",
    event: () => ({
      type: "link_shared",
      channel: fresh("C0RD"),
      is_bot_user_member: true,
      user: "U0HUMAN01",
      message_ts: "400.1",
      unfurl_id: fresh("U0UNFURL"),
      source: "conversations_history",
      links: [{ domain: "http.cat", url: "https://http.cat/404" }],
      event_ts: "400.2",
    }),
  },
  {
    name: "the Home tab opened",
    method: "views.publish",
    event: () => ({
      type: "app_home_opened",
      user: fresh("U0RD"),
      channel: fresh("D0RD"),
      tab: "home",
      event_ts: "500.1",
    }),
  },
];

const RETRY_REASONS = ["http_timeout", "http_error"] as const;

/** The three deliveries Slack makes of one event: the first, then retries #1 and #2. */
function deliveries(body: string) {
  return [
    () => h.event(body),
    ...RETRY_REASONS.map(
      (reason, i) => () =>
        h.event(body, { headers: { "x-slack-retry-num": String(i + 1), "x-slack-retry-reason": reason } }),
    ),
  ];
}

/** The calls that answered: the surface's Web API method. */
const answersTo = (slack: FakeSlack, method: string) => slack.callsTo(method);

describe.each(SURFACES)("$name delivered three times", ({ event, method }) => {
  it("one after the other: answered once", async () => {
    const body = eventEnvelope(event(), fresh("Ev"));
    const replies: Reply[] = [];
    for (const deliver of deliveries(body)) replies.push(await deliver());
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200]);
    await h.settle();
    expect(answersTo(h.slack, method)).toHaveLength(1);
    expect(h.slack.actions).toHaveLength(1);
    // The two retries are noted, each once, and nothing is reported as a problem.
    expect(h.logs.filter((line) => line.includes("was handled already"))).toHaveLength(2);
  });

  it("all at once: answered once", async () => {
    const body = eventEnvelope(event(), fresh("Ev"));
    const replies = await Promise.all(deliveries(body).map((deliver) => deliver()));
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200]);
    await h.settle();
    expect(answersTo(h.slack, method)).toHaveLength(1);
  });

  it("while Slack is still answering the first: answered once", async () => {
    h.slack.failNext(method, { delayMs: 300 });
    const body = eventEnvelope(event(), fresh("Ev"));
    const [first, ...retries] = deliveries(body);
    expect((await first?.())?.status).toBe(200);
    // The first delivery's call is under way and held by Slack when the retries arrive.
    expect(await waitFor(() => answersTo(h.slack, method).length === 1, 1_000)).toBe(true);
    expect(h.slack.heldBack).toBe(1);
    for (const retry of retries) expect((await retry()).status).toBe(200);
    await h.settle();
    expect(answersTo(h.slack, method)).toHaveLength(1);
  });
});

describe("redelivery in bulk", () => {
  it("many events, each delivered three times in a shuffled order: one answer per event", async () => {
    const events = Array.from({ length: 120 }, (_, i) => SURFACES[i % SURFACES.length] as Surface).map(
      (surface) => ({ surface, body: eventEnvelope(surface.event(), fresh("Ev")) }),
    );
    const sends = events.flatMap(({ body }) => deliveries(body));
    // Shuffled: retries often arrive before or together with their first delivery.
    const replies = await pool(shuffled(sends, 42), 40, (deliver) => deliver());
    expect(replies.every((reply) => reply.status === 200)).toBe(true);
    await h.settle();
    expect(h.slack.actions).toHaveLength(events.length);
    // No answer twice in the same place.
    const places = h.slack.actions.map((call) =>
      JSON.stringify([
        call.method,
        call.params.channel,
        call.params.thread_ts ?? call.params.ts,
        call.params.user_id,
      ]),
    );
    expect(new Set(places).size).toBe(events.length);
  });

  it("an @-mention's app_mention and message events (two event ids), each redelivered: one answer", async () => {
    const channel = fresh("C0RD");
    const text = `<@${BOT_USER_ID}> why HTTP 503?`;
    const common = { user: "U0HUMAN01", channel, ts: "600.1", event_ts: "600.1", text };
    const bodies = [
      eventEnvelope({ type: "app_mention", ...common }, fresh("Ev")),
      eventEnvelope({ type: "message", channel_type: "channel", ...common }, fresh("Ev")),
    ];
    await Promise.all(bodies.flatMap((body) => deliveries(body).map((deliver) => deliver())));
    await h.settle();
    const posts = h.slack.callsTo("chat.postMessage");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.params).toMatchObject({ channel, thread_ts: "600.1" });
  });

  it("a redelivery after the first answer failed to post does not post either (Slack may have it)", async () => {
    h.slack.failNext("chat.postMessage", { status: 500 });
    const body = eventEnvelope((SURFACES[0] as Surface).event(), fresh("Ev"));
    for (const deliver of deliveries(body)) await deliver();
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")).toHaveLength(1);
    // The failure itself is reported once (the afterEach check is skipped for this one).
    expect(problems(h.logs)).toEqual([expect.stringContaining("failed: http 500")]);
    h.logs.length = 0;
  });
});
