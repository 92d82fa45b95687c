import { createHmac } from "node:crypto";
import { type Agent, request } from "node:http";
import { BOT_USER_ID, TEAM_ID } from "./fake-slack.ts";

/** Slack's request signature: v0= + hex HMAC-SHA256(secret, "v0:{timestamp}:{raw body}"). */
export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export const FORM = "application/x-www-form-urlencoded";
export const JSON_TYPE = "application/json";

export interface SendOptions {
  readonly secret: string;
  readonly contentType?: string;
  /** Seconds since the epoch; now by default. */
  readonly timestamp?: number;
  /** Overrides the computed signature; null sends none. */
  readonly signature?: string | null;
  readonly headers?: Record<string, string>;
  /**
   * Send with node:http through this keep-alive agent instead of fetch. Load tests use it: it
   * bounds the connections in flight, and is cheaper per request than fetch.
   */
  readonly agent?: Agent;
}

export interface Reply {
  readonly status: number;
  readonly text: string;
  readonly json: () => Record<string, unknown>;
}

/** POSTs a body to the app the way Slack does, signed unless told otherwise. */
export async function send(url: string, body: string, options: SendOptions): Promise<Reply> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": options.contentType ?? JSON_TYPE,
    "x-slack-request-timestamp": String(timestamp),
    ...options.headers,
  };
  const sig =
    options.signature === undefined ? signature(options.secret, timestamp, body) : options.signature;
  if (sig !== null) headers["x-slack-signature"] = sig;
  const { status, text } = options.agent
    ? await postWithAgent(url, body, headers, options.agent)
    : await fetch(url, { method: "POST", headers, body }).then(async (response) => ({
        status: response.status,
        text: await response.text(),
      }));
  return {
    status,
    text,
    json: () => JSON.parse(text) as Record<string, unknown>,
  };
}

function postWithAgent(
  url: string,
  body: string,
  headers: Record<string, string>,
  agent: Agent,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** A slash command's form body, shaped like Slack's. */
export function slashCommand(fields: {
  text: string;
  responseUrl: string;
  channel?: string;
  user?: string;
  command?: string;
  team?: string;
}): string {
  return new URLSearchParams({
    token: "legacy-verification-token",
    team_id: fields.team ?? TEAM_ID,
    team_domain: "status-bot-test",
    channel_id: fields.channel ?? "C0CHAN001",
    channel_name: "general",
    user_id: fields.user ?? "U0HUMAN01",
    user_name: "ada",
    command: fields.command ?? "/httpstatus",
    text: fields.text,
    api_app_id: "A0APP0001",
    is_enterprise_install: "false",
    response_url: fields.responseUrl,
    trigger_id: "13345224609.738474920.8088930838d88f008e0",
  }).toString();
}

let eventCounter = 0;

/** An Events API envelope around an event, from the test workspace unless `from` says another. */
export function eventEnvelope(
  event: Record<string, unknown>,
  eventId = `Ev${++eventCounter}${Date.now()}`,
  from: { readonly teamId: string; readonly botUserId: string } = { teamId: TEAM_ID, botUserId: BOT_USER_ID },
): string {
  return JSON.stringify({
    token: "legacy-verification-token",
    team_id: from.teamId,
    api_app_id: "A0APP0001",
    event,
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: from.teamId,
        user_id: from.botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
    event_context: `4-${eventId}`,
  });
}

/**
 * A person's message in a public channel, as the Events API sends it (its event_ts is its ts);
 * `fields` adds to it or overrides it (user, thread_ts, ...).
 */
export function channelMessage(
  fields: { readonly channel: string; readonly ts: string; readonly text: string } & Record<string, unknown>,
): Record<string, unknown> {
  return { type: "message", channel_type: "channel", user: "U0HUMAN01", event_ts: fields.ts, ...fields };
}

/** An interactivity form body: payload=<json>. */
export function interaction(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export interface ButtonClick {
  readonly actionId: string;
  readonly value: string;
  readonly container: Record<string, unknown>;
  readonly responseUrl?: string;
  readonly channel?: string;
  readonly view?: Record<string, unknown>;
  readonly message?: Record<string, unknown>;
  readonly user?: string;
}

/** A block_actions payload for a button click, shaped like Slack's. */
export function buttonClick(click: ButtonClick): Record<string, unknown> {
  return {
    type: "block_actions",
    user: { id: click.user ?? "U0HUMAN01", username: "ada", name: "ada", team_id: TEAM_ID },
    api_app_id: "A0APP0001",
    token: "legacy-verification-token",
    container: click.container,
    trigger_id: "13345224609.738474920.8088930838d88f008e0",
    team: { id: TEAM_ID, domain: "status-bot-test" },
    enterprise: null,
    is_enterprise_install: false,
    ...(click.channel ? { channel: { id: click.channel, name: "general" } } : {}),
    ...(click.view ? { view: click.view } : {}),
    ...(click.message ? { message: click.message } : {}),
    state: { values: {} },
    ...(click.responseUrl ? { response_url: click.responseUrl } : {}),
    actions: [
      {
        action_id: click.actionId,
        block_id: "b1",
        text: { type: "plain_text", text: "Button", emoji: true },
        value: click.value,
        type: "button",
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}

export interface MessageShortcutUse {
  readonly callbackId: string;
  /** The message the shortcut was used on, as Slack sends it (ts, text, thread_ts, user...). */
  readonly message: Record<string, unknown>;
  readonly channel?: string;
  readonly user?: string;
  readonly responseUrl?: string;
}

/** A message_action payload (a message shortcut), shaped like Slack's. */
export function messageShortcut(use: MessageShortcutUse): Record<string, unknown> {
  return {
    type: "message_action",
    token: "legacy-verification-token",
    action_ts: `${Date.now() / 1000}`,
    team: { id: TEAM_ID, domain: "status-bot-test" },
    user: { id: use.user ?? "U0HUMAN01", username: "ada", name: "ada", team_id: TEAM_ID },
    channel: { id: use.channel ?? "C0CHAN001", name: "general" },
    is_enterprise_install: false,
    enterprise: null,
    callback_id: use.callbackId,
    trigger_id: "13345224609.738474920.8088930838d88f008e0",
    response_url: use.responseUrl ?? "http://127.0.0.1:9/none",
    message_ts: use.message.ts,
    message: { type: "message", user: "U0OTHER01", ...use.message },
  };
}
