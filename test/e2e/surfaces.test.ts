import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/cards/actions.ts";
import { renderAnswer, renderCompact, renderHome } from "../../src/cards/index.ts";
import { answer } from "../../src/engine/answer.ts";
import { getCatalog } from "../../src/knowledge/load.ts";
import { messageFromCard } from "../../src/slack/messages/shapes.ts";
import { BOT_USER_ID } from "../support/fake-slack.ts";
import { buttonClick, eventEnvelope, slashCommand } from "../support/slack-requests.ts";
import { type Harness, startHarness } from "./harness.ts";

const catalog = getCatalog();

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

let channelCounter = 0;
/** A fresh channel per test, so the "recently explained here" memory of one test does not leak. */
const freshChannel = () => `C0E2E${String(++channelCounter).padStart(4, "0")}`;

const message = (event: Record<string, unknown>) =>
  eventEnvelope({
    type: "message",
    channel_type: "channel",
    user: "U0HUMAN01",
    event_ts: event.ts,
    ...event,
  });

/** The first button or option value of a given action kind in a set of blocks. */
function valueFor(blocks: unknown, prefix: string): string | undefined {
  const found: string[] = [];
  JSON.stringify(blocks, (_key, value) => {
    if (
      value &&
      typeof value === "object" &&
      typeof value.action_id === "string" &&
      value.action_id.startsWith(prefix)
    ) {
      if (typeof value.value === "string") found.push(value.value);
      if (Array.isArray(value.options)) found.push(...value.options.map((o: { value: string }) => o.value));
    }
    return value;
  });
  return found[0];
}

describe("/httpstatus", () => {
  it("answers with the ephemeral card in the acknowledgement itself", async () => {
    const reply = await h.command(slashCommand({ text: "404", responseUrl: h.slack.responseUrl() }));
    expect(reply.status).toBe(200);
    const body = reply.json();
    expect(body.response_type).toBe("ephemeral");
    expect(body.text).toContain("404");
    expect(body).toMatchObject(
      messageFromCard(
        renderAnswer(answer("404", catalog), catalog, { shareable: true, command: "/httpstatus" }),
      ),
    );
    await h.settle();
    expect(h.slack.actions).toEqual([]);
    expect(h.slack.responses).toEqual([]);
  });

  it.each(["", "help"])("gives help for /httpstatus %j, teaching /httpstatus", async (text) => {
    const reply = await h.command(slashCommand({ text, responseUrl: h.slack.responseUrl() }));
    expect(reply.json()).toMatchObject({
      response_type: "ephemeral",
      ...messageFromCard(
        renderAnswer(answer("help", catalog), catalog, { shareable: false, command: "/httpstatus" }),
      ),
    });
    const taught = JSON.stringify(reply.json());
    expect(taught).toContain("`/httpstatus 403`");
    expect(taught).toContain("`/httpstatus mute`");
    expect(taught).toContain("`status 403`");
    expect(taught).not.toMatch(/`\/status\b/);
  });

  it("the README teaches /httpstatus too: /status only where it says why not (Slack's built-in)", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    expect(readme).toContain("`/httpstatus 429`");
    const mentions = readme.split("\n").filter((line) => /`\/status\b/.test(line));
    for (const line of mentions) expect(line).toMatch(/built-in/);
  });

  it("answers under whatever name the manifest gives the command, and teaches that name", async () => {
    const help = await h.command(
      slashCommand({ text: "help", command: "/codes", responseUrl: h.slack.responseUrl() }),
    );
    expect(JSON.stringify(help.json())).toContain("`/codes 401 vs 403`");
    expect(JSON.stringify(help.json())).not.toContain("/httpstatus");
    const unsure = await h.command(
      slashCommand({ text: "pizza recipe", command: "/codes", responseUrl: h.slack.responseUrl() }),
    );
    expect(JSON.stringify(unsure.json())).toContain("`/codes 403`");
    const mute = await h.command(
      slashCommand({
        text: "mute",
        command: "/codes",
        channel: freshChannel(),
        responseUrl: h.slack.responseUrl(),
      }),
    );
    expect(String(mute.json().text)).toContain("`/codes unmute`");
  });

  it("mutes and unmutes codes mentioned in the channel's messages", async () => {
    const channel = freshChannel();
    const mute = await h.command(slashCommand({ text: "mute", channel, responseUrl: h.slack.responseUrl() }));
    expect(mute.json()).toMatchObject({ response_type: "ephemeral", text: expect.stringContaining("won't") });
    await h.event(message({ channel, ts: "100.1", text: "we're getting HTTP 503 from the gateway" }));
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")).toEqual([]);

    const unmute = await h.command(
      slashCommand({ text: "unmute", channel, responseUrl: h.slack.responseUrl() }),
    );
    expect(unmute.json()).toMatchObject({ response_type: "ephemeral" });
    await h.event(message({ channel, ts: "100.2", text: "we're getting HTTP 503 from the gateway" }));
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")).toHaveLength(1);
  });
});

