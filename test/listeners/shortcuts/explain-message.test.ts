import { describe, expect, it, vi } from "vitest";
import { parseThreadShare } from "../../../src/cards/references.ts";
import { explainMessage } from "../../../src/listeners/shortcuts/explain-message.ts";
import { fakeClient, fakeDeps, fakeLogger, platformError } from "../../support/fakes.ts";

function use(message: Record<string, unknown>, setup = fakeDeps(), client = fakeClient(), channel = "C1") {
  const ack = vi.fn().mockResolvedValue(undefined);
  const respond = vi.fn().mockResolvedValue({ ok: true });
  const logger = fakeLogger();
  const shortcut = {
    type: "message_action",
    callback_id: "explain_http_codes",
    trigger_id: "T.1",
    message_ts: message.ts,
    response_url: "https://hooks.example/r",
    message: { type: "message", user: "U2", ...message },
    user: { id: "U1", name: "ada" },
    channel: { id: channel, name: "general" },
    team: { id: "T1", domain: "t" },
    token: "x",
    action_ts: "9.9",
  };
  // The answer goes to the response_url through deps.respondTo, never Bolt's respond.
  const done = explainMessage({ ...setup.deps, respondTo: () => respond })({
    ack,
    client: client as never,
    logger,
    shortcut: shortcut as never,
  });
  return { ...setup, client, ack, respond, logger, done };
}

/** The Share in thread button's value in a call's blocks. */
function shareValue(call: { blocks?: unknown } | undefined): string | undefined {
  const text = JSON.stringify(call?.blocks ?? []);
  return text.match(/"action_id":"share_in_thread","value":"([^"]*)"/)?.[1];
}

