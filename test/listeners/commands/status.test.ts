import { describe, expect, it, vi } from "vitest";
import { statusCommand } from "../../../src/listeners/commands/status.ts";
import { fakeDeps, fakeLogger } from "../../support/fakes.ts";

function run(text: string, setup = fakeDeps()) {
  const ack = vi.fn().mockResolvedValue(undefined);
  const logger = fakeLogger();
  const command = { text, team_id: "T1", channel_id: "C1", user_id: "U1" } as never;
  return { ack, logger, ...setup, done: statusCommand(setup.deps)({ command, ack, logger }) };
}

describe("/status", () => {
  it("answers with the ephemeral card inside the acknowledgement", async () => {
    const { ack, done, engine, cards } = run("what is 429");
    await done;
    expect(engine.answer).toHaveBeenCalledWith("what is 429");
    expect(cards.renderAnswer).toHaveBeenCalledWith(expect.objectContaining({ intent: "code" }), {
      shareable: true,
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
    expect(unmuted.ack.mock.calls[0]?.[0]).toMatchObject({ text: expect.stringContaining("/status mute") });
    expect(setup.engine.answer).not.toHaveBeenCalled();
  });

  it("mutes only that channel of that workspace", async () => {
    const setup = fakeDeps();
    await run("mute", setup).done;
    expect(await setup.deps.mutes.isMuted({ workspace: "T2", channel: "C1" })).toBe(false);
    expect(await setup.deps.mutes.isMuted({ workspace: "T1", channel: "C2" })).toBe(false);
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
