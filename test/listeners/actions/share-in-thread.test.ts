import { describe, expect, it } from "vitest";
import { shareInThread } from "../../../src/listeners/actions/share-in-thread.ts";
import { SHARE_UNCONFIRMED } from "../../../src/listeners/actions/sharing.ts";
import { fakeClient, fakeDeps, platformError } from "../../support/fakes.ts";
import { button, setupClick } from "./actions.helpers.ts";

const click = (value: string, client = fakeClient(), setup = fakeDeps()) =>
  setupClick("ephemeral", button("share_in_thread", value), setup, client);

describe("Share in thread", () => {
  it("posts the codes' cards in the message's thread, then deletes the ephemeral answer", async () => {
    const setup = click("thread:C1:1.0:codes:503,429");
    await shareInThread(setup.deps)(setup.args);
    expect(setup.ack).toHaveBeenCalled();
    expect(setup.client.chat.postMessage).toHaveBeenCalledTimes(1);
    expect(setup.client.chat.postMessage).toHaveBeenCalledWith(
      expect.objectContaining({
        channel: "C1",
        thread_ts: "1.0",
        text: expect.stringMatching(/compact code:503[\s\S]*compact code:429/),
      }),
    );
    expect(setup.respond.mock.calls.map((call) => call[0])).toEqual([{ delete_original: true }]);
    // Explained in that thread now: a later mention there is not explained again.
    expect(await setup.deps.mentions.claim({ workspace: "", channel: "C1", threadTs: "1.0" }, [503])).toEqual(
      [],
    );
    expect(await setup.deps.mentions.claim({ workspace: "", channel: "C1", threadTs: "1.0" }, [429])).toEqual(
      [],
    );
  });

  it("shares the answer to a question again, from its reference", async () => {
    const setup = click("thread:C1:1.0:q:logged in but not an admin 403");
    await shareInThread(setup.deps)(setup.args);
    expect(setup.engine.answer).toHaveBeenCalledWith("logged in but not an admin 403");
    expect(setup.cards.renderAnswer).toHaveBeenCalledWith(expect.objectContaining({ intent: "code" }), {
      shareable: false,
    });
    expect(setup.client.chat.postMessage).toHaveBeenCalledWith(
      expect.objectContaining({ channel: "C1", thread_ts: "1.0" }),
    );
  });

  it.each(["", "code:404", "thread:C1:1.0:codes:abc", "thread:C2:1.0:codes:503"])(
    "refuses the value %j (malformed, or another conversation's) and tells the person",
    async (value) => {
      const setup = click(value);
      await shareInThread(setup.deps)(setup.args);
      expect(setup.client.chat.postMessage).not.toHaveBeenCalled();
      expect(setup.respond).toHaveBeenCalledWith(
        expect.objectContaining({ response_type: "ephemeral", text: expect.stringContaining("Sorry") }),
      );
    },
  );

  it("posts through the response_url, in the thread, where the bot is not a member", async () => {
    const client = fakeClient();
    client.chat.postMessage.mockRejectedValueOnce(platformError("not_in_channel"));
    const setup = click("thread:C1:1.0:codes:503", client);
    await shareInThread(setup.deps)(setup.args);
    expect(setup.respond.mock.calls.map((call) => call[0])).toEqual([
      expect.objectContaining({ response_type: "in_channel", replace_original: false, thread_ts: "1.0" }),
      { delete_original: true },
    ]);
  });

  it("never posts twice where Slack may have posted, and records nothing", async () => {
    const client = fakeClient();
    client.chat.postMessage.mockRejectedValueOnce(
      Object.assign(new Error("reset"), {
        code: "slack_webapi_request_error",
        original: { code: "ECONNRESET" },
      }),
    );
    const setup = click("thread:C1:1.0:codes:503", client);
    await shareInThread(setup.deps)(setup.args);
    expect(setup.respond.mock.calls.map((call) => call[0])).toEqual([
      expect.objectContaining({ response_type: "ephemeral", text: SHARE_UNCONFIRMED }),
    ]);
    expect(await setup.deps.mentions.claim({ workspace: "", channel: "C1", threadTs: "1.0" }, [503])).toEqual(
      [503],
    );
  });
});