describe("@-mentions", () => {
  it("answer in a thread of the question with the bot's mention stripped", async () => {
    const channel = freshChannel();
    const question = "what should I return when the rate limit is hit? 429?";
    const reply = await h.event(
      eventEnvelope({
        type: "app_mention",
        user: "U0HUMAN01",
        channel,
        ts: "200.1",
        event_ts: "200.1",
        text: `<@${BOT_USER_ID}> ${question}`,
      }),
    );
    expect(reply.status).toBe(200);
    await h.settle();
    const [post, ...others] = h.slack.callsTo("chat.postMessage");
    expect(others).toEqual([]);
    expect(post?.authorized).toBe(true);
    expect(post?.params).toMatchObject({
      channel,
      thread_ts: "200.1",
      ...messageFromCard(renderAnswer(answer(question, catalog), catalog, { shareable: false })),
    });
  });

  it("answer in the thread the mention was made in", async () => {
    const channel = freshChannel();
    await h.event(
      eventEnvelope({
        type: "app_mention",
        user: "U0HUMAN01",
        channel,
        ts: "201.5",
        thread_ts: "201.1",
        event_ts: "201.5",
        text: `<@${BOT_USER_ID}> 503`,
      }),
    );
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")[0]?.params).toMatchObject({ channel, thread_ts: "201.1" });
    expect(String(h.slack.callsTo("chat.postMessage")[0]?.params.text)).toContain("503");
  });

  it("are answered once even though Slack also sends the message event", async () => {
    const channel = freshChannel();
    const text = `<@${BOT_USER_ID}> why HTTP 503?`;
    await h.event(
      eventEnvelope({
        type: "app_mention",
        user: "U0HUMAN01",
        channel,
        ts: "202.1",
        event_ts: "202.1",
        text,
      }),
    );
    await h.event(message({ channel, ts: "202.1", text }));
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")).toHaveLength(1);
  });
});

describe("@-mentions and codes mentioned later", () => {
  it("a scenario's runner-up is not 'already explained': a later message about it gets its card", async () => {
    const channel = freshChannel();
    const question = "what should I return when the rate limit is hit?";
    const asked = answer(question, catalog);
    expect(asked.intent).toBe("scenario");
    expect(asked.codes.slice(1).map((code) => code.code)).toContain(503);
    await h.event(
      eventEnvelope({
        type: "app_mention",
        user: "U0HUMAN01",
        channel,
        ts: "210.1",
        event_ts: "210.1",
        text: `<@${BOT_USER_ID}> ${question}`,
      }),
    );
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")).toHaveLength(1);

    // A new thread of the same channel, minutes later: 503 was only a runner-up, so it is explained.
    await h.event(
      message({ channel, ts: "211.1", text: "payments keeps returning HTTP 503 since the deploy" }),
    );
    // The recommendation (429) was explained: not again in the channel.
    await h.event(message({ channel, ts: "212.1", text: "and now getting 429s from the gateway" }));
    await h.settle();
    const posts = h.slack.callsTo("chat.postMessage");
    expect(posts).toHaveLength(2);
    expect(posts[1]?.params).toMatchObject({
      channel,
      thread_ts: "211.1",
      ...messageFromCard(renderCompact(answer("503", catalog), catalog)),
    });
  });
});

