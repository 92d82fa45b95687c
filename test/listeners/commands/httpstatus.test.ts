import { describe, expect, it, vi } from "vitest";
import { DEFAULT_COMMAND } from "../../../src/cards/command.ts";
import { httpstatusCommand } from "../../../src/listeners/commands/httpstatus.ts";
import { fakeDeps, fakeLogger } from "../../support/fakes.ts";

function run(text: string, setup = fakeDeps(), name = "/httpstatus") {
  const ack = vi.fn().mockResolvedValue(undefined);
  const logger = fakeLogger();
  const command = { command: name, text, team_id: "T1", channel_id: "C1", user_id: "U1" } as never;
  return { ack, logger, ...setup, done: httpstatusCommand(setup.deps)({ command, ack, logger }) };
}

describe("/httpstatus", () => {
  it("answers with the ephemeral card inside the acknowledgement", async () => {
    const { ack, done, engine, cards } = run("what is 429");
    await done;
    expect(engine.answer).toHaveBeenCalledWith("what is 429");
    expect(cards.renderAnswer).toHaveBeenCalledWith(expect.objectContaining({ intent: "code" }), {
      shareable: true,
      command: "/httpstatus",
    });
    expect(ack).toHaveBeenCalledTimes(1);
    expect(ack.mock.calls[0]?.[0]).toMatchObject({
      response_type: "ephemeral",
      text: expect.stringContaining("code:429"),
      blocks: expect.any(Array),
    });
  });

  it.each(["", "  ", "help", "HELP"])("gives help for %j, without a share button", async (text) => {
    const { ack, done, engine, cards } = run(text);
    await done;
    expect(engine.answer).toHaveBeenCalledWith("help");
    expect(cards.renderAnswer).toHaveBeenCalledWith(expect.objectContaining({ intent: "help" }), {
      shareable: false,
      command: "/httpstatus",
    });
    expect(ack.mock.calls[0]?.[0]).toMatchObject({ response_type: "ephemeral" });
  });

  it("mutes and unmutes message mentions for the channel", async () => {
    const setup = fakeDeps();
    const muted = run("mute", setup);
    await muted.done;
    expect(await setup.deps.mutes.isMuted({ workspace: "T1", channel: "C1" })).toBe(true);
    expect(muted.ack.mock.calls[0]?.[0]).toMatchObject({
      response_type: "ephemeral",
      text: expect.stringMatching(/won't/),
    });
    const unmuted = run(" Unmute ", setup);
    await unmuted.done;
    expect(await setup.deps.mutes.isMuted({ workspace: "T1", channel: "C1" })).toBe(false);
    expect(unmuted.ack.mock.calls[0]?.[0]).toMatchObject({
      text: expect.stringContaining("`/httpstatus mute`"),
    });
    expect(setup.engine.answer).not.toHaveBeenCalled();
  });

  it("mutes only that channel of that workspace", async () => {
    const setup = fakeDeps();
    await run("mute", setup).done;
    expect(await setup.deps.mutes.isMuted({ workspace: "T2", channel: "C1" })).toBe(false);
    expect(await setup.deps.mutes.isMuted({ workspace: "T1", channel: "C2" })).toBe(false);
  });

  it("mutes and unmutes the whole workspace, where a conversation has no setting of its own", async () => {
    const setup = fakeDeps();
    const run2 = (text: string, channel: string) => {
      const ack = vi.fn().mockResolvedValue(undefined);
      const command = {
        command: "/httpstatus",
        text,
        team_id: "T1",
        channel_id: channel,
        user_id: "U1",
      } as never;
      return { ack, done: httpstatusCommand(setup.deps)({ command, ack, logger: fakeLogger() }) };
    };
    const isMuted = (channel: string, workspace = "T1") => setup.deps.mutes.isMuted({ workspace, channel });
    const unmutedHere = run2("unmute", "C1");
    await unmutedHere.done;
    const everywhere = run2("Mute  Workspace", "C2");
    await everywhere.done;
    expect(everywhere.ack.mock.calls[0]?.[0]).toMatchObject({
      response_type: "ephemeral",
      text: expect.stringContaining("anywhere in this workspace"),
    });
    expect(everywhere.ack.mock.calls[0]?.[0].text).toContain("`/httpstatus unmute workspace`");
    expect(await isMuted("C2")).toBe(true);
    expect(await isMuted("C3")).toBe(true);
    // Unmuted on its own before: stays unmuted. Other workspaces: not affected.
    expect(await isMuted("C1")).toBe(false);
    expect(await isMuted("C2", "T2")).toBe(false);
    const back = run2("unmute workspace", "C3");
    await back.done;
    expect(back.ack.mock.calls[0]?.[0].text).toContain("across this workspace");
    expect(await isMuted("C2")).toBe(false);
    expect(setup.engine.answer).not.toHaveBeenCalled();
  });

  it("still acknowledges when the mute store fails, saying the setting was not saved", async () => {
    const setup = fakeDeps();
    setup.deps.mutes.mute = () => Promise.reject(new Error("store down"));
    const { ack, done, logger } = run("mute", setup);
    await done;
    expect(ack.mock.calls[0]?.[0]).toMatchObject({
      text: expect.stringContaining("couldn't save that setting"),
    });
    expect(logger.lines.join("\n")).toContain("store down");
  });

  it("acknowledges in time when the store is slow, saying the setting may not have been saved", async () => {
    const setup = fakeDeps({ storeBudgetMs: 20 });
    let finish = () => {};
    const pending = new Promise<void>((resolve) => {
      finish = resolve;
    });
    setup.deps.mutes.mute = () => pending;
    const { ack, done, logger } = run("mute", setup);
    await done;
    expect(ack).toHaveBeenCalledTimes(1);
    expect(ack.mock.calls[0]?.[0]).toMatchObject({
      response_type: "ephemeral",
      text: expect.stringContaining("may not have been saved"),
    });
    expect(ack.mock.calls[0]?.[0].text).toContain("`/httpstatus mute`");
    // The write goes on, and the log says when it is done.
    finish();
    await pending;
    await new Promise((resolve) => setImmediate(resolve));
    expect(logger.lines.join("\n")).toContain("after the answer");
  });

  it("acknowledges with an apology when the engine fails", async () => {
    const { ack, done, logger } = run("boom");
    await done;
    expect(ack).toHaveBeenCalledTimes(1);
    expect(ack.mock.calls[0]?.[0]).toMatchObject({
      response_type: "ephemeral",
      text: expect.stringContaining("Sorry"),
    });
    expect(logger.lines.some((line) => line.startsWith("error"))).toBe(true);
  });

  it("reads Slack's escaped command text", async () => {
    const { done, engine } = run("401 &amp; 403");
    await done;
    expect(engine.answer).toHaveBeenCalledWith("401 & 403");
  });

  it("answers a repeated question from its cache, and never caches an apology", async () => {
    const setup = fakeDeps();
    await run("what is 429", setup).done;
    const again = run("what is 429", setup);
    await again.done;
    expect(setup.engine.answer).toHaveBeenCalledTimes(1);
    expect(again.ack.mock.calls[0]?.[0]).toMatchObject({ text: expect.stringContaining("code:429") });

    await run("boom", setup).done;
    await run("boom", setup).done;
    expect(setup.engine.answer).toHaveBeenCalledWith("boom");
    expect(setup.engine.answer.mock.calls.filter(([q]) => q === "boom")).toHaveLength(2);
  });
});

describe("the command's name", () => {
  it("is the one the request came with, in help, hints and the cache key", async () => {
    const setup = fakeDeps();
    const renamed = run("help", setup, "/codes");
    await renamed.done;
    expect(setup.cards.renderAnswer).toHaveBeenLastCalledWith(expect.objectContaining({ intent: "help" }), {
      shareable: false,
      command: "/codes",
    });
    // The same question under another name is not answered from the other name's cache.
    await run("help", setup, "/httpstatus").done;
    expect(setup.engine.answer).toHaveBeenCalledTimes(2);
    expect(setup.cards.renderAnswer).toHaveBeenLastCalledWith(expect.objectContaining({ intent: "help" }), {
      shareable: false,
      command: "/httpstatus",
    });

    const mute = run("mute", setup, "/codes");
    await mute.done;
    expect(mute.ack.mock.calls[0]?.[0].text).toContain("`/codes unmute`");
    expect(mute.ack.mock.calls[0]?.[0].text).not.toContain("/httpstatus");
  });

  it("falls back to the manifest's when a request has none", async () => {
    const setup = fakeDeps();
    const ack = vi.fn().mockResolvedValue(undefined);
    const command = { text: "unmute", channel_id: "C1", user_id: "U1" } as never;
    await httpstatusCommand(setup.deps)({ command, ack, logger: fakeLogger() });
    expect(ack.mock.calls[0]?.[0].text).toContain(`\`${DEFAULT_COMMAND} mute\``);
  });
});
