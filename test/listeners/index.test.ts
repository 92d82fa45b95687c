import { describe, expect, it, vi } from "vitest";
import { eventDedupe, registerListeners } from "../../src/listeners/index.ts";
import { MemoryEventDedupe } from "../../src/store/memory.ts";
import { TtlSet } from "../../src/store/ttl-cache.ts";
import { fakeDeps, fakeLogger } from "../support/fakes.ts";

describe("eventDedupe", () => {
  it("lets each event_id through once, so retries post nothing", async () => {
    const middleware = eventDedupe({
      events: new MemoryEventDedupe(new TtlSet({ ttlMs: 60_000, maxSize: 10 })),
    });
    const logger = fakeLogger();
    const next = vi.fn().mockResolvedValue(undefined);
    await middleware({ body: { event_id: "Ev1" }, context: {}, logger, next });
    await middleware({
      body: { event_id: "Ev1" },
      context: { retryNum: 1, retryReason: "http_timeout" },
      logger,
      next,
    });
    await middleware({ body: { event_id: "Ev2" }, context: {}, logger, next });
    await middleware({ body: { type: "block_actions" }, context: {}, logger, next });
    await middleware({ body: { type: "block_actions" }, context: {}, logger, next });
    expect(next).toHaveBeenCalledTimes(4);
    expect(logger.lines.join("\n")).toContain(
      "Ev1 was handled already; ignoring its retry #1 (http_timeout)",
    );
  });

  it("while the store is unavailable, still drops retries to this process", async () => {
    const down = { claim: vi.fn().mockRejectedValue(new Error("database down")) };
    const middleware = eventDedupe({ events: down });
    const logger = fakeLogger();
    const next = vi.fn().mockResolvedValue(undefined);
    await middleware({ body: { event_id: "Ev1" }, context: {}, logger, next });
    await middleware({ body: { event_id: "Ev1" }, context: { retryNum: 1 }, logger, next });
    expect(next).toHaveBeenCalledTimes(1);
    expect(logger.lines.filter((line) => line.startsWith("error") || line.startsWith("warn"))).toEqual([]);
  });
});

describe("registerListeners", () => {
  it("registers the events, the messages, the shortcut and every action, and leaves the command to the receiver", () => {
    const app = { use: vi.fn(), command: vi.fn(), event: vi.fn(), action: vi.fn(), shortcut: vi.fn() };
    registerListeners(app as never, fakeDeps().deps);
    expect(app.use).toHaveBeenCalledTimes(1);
    expect(app.command).not.toHaveBeenCalled();
    expect(app.event.mock.calls.map((call) => call[0]).sort()).toEqual(
      [
        "app_home_opened",
        "app_mention",
        "link_shared",
        "message",
        "message",
        "app_uninstalled",
        "tokens_revoked",
      ].sort(),
    );
    const actionIds = app.action.mock.calls.map((call) =>
      String((call[0] as { action_id: RegExp }).action_id),
    );
    expect(actionIds).toEqual(
      expect.arrayContaining([
        expect.stringContaining("show_code"),
        expect.stringContaining("compare"),
        expect.stringContaining("share_in_channel"),
        expect.stringContaining("share_in_thread"),
        expect.stringContaining("browse_class"),
      ]),
    );
    expect(app.shortcut.mock.calls.map((call) => call[0])).toEqual([
      { type: "message_action", callback_id: "explain_http_codes" },
    ]);
  });
});