describe("direct messages", () => {
  it("are answered the same way", async () => {
    await h.event(
      eventEnvelope({
        type: "message",
        channel: "D0DM00001",
        channel_type: "im",
        user: "U0HUMAN01",
        ts: "300.1",
        event_ts: "300.1",
        text: "401 vs 403",
      }),
    );
    await h.settle();
    const posts = h.slack.callsTo("chat.postMessage");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.params).toMatchObject({
      channel: "D0DM00001",
      thread_ts: "300.1",
      ...messageFromCard(renderAnswer(answer("401 vs 403", catalog), catalog, { shareable: false })),
    });
  });
});

describe("link unfurls", () => {
  it("unfurl status-code pages into the compact card", async () => {
    const channel = freshChannel();
    const links = [
      "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/404",
      "https://http.cat/503",
      "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
      "https://developer.mozilla.org/en-US/docs/Web/JavaScript",
    ];
    await h.event(
      eventEnvelope({
        type: "link_shared",
        channel,
        is_bot_user_member: true,
        user: "U0HUMAN01",
        message_ts: "400.1",
        unfurl_id: `${channel}.400.1.abc`,
        source: "conversations_history",
        links: links.map((url) => ({ domain: new URL(url).hostname, url })),
        event_ts: "400.2",
      }),
    );
    await h.settle();
    const [unfurl, ...others] = h.slack.callsTo("chat.unfurl");
    expect(others).toEqual([]);
    expect(unfurl?.params).toMatchObject({ channel, ts: "400.1" });
    const unfurls = unfurl?.params.unfurls as Record<string, { blocks: unknown[] }>;
    expect(Object.keys(unfurls)).toEqual(links.slice(0, 3));
    expect(unfurls[links[0] ?? ""]?.blocks).toEqual(renderCompact(answer("404", catalog), catalog).blocks);
    expect(unfurls[links[1] ?? ""]?.blocks).toEqual(renderCompact(answer("503", catalog), catalog).blocks);
    expect(unfurls[links[2] ?? ""]?.blocks).toEqual(renderCompact(answer("401", catalog), catalog).blocks);
    for (const value of Object.values(unfurls)) expect(value.blocks.length).toBeLessThanOrEqual(3);
  });
});

describe("link unfurls in the composer", () => {
  it("are answered with chat.unfurl by unfurl_id and source, not channel and ts", async () => {
    const url = "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.4";
    const unfurlId = "U0HUMAN01-909b5454-75f8-4ac4-b325-1b40e230bbd8";
    await h.event(
      eventEnvelope({
        type: "link_shared",
        channel: "COMPOSER",
        is_bot_user_member: true,
        user: "U0HUMAN01",
        message_ts: unfurlId,
        unfurl_id: unfurlId,
        source: "composer",
        links: [{ domain: "datatracker.ietf.org", url }],
        event_ts: "410.1",
      }),
    );
    await h.settle();
    const [unfurl, ...others] = h.slack.callsTo("chat.unfurl");
    expect(others).toEqual([]);
    expect(unfurl?.params).toEqual({
      unfurl_id: unfurlId,
      source: "composer",
      unfurls: { [url]: { blocks: renderCompact(answer("403", catalog), catalog).blocks } },
      team_id: expect.any(String),
    });
  });
});

describe("links in message text", () => {
  it("to the retired httpstat.us are explained in the thread; RFC 9110 on datatracker is left to its unfurl", async () => {
    const channel = freshChannel();
    await h.event(message({ channel, ts: "420.1", text: "the mock returns <https://httpstat.us/503>" }));
    await h.event(
      message({
        channel,
        ts: "420.2",
        text: "see <https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.4|RFC 9110>",
      }),
    );
    await h.settle();
    const posts = h.slack.callsTo("chat.postMessage");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.params).toMatchObject({
      channel,
      thread_ts: "420.1",
      ...messageFromCard(renderCompact(answer("503", catalog), catalog)),
    });
  });
});

