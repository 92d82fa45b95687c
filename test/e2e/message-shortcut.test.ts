import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/cards/actions.ts";
import { renderAnswer, renderCompact } from "../../src/cards/index.ts";
import { parseThreadShare } from "../../src/cards/references.ts";
import { withThreadShare } from "../../src/cards/thread-share.ts";
import { answer } from "../../src/engine/answer.ts";
import { getCatalog } from "../../src/knowledge/load.ts";
import { EXPLAIN_SHORTCUT } from "../../src/listeners/shortcuts/explain-message.ts";
import { combineCards, messageFromCard } from "../../src/slack/messages/shapes.ts";
import type { ApiCall } from "../support/fake-slack.ts";
import { buttonClick, eventEnvelope, messageShortcut } from "../support/slack-requests.ts";
import { type Harness, startHarness } from "./harness.ts";

const catalog = getCatalog();

/**
 * "Explain HTTP codes", the message shortcut, end to end: the real app in HTTP mode, the fake Slack
 * on loopback, a message_action payload as Slack sends it, then the "Share in thread" button.
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
});

let counter = 0;
const freshChannel = () => `C0SC${String(++counter).padStart(5, "0")}`;

const use = (channel: string, message: Record<string, unknown>, responseId = "sc") =>
  h.interact(
    messageShortcut({
      callbackId: EXPLAIN_SHORTCUT,
      channel,
      message,
      responseUrl: h.slack.responseUrl(responseId),
    }),
  );

/** The Share in thread button's value in a call's blocks. */
function shareValueIn(call: ApiCall | undefined): string | undefined {
  const found = JSON.stringify(call?.params.blocks ?? []).match(
    /"action_id":"share_in_thread","value":"((?:[^"\\]|\\.)*)"/,
  );
  return found ? (JSON.parse(`"${found[1]}"`) as string) : undefined;
}

const clickShare = (channel: string, value: string, responseId = "share") =>
  h.interact(
    buttonClick({
      actionId: ACTIONS.shareInThread,
      value,
      container: { type: "message", message_ts: "900.9", channel_id: channel, is_ephemeral: true },
      channel,
      responseUrl: h.slack.responseUrl(responseId),
    }),
  );

describe("Explain HTTP codes, on a message in a channel", () => {
  it("answers the person alone with the code's card, and Share in thread posts it in the message's thread", async () => {
    const channel = freshChannel();
    const text = "payments keeps returning HTTP 503 since the deploy";
    const reply = await use(channel, { ts: "900.1", text });
    expect(reply.status).toBe(200);
    await h.settle();

    const [ephemeral, ...more] = h.slack.callsTo("chat.postEphemeral");
    expect(more).toEqual([]);
    expect(h.slack.callsTo("chat.postMessage")).toEqual([]);
    expect(ephemeral?.authorized).toBe(true);
    expect(ephemeral?.params).not.toHaveProperty("thread_ts");
    const value = shareValueIn(ephemeral) ?? "";
    expect(parseThreadShare(value)).toEqual({
      channel,
      threadTs: "900.1",
      answer: { kind: "codes", codes: [503] },
    });
    expect(ephemeral?.params).toMatchObject({
      channel,
      user: "U0HUMAN01",
      ...messageFromCard(
        withThreadShare(renderAnswer(answer("503", catalog), catalog, { shareable: false }), {
          shareValue: value,
        }),
      ),
    });

    await clickShare(channel, value);
    await h.settle();
    const [post, ...others] = h.slack.callsTo("chat.postMessage");
    expect(others).toEqual([]);
    expect(post?.params).toMatchObject({
      channel,
      thread_ts: "900.1",
      ...messageFromCard(
        withThreadShare(renderAnswer(answer("503", catalog), catalog, { shareable: false }), {
          sharedBy: "U0HUMAN01",
        }),
      ),
    });
    expect(JSON.stringify(post?.params.blocks)).toContain("Shared by <@U0HUMAN01>");
    expect(h.slack.responses).toEqual([{ id: "share", body: { delete_original: true } }]);

    // Explained in that thread now: a later mention of 503 there gets no second card.
    await h.event(
      eventEnvelope({
        type: "message",
        channel_type: "channel",
        user: "U0HUMAN01",
        channel,
        ts: "900.5",
        thread_ts: "900.1",
        event_ts: "900.5",
        text: "still HTTP 503 here",
      }),
    );
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("answers a situation described in words with the scenario card, shared as it was shown", async () => {
    const channel = freshChannel();
    const text = "what should I return when the rate limit is hit?";
    await use(channel, { ts: "901.1", text });
    await h.settle();
    const ephemeral = h.slack.callsTo("chat.postEphemeral")[0];
    const value = shareValueIn(ephemeral) ?? "";
    expect(parseThreadShare(value)?.answer).toEqual({ kind: "query", query: text });
    expect(String(ephemeral?.params.text)).toMatch(/^Use 429/);

    await clickShare(channel, value);
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")[0]?.params).toMatchObject({
      channel,
      thread_ts: "901.1",
      ...messageFromCard(
        withThreadShare(renderAnswer(answer(text, catalog), catalog, { shareable: false }), {
          sharedBy: "U0HUMAN01",
        }),
      ),
    });
  });

  it("says it is not sure, with help and no share button, for a message it cannot explain", async () => {
    const channel = freshChannel();
    await use(channel, { ts: "902.1", text: "lunch at noon?" });
    await h.settle();
    const ephemeral = h.slack.callsTo("chat.postEphemeral")[0];
    expect(ephemeral?.params).toMatchObject(
      messageFromCard(renderAnswer(answer("lunch at noon?", catalog), catalog, { shareable: false })),
    );
    expect(JSON.stringify(ephemeral?.params.blocks)).toContain("Ways to ask");
    expect(shareValueIn(ephemeral)).toBeUndefined();
  });
});

