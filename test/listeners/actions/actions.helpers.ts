import { vi } from "vitest";
import { type FakeClient, fakeClient, fakeDeps, fakeLogger } from "../../support/fakes.ts";

export type Where = "ephemeral" | "message" | "home" | "modal" | "unfurl";

/** A block_actions body for a click on the given surface. */
export function clickBody(where: Where, action: Record<string, unknown>): Record<string, unknown> {
  const base = {
    type: "block_actions",
    user: { id: "U1", username: "ada" },
    trigger_id: "T.1",
    actions: [action],
  };
  switch (where) {
    case "ephemeral":
      return {
        ...base,
        channel: { id: "C1", name: "general" },
        container: { type: "message", message_ts: "1.0", channel_id: "C1", is_ephemeral: true },
        response_url: "https://hooks.example/r",
      };
    case "message":
      return {
        ...base,
        channel: { id: "C1", name: "general" },
        message: { type: "message", ts: "2.0" },
        container: { type: "message", message_ts: "2.0", channel_id: "C1", is_ephemeral: false },
        response_url: "https://hooks.example/r",
      };
    case "home":
      return {
        ...base,
        container: { type: "view", view_id: "VHOME" },
        view: { id: "VHOME", type: "home", hash: "h0" },
      };
    case "modal":
      return {
        ...base,
        container: { type: "view", view_id: "VMOD" },
        view: { id: "VMOD", type: "modal", hash: "h1" },
      };
    case "unfurl":
      return {
        ...base,
        channel: { id: "C1", name: "general" },
        container: { type: "message_attachment", message_ts: "3.0", channel_id: "C1", is_app_unfurl: true },
        app_unfurl: { id: 1 },
        response_url: "https://hooks.example/r",
      };
  }
}

export function button(actionId: string, value: string) {
  return {
    type: "button",
    action_id: actionId,
    block_id: "b",
    value,
    text: { type: "plain_text", text: "x" },
  };
}

export function setupClick(
  where: Where,
  action: Record<string, unknown>,
  setup = fakeDeps(),
  client: FakeClient = fakeClient(),
) {
  const ack = vi.fn().mockResolvedValue(undefined);
  const respond = vi.fn().mockResolvedValue({ ok: true });
  const logger = fakeLogger();
  // The listeners post to the response_url through deps.respondTo, never Bolt's respond.
  const respondTo = vi.fn(() => respond);
  return {
    ...setup,
    deps: { ...setup.deps, respondTo },
    respondTo,
    client,
    ack,
    respond,
    logger,
    args: {
      ack,
      client: client as never,
      logger,
      body: clickBody(where, action) as never,
      action: action as never,
    },
  };
}
