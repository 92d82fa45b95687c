import { describe, expect, it } from "vitest";
import {
  SHARE_FAILED,
  SHARE_UNCONFIRMED,
  shareInChannel,
} from "../../../src/listeners/actions/share-in-channel.ts";
import { fakeClient, fakeDeps, platformError } from "../../support/fakes.ts";
import { button, setupClick } from "./actions.helpers.ts";

describe("Share in channel", () => {
  it("posts the card for everyone, saying who shared it, then deletes the ephemeral card", async () => {
    const setup = setupClick("ephemeral", button("share_in_channel", "code:429"));
    await shareInChannel(setup.deps)(setup.args);
    expect(setup.ack).toHaveBeenCalled();
    expect(setup.cards.renderAnswer).toHaveBeenCalledWith(expect.objectContaining({ intent: "code" }), {
      shareable: false,
      sharedBy: "U1",
    });
    expect(setup.client.chat.postMessage).toHaveBeenCalledWith(
      expect.objectContaining({
        channel: "C1",
        text: expect.stringContaining("by=U1"),
        blocks: expect.any(Array),
      }),
    );
    expect(setup.respond).toHaveBeenCalledTimes(1);
    expect(setup.respond).toHaveBeenCalledWith({ delete_original: true });
    // Through the app's response_url poster, for this click's URL.
    expect(setup.respondTo).toHaveBeenCalledWith("https://hooks.example/r");
  });

  it("shares a free-text question again", async () => {
    const setup = setupClick("ephemeral", button("share_in_channel", "q:rate limit hit 429"));
    await shareInChannel(setup.deps)(setup.args);
    expect(setup.engine.answer).toHaveBeenCalledWith("rate limit hit 429");
  });

  it("posts through the response_url where the bot is not a member", async () => {
    const client = fakeClient();
    client.chat.postMessage.mockRejectedValueOnce(platformError("not_in_channel"));
    const setup = setupClick("ephemeral", button("share_in_channel", "code:429"), fakeDeps(), client);
    await shareInChannel(setup.deps)(setup.args);
    expect(setup.respond.mock.calls.map((call) => call[0])).toEqual([
      expect.objectContaining({
        response_type: "in_channel",
        replace_original: false,
        text: expect.stringContaining("by=U1"),
      }),
      { delete_original: true },
    ]);
  });

  it("keeps the ephemeral card and explains when nothing could be posted", async () => {
    const client = fakeClient();
    client.chat.postMessage.mockRejectedValueOnce(platformError("channel_not_found"));
    const setup = setupClick("ephemeral", button("share_in_channel", "code:429"), fakeDeps(), client);
    setup.respond.mockRejectedValueOnce(
      Object.assign(new Error("Failed to respond"), { code: "slack_bolt_respond_error", statusCode: 404 }),
    );
    await shareInChannel(setup.deps)(setup.args);
    const last = setup.respond.mock.calls.at(-1)?.[0];
    expect(last).toMatchObject({ response_type: "ephemeral", replace_original: false, text: SHARE_FAILED });
    expect(setup.respond).not.toHaveBeenCalledWith({ delete_original: true });
  });

  it.each([
    [
      "a timeout",
      Object.assign(new Error("timeout"), {
        code: "slack_webapi_request_error",
        original: { name: "TimeoutError" },
      }),
    ],
    ["an HTTP 502", Object.assign(new Error("502"), { code: "slack_webapi_http_error", statusCode: 502 })],
    ["Slack's internal_error", platformError("internal_error")],
    ["a reply that is not JSON", platformError("<html><body>Bad gateway</body></html>")],
  ])("never falls back to the response_url after %s, where Slack may have posted", async (_name, error) => {
    const client = fakeClient();
    client.chat.postMessage.mockRejectedValueOnce(error);
    const setup = setupClick("ephemeral", button("share_in_channel", "code:429"), fakeDeps(), client);
    await shareInChannel(setup.deps)(setup.args);
    expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
    expect(setup.respond.mock.calls.map((call) => call[0])).toEqual([
      expect.objectContaining({
        response_type: "ephemeral",
        replace_original: false,
        text: SHARE_UNCONFIRMED,
      }),
    ]);
  });

  it("never shares an apology", async () => {
    const setup = setupClick("ephemeral", button("share_in_channel", ""));
    await shareInChannel(setup.deps)(setup.args);
    expect(setup.client.chat.postMessage).not.toHaveBeenCalled();
    expect(setup.respond).toHaveBeenCalledWith(
      expect.objectContaining({ response_type: "ephemeral", text: expect.stringContaining("Sorry") }),
    );
  });
});
