import { describe, expect, it } from "vitest";
import { compare } from "../../../src/listeners/actions/compare.ts";
import { button, setupClick } from "./actions.helpers.ts";

describe("compare buttons", () => {
  it.each(["pair:401,403", "401,403"])("swap in the comparison for %j", async (value) => {
    const setup = setupClick("ephemeral", button("compare:401-403", value));
    await compare(setup.deps)(setup.args);
    expect(setup.ack).toHaveBeenCalled();
    expect(setup.engine.answerForPair).toHaveBeenCalledWith(401, 403);
    expect(setup.respond).toHaveBeenCalledWith(
      expect.objectContaining({ replace_original: true, text: expect.stringContaining("compare:401,403") }),
    );
  });

  it("open the comparison in a modal from the Home tab", async () => {
    const setup = setupClick("home", button("compare:home-401-403", "pair:401,403"));
    await compare(setup.deps)(setup.args);
    expect(setup.client.views.open).toHaveBeenCalledWith(expect.objectContaining({ trigger_id: "T.1" }));
  });

  it("fall back to the engine's own comparison when there is no pair answer", async () => {
    const setup = setupClick("ephemeral", button("compare:x", "pair:418,599"));
    setup.engine.answerForPair.mockReturnValueOnce(undefined as never);
    await compare(setup.deps)(setup.args);
    expect(setup.engine.answer).toHaveBeenCalledWith("418 vs 599");
  });
});
