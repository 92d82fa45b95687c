import { describe, expect, it } from "vitest";
import { appMention } from "../../../src/listeners/events/app-mention.ts";
import { BOT, canExplain, fakeClient, fakeDeps, fakeLogger, platformError } from "../../support/fakes.ts";

function mention(event: Record<string, unknown>, setup = fakeDeps(), client = fakeClient()) {
  const logger = fakeLogger();
  const full = { type: "app_mention", user: "U1", channel: "C1", ts: "1.0", text: "", ...event } as never;
  const done = appMention(setup.deps)({ event: full, client: client as never, context: { ...BOT }, logger });
  return { client, logger, ...setup, done };
}

describe("app_mention", () => {
  it("answers in a thread of the message, with the bot's mention removed", async () => {
    const { client, engine, cards, done } = mention({ text: "<@UBOT> what should I return when 429?" });
    await done;
    expect(engine.answer).toHaveBeenCalledWith("what should I return when 429?");
    expect(cards.renderAnswer).toHaveBeenCalledWith(expect.anything(), { shareable: false });
    expect(client.chat.postMessage).toHaveBeenCalledWith(
      expect.objectContaining({ channel: "C1", thread_ts: "1.0", text: expect.stringContaining("429") }),
    );
  });

  it("answers in the thread the mention is in", async () => {
    const { client, done } = mention({ text: "<@UBOT> 503?", ts: "2.0", thread_ts: "1.0" });
    await done;
    expect(client.chat.postMessage).toHaveBeenCalledWith(expect.objectContaining({ thread_ts: "1.0" }));
  });

  it("gives help for a bare mention", async () => {
    const { engine, done } = mention({ text: "<@UBOT>" });
    await done;
    expect(engine.answer).toHaveBeenCalledWith("help");
  });

  it.each([
    { bot_id: "B2", text: "<@UBOT> 404" },
    { subtype: "bot_message", text: "<@UBOT> 404" },
    { user: "UBOT", text: "<@UBOT> 404" },
    { channel: "D1", text: "<@UBOT> 404" },
  ])("stays quiet for %j", async (event) => {
    const { client, done } = mention(event);
    await done;
    expect(client.chat.postMessage).not.toHaveBeenCalled();
  });

  it("remembers the codes it explained in the thread", async () => {
    const { deps, done } = mention({ text: "<@UBOT> 503" });
    await done;
    expect(await canExplain(deps, "C1", "1.0", 503)).toBe(false);
  });

  it("remembers only the codes the card explains, not a scenario's runners-up", async () => {
    const setup = fakeDeps();
    setup.engine.answer.mockReturnValueOnce({
      query: "rate limit hit",
      intent: "scenario",
      codes: [
        { code: 429, entryId: "429" },
        { code: 503, entryId: "503" },
      ],
      suggestions: [],
      problems: [],
    });
    const { deps, done } = mention({ text: "<@UBOT> rate limit hit" }, setup);
    await done;
    expect(await deps.mentions.claim({ workspace: "", channel: "C1", threadTs: "1.0" }, [429])).toEqual([]);
    expect(await deps.mentions.claim({ workspace: "", channel: "C1", threadTs: "9.0" }, [503])).toEqual([
      503,
    ]);
  });

  it("logs Web API errors instead of throwing", async () => {
    const setup = fakeDeps();
    const failing = fakeClient();
    failing.chat.postMessage.mockRejectedValueOnce(platformError("not_in_channel"));
    const { logger, done } = mention({ text: "<@UBOT> 404" }, setup, failing);
    await expect(done).resolves.toBeUndefined();
    expect(logger.lines.join("\n")).toContain("not_in_channel");
    expect(await canExplain(setup.deps, "C1", "1.0", 404)).toBe(true);
  });

  it("apologises when the engine fails", async () => {
    const { client, done } = mention({ text: "<@UBOT> boom" });
    await done;
    expect(client.chat.postMessage).toHaveBeenCalledWith(
      expect.objectContaining({ text: expect.stringContaining("Sorry") }),
    );
  });
});