describe("Explain HTTP codes, on a message in a thread", () => {
  it("answers in that thread with a short card per code, and shares there", async () => {
    const channel = freshChannel();
    const log = [
      "```",
      "10:02:11 GET /api/orders -> HTTP/1.1 502 Bad Gateway",
      "10:02:12 GET /api/orders -> HTTP/1.1 504 Gateway Timeout",
      "```",
    ].join("\n");
    await use(channel, { ts: "910.7", thread_ts: "910.1", text: log });
    await h.settle();
    const ephemeral = h.slack.callsTo("chat.postEphemeral")[0];
    expect(ephemeral?.params).toMatchObject({ channel, user: "U0HUMAN01", thread_ts: "910.1" });
    const value = shareValueIn(ephemeral) ?? "";
    expect(parseThreadShare(value)).toEqual({
      channel,
      threadTs: "910.1",
      answer: { kind: "codes", codes: [502, 504] },
    });
    const cards = combineCards([
      renderCompact(answer("502", catalog), catalog),
      renderCompact(answer("504", catalog), catalog),
    ]);
    expect(ephemeral?.params).toMatchObject(messageFromCard(withThreadShare(cards, { shareValue: value })));

    await clickShare(channel, value);
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")[0]?.params).toMatchObject({
      channel,
      thread_ts: "910.1",
      ...messageFromCard(withThreadShare(cards, { sharedBy: "U0HUMAN01" })),
    });
  });
});

describe("Explain HTTP codes where the bot is not a member", () => {
  it("answers through the shortcut's response_url, and shares through the button's", async () => {
    const channel = "D0PEOPLE1";
    h.slack.failNext("chat.postEphemeral", { error: "channel_not_found" });
    await use(channel, { ts: "920.1", text: "why do I get a 401 here?" }, "dm");
    await h.settle();
    expect(h.slack.callsTo("chat.postEphemeral")).toHaveLength(1);
    const [response] = h.slack.responses;
    expect(response).toMatchObject({
      id: "dm",
      body: { response_type: "ephemeral", replace_original: false, text: expect.stringContaining("401") },
    });
    const value = shareValueIn({ method: "x", params: response?.body ?? {}, authorized: true, at: 0 }) ?? "";
    expect(parseThreadShare(value)?.channel).toBe(channel);

    h.slack.reset();
    h.slack.failNext("chat.postMessage", { error: "channel_not_found" });
    await clickShare(channel, value, "dm-share");
    await h.settle();
    expect(h.slack.responses.map((post) => post.body)).toEqual([
      expect.objectContaining({
        response_type: "in_channel",
        replace_original: false,
        thread_ts: "920.1",
        text: expect.stringContaining("401"),
      }),
      { delete_original: true },
    ]);
  });
});
