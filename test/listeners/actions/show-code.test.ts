import { describe, expect, it } from "vitest";
import { showCode } from "../../../src/listeners/actions/show-code.ts";
import { button, setupClick, type Where } from "./actions.helpers.ts";

async function click(where: Where, value = "code:404") {
  const setup = setupClick(where, button("show_code:404", value));
  await showCode(setup.deps)(setup.args);
  return setup;
}

describe("related-code buttons", () => {
  it("replace an ephemeral card through its response_url", async () => {
    const { ack, respond, engine, cards } = await click("ephemeral");
    expect(ack).toHaveBeenCalledTimes(1);
    expect(engine.answerForEntry).toHaveBeenCalledWith("404");
    expect(cards.renderAnswer).toHaveBeenCalledWith(expect.anything(), { shareable: true });
    expect(respond).toHaveBeenCalledWith(
      expect.objectContaining({ replace_original: true, text: expect.stringContaining("code:404") }),
    );
  });

  it("replace a posted card with chat.update", async () => {
    const { client, respond, cards } = await click("message");
    expect(cards.renderAnswer).toHaveBeenCalledWith(expect.anything(), { shareable: false });
    expect(client.chat.update).toHaveBeenCalledWith(
      expect.objectContaining({
        channel: "C1",
        ts: "2.0",
        text: expect.stringContaining("code:404"),
        blocks: expect.any(Array),
      }),
    );
    expect(respond).not.toHaveBeenCalled();
  });

  it("open the card in a modal from the Home tab", async () => {
    const { client } = await click("home");
    expect(client.views.open).toHaveBeenCalledWith({
      trigger_id: "T.1",
      view: expect.objectContaining({ type: "modal", blocks: expect.any(Array) }),
    });
  });

  it("update the modal they are in", async () => {
    const { client } = await click("modal");
    expect(client.views.update).toHaveBeenCalledWith(
      expect.objectContaining({
        view_id: "VMOD",
        hash: "h1",
        view: expect.objectContaining({ type: "modal" }),
      }),
    );
  });

  it("answer privately from an unfurl (the message is someone else's)", async () => {
    const { respond, client } = await click("unfurl");
    expect(respond).toHaveBeenCalledWith(
      expect.objectContaining({ response_type: "ephemeral", replace_original: false }),
    );
    expect(client.chat.update).not.toHaveBeenCalled();
  });

  it("read bare entry ids and the class card's code menu", async () => {
    const { engine } = await click("ephemeral", "499-nginx");
    expect(engine.answerForEntry).toHaveBeenCalledWith("499-nginx");
    const menu = {
      type: "static_select",
      action_id: "show_code:class-4",
      block_id: "b",
      selected_option: { value: "code:429", text: { type: "plain_text", text: "429" } },
    };
    const setup = setupClick("ephemeral", menu);
    await showCode(setup.deps)(setup.args);
    expect(setup.engine.answerForEntry).toHaveBeenCalledWith("429");
    expect(setup.respond).toHaveBeenCalledWith(
      expect.objectContaining({ text: expect.stringContaining("code:429") }),
    );
  });

  it("apologise when the value leads nowhere", async () => {
    const { respond } = await click("ephemeral", "");
    expect(respond).toHaveBeenCalledWith(expect.objectContaining({ text: expect.stringContaining("Sorry") }));
  });

  it("log a failed chat.update", async () => {
    const setup = setupClick("message", button("show_code:404", "code:404"));
    setup.client.chat.update.mockRejectedValueOnce(
      Object.assign(new Error("x"), {
        code: "slack_webapi_platform_error",
        data: { error: "message_not_found" },
      }),
    );
    await showCode(setup.deps)(setup.args);
    expect(setup.logger.lines.join("\n")).toContain("message_not_found");
  });
});
