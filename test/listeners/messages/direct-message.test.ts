import { describe, expect, it } from "vitest";
import { directMessage } from "../../../src/listeners/messages/direct-message.ts";
import { BOT, fakeClient, fakeDeps, fakeLogger } from "../../support/fakes.ts";

async function dm(event: Record<string, unknown>, setup = fakeDeps()) {
  const client = fakeClient();
  const logger = fakeLogger();
  const full = {
    type: "message",
    channel: "D1",
    channel_type: "im",
    user: "U1",
    ts: "1.0",
    text: "",
    ...event,
  };
  await directMessage(setup.deps)({
    event: full as never,
    client: client as never,
    context: { ...BOT },
    logger,
  });
  return { client, logger, ...setup };
}

describe("direct messages", () => {
  it("answers the question in a thread of the message", async () => {
    const { client, engine, cards } = await dm({ text: "what does 429 mean?" });
    expect(engine.answer).toHaveBeenCalledWith("what does 429 mean?");
    expect(cards.renderAnswer).toHaveBeenCalledWith(expect.anything(), { shareable: false });
    expect(client.chat.postMessage).toHaveBeenCalledWith(
      expect.objectContaining({ channel: "D1", thread_ts: "1.0", text: expect.stringContaining("code:429") }),
    );
  });

  it("removes its own mention and gives help for an empty message", async () => {
    const { engine } = await dm({ text: "<@UBOT> " });
    expect(engine.answer).toHaveBeenCalledWith("help");
  });

  it.each([
    { channel_type: "channel", channel: "C1" },
    { bot_id: "B1" },
    { user: "UBOT" },
    { subtype: "message_changed" },
  ])("ignores %j", async (event) => {
    const { client } = await dm({ text: "429", ...event });
    expect(client.chat.postMessage).not.toHaveBeenCalled();
  });
});
