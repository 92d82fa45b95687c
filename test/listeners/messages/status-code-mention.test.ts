import { describe, expect, it } from "vitest";
import { statusCodeMention } from "../../../src/listeners/messages/status-code-mention.ts";
import {
  BOT,
  canExplain,
  type FakeClient,
  fakeClient,
  fakeDeps,
  fakeLogger,
  platformError,
} from "../../support/fakes.ts";

type Setup = ReturnType<typeof fakeDeps>;

async function say(
  event: Record<string, unknown>,
  setup: Setup = fakeDeps(),
  client: FakeClient = fakeClient(),
) {
  const logger = fakeLogger();
  const full = {
    type: "message",
    channel: "C1",
    channel_type: "channel",
    user: "U1",
    ts: "1.0",
    text: "",
    ...event,
  };
  await statusCodeMention(setup.deps)({
    event: full as never,
    client: client as never,
    context: { ...BOT },
    logger,
  });
  return { client, logger, ...setup };
}

describe("codes mentioned in messages", () => {
  it("replies in a thread with the compact card", async () => {
    const { client, cards } = await say({ text: "we're getting HTTP 503 from the gateway" });
    expect(cards.renderCompact).toHaveBeenCalledWith(
      expect.objectContaining({ codes: [{ code: 503, entryId: "503" }] }),
    );
    expect(client.chat.postMessage).toHaveBeenCalledWith(
      expect.objectContaining({ channel: "C1", thread_ts: "1.0", text: "compact code:503" }),
    );
  });

  it("replies in the thread a message is in", async () => {
    const { client } = await say({ text: "getting 429s", ts: "2.0", thread_ts: "1.0" });
    expect(client.chat.postMessage).toHaveBeenCalledWith(expect.objectContaining({ thread_ts: "1.0" }));
  });

  it("explains several codes in one reply, at most three", async () => {
    const { client } = await say({ text: "HTTP 500, then HTTP 502, HTTP 503 and HTTP 404" });
    const text = client.chat.postMessage.mock.calls[0]?.[0].text as string;
    expect(text.split("\n")).toEqual(["compact code:500", "compact code:502", "compact code:503"]);
  });

  it.each(["200 users signed up", "404 signups this week", "nothing to see"])("ignores %j", async (text) => {
    const { client } = await say({ text });
    expect(client.chat.postMessage).not.toHaveBeenCalled();
  });

  it.each([
    { bot_id: "B2" },
    { subtype: "bot_message", bot_id: "B2" },
    { user: "UBOT" },
    { subtype: "message_changed" },
    { subtype: "message_deleted" },
    { subtype: "channel_join" },
    { channel_type: "im", channel: "D1" },
    { text: "<@UBOT> why HTTP 503?" },
  ])("never answers %j (bots, itself, edits, DMs, messages for the mention listener)", async (event) => {
    const { client } = await say({ text: "HTTP 503 again", ...event });
    expect(client.chat.postMessage).not.toHaveBeenCalled();
  });

  it("answers group DMs and private channels", async () => {
    for (const channel_type of ["mpim", "group"]) {
      const { client } = await say({ text: "HTTP 503", channel: "G1", channel_type });
      expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
    }
  });

  it("does not explain a code twice in a thread nor again in the channel soon after", async () => {
    const setup = fakeDeps();
    const client = fakeClient();
    await say({ text: "HTTP 503", ts: "1.0" }, setup, client);
    await say({ text: "still HTTP 503", ts: "1.1", thread_ts: "1.0" }, setup, client);
    await say({ text: "HTTP 503 here too", ts: "2.0" }, setup, client);
    await say({ text: "HTTP 503", ts: "3.0", channel: "C2" }, setup, client);
    expect(client.chat.postMessage.mock.calls.map((call) => call[0].channel)).toEqual(["C1", "C2"]);
  });

  it("stays quiet in muted conversations", async () => {
    const setup = fakeDeps();
    await setup.deps.mutes.mute({ workspace: "", channel: "C1" });
    const { client } = await say({ text: "HTTP 503" }, setup);
    expect(client.chat.postMessage).not.toHaveBeenCalled();
  });

  it("counts links to pages that are not unfurled, but leaves unfurled ones to the unfurl", async () => {
    const { client } = await say({ text: "see <https://httpstatuses.com/502>" });
    expect(client.chat.postMessage).toHaveBeenCalledWith(
      expect.objectContaining({ text: "compact code:502" }),
    );
    const unfurled = await say({ text: "see <https://http.cat/503> we get HTTP 503" });
    expect(unfurled.client.chat.postMessage).not.toHaveBeenCalled();
  });

  it("forgets the claim when the reply fails, and logs", async () => {
    const setup = fakeDeps();
    const client = fakeClient();
    client.chat.postMessage.mockRejectedValueOnce(platformError("is_archived"));
    const { logger } = await say({ text: "HTTP 503" }, setup, client);
    expect(logger.lines.join("\n")).toContain("is_archived");
    await say({ text: "HTTP 503", ts: "2.0" }, setup, client);
    expect(client.chat.postMessage).toHaveBeenCalledTimes(2);
  });

  it("posts nothing when the engine fails", async () => {
    const setup = fakeDeps();
    setup.engine.answer.mockImplementation(() => {
      throw new Error("engine down");
    });
    const { client, logger } = await say({ text: "HTTP 503" }, setup);
    expect(client.chat.postMessage).not.toHaveBeenCalled();
    expect(logger.lines.join("\n")).toContain("engine down");
    expect(await canExplain(setup.deps, "C1", "1.0", 503)).toBe(true);
  });
});