describe("Explain HTTP codes (message shortcut)", () => {
  it("answers the person ephemerally in the channel with the card of the code the message mentions", async () => {
    const { client, ack, respond, cards, done } = use({
      ts: "1.0",
      text: "we keep getting HTTP 503 in prod",
    });
    await done;
    expect(ack).toHaveBeenCalled();
    expect(cards.renderAnswer).toHaveBeenCalledWith(expect.objectContaining({ query: "503" }), {
      shareable: false,
    });
    const [call] = client.chat.postEphemeral.mock.calls[0] ?? [];
    expect(call).toMatchObject({ channel: "C1", user: "U1", text: expect.stringContaining("code:503") });
    expect(call).not.toHaveProperty("thread_ts");
    expect(parseThreadShare(shareValue(call))).toEqual({
      channel: "C1",
      threadTs: "1.0",
      answer: { kind: "codes", codes: [503] },
    });
    expect(respond).not.toHaveBeenCalled();
  });

  it("answers in the thread for a message in a thread, and shares in that thread", async () => {
    const { client, done } = use({ ts: "2.0", thread_ts: "1.0", text: "now a 502 Bad Gateway too" });
    await done;
    const [call] = client.chat.postEphemeral.mock.calls[0] ?? [];
    expect(call).toMatchObject({ channel: "C1", user: "U1", thread_ts: "1.0" });
    expect(parseThreadShare(shareValue(call))?.threadTs).toBe("1.0");
  });

  it("answers a thread's parent in the channel, and shares in its thread", async () => {
    const { client, done } = use({ ts: "1.0", thread_ts: "1.0", text: "HTTP 404 on /login" });
    await done;
    const [call] = client.chat.postEphemeral.mock.calls[0] ?? [];
    expect(call).not.toHaveProperty("thread_ts");
    expect(parseThreadShare(shareValue(call))?.threadTs).toBe("1.0");
  });

  it("shows short cards for several codes, read from the text and the attachments", async () => {
    const { client, cards, done } = use({
      ts: "1.0",
      text: "deploy check failed",
      attachments: [{ text: "HTTP 503 from checkout, then HTTP/1.1 429 Too Many Requests" }],
    });
    await done;
    expect(cards.renderCompact).toHaveBeenCalledTimes(2);
    const [call] = client.chat.postEphemeral.mock.calls[0] ?? [];
    expect(call?.text).toContain("compact code:503");
    expect(call?.text).toContain("compact code:429");
    expect(parseThreadShare(shareValue(call))?.answer).toEqual({ kind: "codes", codes: [503, 429] });
  });

  it("answers the situation a message describes when it mentions no code", async () => {
    const { client, engine, done } = use({ ts: "1.0", text: "the user is logged in but not an admin" });
    await done;
    expect(engine.answer).toHaveBeenCalledWith("the user is logged in but not an admin");
    const [call] = client.chat.postEphemeral.mock.calls[0] ?? [];
    expect(parseThreadShare(shareValue(call))?.answer).toEqual({
      kind: "query",
      query: "the user is logged in but not an admin",
    });
  });

  it("shares the codes its answer explains when the message is too long for a button value", async () => {
    const setup = fakeDeps();
    const long = `stack trace ${"frame ".repeat(500)}`;
    setup.engine.answer.mockImplementation((query: string) => ({
      query,
      intent: "scenario",
      codes: [
        { code: 500, entryId: "500" },
        { code: 503, entryId: "503" },
      ],
      suggestions: [],
      problems: [],
    }));
    const { client, done } = use({ ts: "1.0", text: long }, setup);
    await done;
    const [call] = client.chat.postEphemeral.mock.calls[0] ?? [];
    expect(parseThreadShare(shareValue(call))?.answer).toEqual({ kind: "codes", codes: [500] });
  });

  it("offers no share for help or 'not sure'", async () => {
    const { client, done } = use({ ts: "1.0", text: "" });
    await done;
    const [call] = client.chat.postEphemeral.mock.calls[0] ?? [];
    expect(call?.text).toContain("card help:");
    expect(shareValue(call)).toBeUndefined();
  });

  it("answers through the response_url where Slack says the bot may not post", async () => {
    const client = fakeClient();
    client.chat.postEphemeral.mockRejectedValueOnce(platformError("channel_not_found"));
    const { respond, done } = use({ ts: "1.0", text: "HTTP 503" }, fakeDeps(), client, "D0PEOPLE1");
    await done;
    expect(respond).toHaveBeenCalledTimes(1);
    expect(respond.mock.calls[0]?.[0]).toMatchObject({
      response_type: "ephemeral",
      replace_original: false,
      text: expect.stringContaining("code:503"),
    });
  });

  it("does not answer twice where Slack may have shown the answer (an HTTP 500)", async () => {
    const client = fakeClient();
    client.chat.postEphemeral.mockRejectedValueOnce(
      Object.assign(new Error("500"), { code: "slack_webapi_http_error", statusCode: 500 }),
    );
    const { respond, logger, done } = use({ ts: "1.0", text: "HTTP 503" }, fakeDeps(), client);
    await done;
    expect(respond).not.toHaveBeenCalled();
    expect(logger.lines.join("\n")).toContain("chat.postEphemeral (explain message) failed: http 500");
  });

  it("apologises, to the person only, when the engine fails", async () => {
    const { client, done } = use({ ts: "1.0", text: "boom" });
    await done;
    const [call] = client.chat.postEphemeral.mock.calls[0] ?? [];
    expect(call?.text).toContain("Sorry");
    expect(shareValue(call)).toBeUndefined();
  });
});

describe("Explain HTTP codes, a payload without its message", () => {
  it("is acknowledged and ignored, with a warning", async () => {
    const setup = fakeDeps();
    const client = fakeClient();
    const ack = vi.fn().mockResolvedValue(undefined);
    const logger = fakeLogger();
    await explainMessage(setup.deps)({
      ack,
      client: client as never,
      logger,
      shortcut: { type: "message_action", user: { id: "U1" }, channel: { id: "C1" } } as never,
    });
    expect(ack).toHaveBeenCalled();
    expect(client.chat.postEphemeral).not.toHaveBeenCalled();
    expect(logger.lines.join("\n")).toContain("without its message");
  });
});