describe("codes mentioned in messages", () => {
  it("get the compact card in a thread, once per thread and channel", async () => {
    const channel = freshChannel();
    await h.event(
      message({ channel, ts: "500.1", text: "seeing a lot of HTTP/1.1 429 Too Many Requests today" }),
    );
    await h.settle();
    const posts = h.slack.callsTo("chat.postMessage");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.params).toMatchObject({
      channel,
      thread_ts: "500.1",
      ...messageFromCard(renderCompact(answer("429", catalog), catalog)),
    });

    await h.event(message({ channel, ts: "500.2", thread_ts: "500.1", text: "still getting 429s" }));
    await h.event(message({ channel, ts: "501.1", text: "status 429 again on another endpoint" }));
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("ignore bare numbers, bots and the bot itself", async () => {
    const channel = freshChannel();
    await h.event(message({ channel, ts: "510.1", text: "200 users signed up and 404 signups were lost" }));
    await h.event(
      message({
        channel,
        ts: "510.2",
        text: "HTTP 503",
        bot_id: "B0OTHER01",
        subtype: "bot_message",
        user: undefined,
      }),
    );
    await h.event(message({ channel, ts: "510.3", text: "HTTP 503", bot_id: "B0OTHER02" }));
    await h.event(message({ channel, ts: "510.4", text: "HTTP 503", user: BOT_USER_ID, bot_id: "BBOT0001" }));
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")).toEqual([]);
  });
});

describe("App Home", () => {
  it("publishes the Home tab when it opens, and not for the Messages tab", async () => {
    await h.event(
      eventEnvelope({
        type: "app_home_opened",
        user: "U0HUMAN01",
        channel: "D0DM00001",
        tab: "home",
        event_ts: "600.1",
      }),
    );
    await h.event(
      eventEnvelope({
        type: "app_home_opened",
        user: "U0HUMAN01",
        channel: "D0DM00001",
        tab: "messages",
        event_ts: "600.2",
      }),
    );
    await h.settle();
    const publishes = h.slack.callsTo("views.publish");
    expect(publishes).toHaveLength(1);
    expect(publishes[0]?.params).toEqual({
      user_id: "U0HUMAN01",
      view: renderHome(catalog),
      team_id: expect.any(String),
    });
    expect((renderHome(catalog).blocks as unknown[]).length).toBeLessThanOrEqual(100);
    const home = JSON.stringify(publishes[0]?.params.view);
    expect(home).toContain("`/httpstatus 403`");
    expect(home).toContain("Explain HTTP codes");
    expect(home).not.toMatch(/`\/status\b/);
  });

  it("browses a class from the select", async () => {
    const home = renderHome(catalog);
    const option = valueFor(home.blocks, ACTIONS.browseClass) ?? "4";
    const payload = buttonClick({
      actionId: ACTIONS.browseClass,
      value: option,
      container: { type: "view", view_id: "V0HOME001" },
      view: { id: "V0HOME001", type: "home", hash: "h0" },
    });
    const actions = payload.actions as Record<string, unknown>[];
    actions[0] = {
      type: "static_select",
      action_id: ACTIONS.browseClass,
      block_id: "b1",
      selected_option: { text: { type: "plain_text", text: "4xx" }, value: "4" },
      action_ts: "1.1",
    };
    const reply = await h.interact(payload);
    expect(reply.status).toBe(200);
    await h.settle();
    expect(h.slack.callsTo("views.publish")[0]?.params).toMatchObject({
      user_id: "U0HUMAN01",
      view: renderHome(catalog, 4),
    });
  });
});

describe("buttons", () => {
  const ephemeral = (channel: string) => ({
    type: "message",
    message_ts: "700.1",
    channel_id: channel,
    is_ephemeral: true,
  });

  it("a related-code button on an ephemeral card replaces it through the response_url", async () => {
    const card = renderAnswer(answer("403", catalog), catalog, { shareable: true });
    const value = valueFor(card.blocks, ACTIONS.showCode) ?? "code:401";
    const channel = freshChannel();
    const reply = await h.interact(
      buttonClick({
        actionId: `${ACTIONS.showCode}:x`,
        value,
        container: ephemeral(channel),
        channel,
        responseUrl: h.slack.responseUrl("rel"),
      }),
    );
    expect(reply.status).toBe(200);
    await h.settle();
    expect(h.slack.responses).toHaveLength(1);
    expect(h.slack.responses[0]).toMatchObject({ id: "rel", body: { replace_original: true } });
    expect(String(h.slack.responses[0]?.body.text)).toMatch(/\d{3}/);
    expect(h.slack.responses[0]?.body.blocks).toEqual(expect.any(Array));
  });

  it("a related-code button on a posted card updates it with chat.update", async () => {
    const channel = freshChannel();
    await h.interact(
      buttonClick({
        actionId: `${ACTIONS.showCode}:404`,
        value: "code:404",
        container: { type: "message", message_ts: "701.1", channel_id: channel, is_ephemeral: false },
        channel,
        message: { type: "message", ts: "701.1", text: "card" },
        responseUrl: h.slack.responseUrl("pub"),
      }),
    );
    await h.settle();
    expect(h.slack.callsTo("chat.update")[0]?.params).toMatchObject({
      channel,
      ts: "701.1",
      ...messageFromCard(renderAnswer(answer("404", catalog), catalog, { shareable: false })),
    });
  });

  it("a compare button shows the comparison", async () => {
    const home = renderHome(catalog);
    const value = valueFor(home.blocks, ACTIONS.compare) ?? "pair:401,403";
    const channel = freshChannel();
    await h.interact(
      buttonClick({
        actionId: `${ACTIONS.compare}:x`,
        value,
        container: ephemeral(channel),
        channel,
        responseUrl: h.slack.responseUrl("cmp"),
      }),
    );
    await h.settle();
    expect(h.slack.responses[0]?.body).toMatchObject({
      replace_original: true,
      text: expect.stringMatching(/\d{3}.*\d{3}/s),
    });
  });

  it("a compare button in the Home tab opens a modal", async () => {
    await h.interact(
      buttonClick({
        actionId: `${ACTIONS.compare}:home`,
        value: "pair:401,403",
        container: { type: "view", view_id: "V0HOME001" },
        view: { id: "V0HOME001", type: "home", hash: "h0" },
      }),
    );
    await h.settle();
    expect(h.slack.callsTo("views.open")[0]?.params).toMatchObject({
      trigger_id: expect.any(String),
      view: { type: "modal", blocks: expect.any(Array) },
    });
  });

  it("Share in channel posts the card for everyone and deletes the ephemeral one", async () => {
    const channel = freshChannel();
    const card = renderAnswer(answer("429", catalog), catalog, { shareable: true });
    const value = valueFor(card.blocks, ACTIONS.share);
    expect(value).toBeDefined();
    await h.interact(
      buttonClick({
        actionId: ACTIONS.share,
        value: value ?? "",
        container: ephemeral(channel),
        channel,
        responseUrl: h.slack.responseUrl("share"),
      }),
    );
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")[0]?.params).toMatchObject({
      channel,
      ...messageFromCard(
        renderAnswer(answer("429", catalog), catalog, { shareable: false, sharedBy: "U0HUMAN01" }),
      ),
    });
    expect(h.slack.responses).toEqual([{ id: "share", body: { delete_original: true } }]);
  });

  it("Share in channel goes through the response_url where the bot is not a member", async () => {
    const channel = freshChannel();
    h.slack.failNext("chat.postMessage", { error: "not_in_channel" });
    await h.interact(
      buttonClick({
        actionId: ACTIONS.share,
        value: "code:503",
        container: ephemeral(channel),
        channel,
        responseUrl: h.slack.responseUrl("share2"),
      }),
    );
    await h.settle();
    expect(h.slack.responses.map((r) => r.body)).toEqual([
      expect.objectContaining({
        response_type: "in_channel",
        replace_original: false,
        text: expect.stringContaining("503"),
      }),
      { delete_original: true },
    ]);
  });
});
