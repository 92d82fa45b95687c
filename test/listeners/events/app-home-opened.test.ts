import { describe, expect, it } from "vitest";
import { appHomeOpened } from "../../../src/listeners/events/app-home-opened.ts";
import { fakeClient, fakeDeps, fakeLogger, platformError } from "../../support/fakes.ts";

function open(tab: string, setup = fakeDeps(), client = fakeClient()) {
  const logger = fakeLogger();
  const event = { type: "app_home_opened", user: "U1", channel: "D1", tab, event_ts: "1.0" } as never;
  return {
    client,
    logger,
    ...setup,
    done: appHomeOpened(setup.deps)({ event, client: client as never, logger }),
  };
}

describe("app_home_opened", () => {
  it("publishes the Home view for the user", async () => {
    const { client, cards, done } = open("home");
    await done;
    expect(cards.renderHome).toHaveBeenCalledWith();
    expect(client.views.publish).toHaveBeenCalledWith({
      user_id: "U1",
      view: expect.objectContaining({ type: "home", blocks: expect.any(Array) }),
    });
  });

  it("publishes nothing when the Messages tab opens", async () => {
    const { client, done } = open("messages");
    await done;
    expect(client.views.publish).not.toHaveBeenCalled();
  });

  it("logs a failed views.publish", async () => {
    const failing = fakeClient();
    failing.views.publish.mockRejectedValueOnce(platformError("invalid_blocks"));
    const { logger, done } = open("home", fakeDeps(), failing);
    await done;
    expect(logger.lines.join("\n")).toContain("invalid_blocks");
  });
});
