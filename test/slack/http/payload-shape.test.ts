import { describe, expect, it } from "vitest";
import { payloadProblem } from "../../../src/slack/http/payload-shape.ts";

/** Shapes of real Slack payloads (from Slack's documentation), which must all pass. */
const envelope = (event: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  token: "XXYYZZ",
  team_id: "T123ABC456",
  api_app_id: "A123ABC456",
  event,
  type: "event_callback",
  event_id: "Ev123ABC456",
  event_time: 1_515_449_522,
  authorizations: [
    {
      enterprise_id: null,
      team_id: "T123ABC456",
      user_id: "U0BOT",
      is_bot: true,
      is_enterprise_install: false,
    },
  ],
  is_ext_shared_channel: false,
  event_context: "4-eyJldCI6Im1lc3NhZ2UifQ",
  ...extra,
});

const VALID: Record<string, unknown> = {
  "an app_mention": envelope({
    type: "app_mention",
    user: "U061F7AUR",
    text: "<@U0LAN0Z89> is it everything a river should be?",
    ts: "1515449522.000016",
    channel: "C123ABC456",
    event_ts: "1515449522000016",
  }),
  "an app_mention by another bot (no user)": envelope({
    type: "app_mention",
    bot_id: "B0OTHER",
    text: "<@U0LAN0Z89> 404",
    ts: "1.2",
    channel: "C1",
  }),
  "a message in a thread": envelope({
    type: "message",
    channel: "C123ABC456",
    user: "U123ABC456",
    text: "HTTP 503 again",
    ts: "1355517523.000005",
    thread_ts: "1355517500.000001",
    channel_type: "channel",
    blocks: [],
  }),
  "a message_changed (no user, no text at the top)": envelope({
    type: "message",
    subtype: "message_changed",
    hidden: true,
    channel: "C123ABC456",
    ts: "1358878755.000001",
    message: { type: "message", user: "U123ABC456", text: "Hello, world!", ts: "1355517523.000005" },
  }),
  "a file share with empty text": envelope({
    type: "message",
    subtype: "file_share",
    channel: "D123",
    channel_type: "im",
    user: "U1",
    text: "",
    ts: "1.3",
    files: [{ id: "F1" }],
  }),
  "a bot_message with a null bot_id field elsewhere": envelope({
    type: "message",
    subtype: "bot_message",
    channel: "C1",
    ts: "1.4",
    text: "x",
    bot_id: "B1",
    username: null,
    icons: null,
  }),
  "a link_shared in a posted message": envelope({
    type: "link_shared",
    channel: "Cxxxxxx",
    is_bot_user_member: true,
    user: "Uxxxxxxx",
    message_ts: "123456789.9875",
    unfurl_id: "C123456.123456789.987501.1b90fa1278528ce6e2f6c5c2bfa1abc9a41d57d02b29d173f40399c9ffdecf4b",
    event_ts: "123456621.1855",
    source: "conversations_history",
    links: [{ domain: "example.com", url: "https://example.com/12345" }],
  }),
  "a link_shared in the composer": envelope({
    type: "link_shared",
    channel: "COMPOSER",
    is_bot_user_member: false,
    user: "Uxxxxxxx",
    message_ts: "Uxxxxxxx-909b5454-75f8-4ac4-b325-1b40e230bbd8-gryl3kb80b3wm49ihzoo35fyqoq08n2y",
    unfurl_id: "Uxxxxxxx-909b5454-75f8-4ac4-b325-1b40e230bbd8-gryl3kb80b3wm49ihzoo35fyqoq08n2y",
    source: "composer",
    links: [{ domain: "http.cat", url: "https://http.cat/404" }],
  }),
  "an app_home_opened": envelope({
    type: "app_home_opened",
    user: "U123ABC456",
    channel: "D123ABC456",
    event_ts: "1515449522000016",
    tab: "home",
    view: { id: "V123", team_id: "T1", type: "home", blocks: [] },
  }),
  "an event of an org-wide install (no team id, an enterprise)": envelope(
    { type: "app_mention", user: "U1", text: "<@U0BOT> 404", ts: "1.1", channel: "C1" },
    {
      team_id: undefined,
      enterprise_id: "E1",
      authorizations: [{ enterprise_id: "E1", team_id: null, user_id: "U0BOT", is_bot: true }],
    },
  ),
  "an event the app does not handle": envelope({
    type: "reaction_added",
    user: "U1",
    reaction: "thumbsup",
    item: { type: "message", channel: "C1", ts: "1.1" },
    event_ts: "1.2",
  }),
  "a slash command": {
    token: "gIkuvaNzQIHg97ATvDxqgjtO",
    team_id: "T0001",
    team_domain: "example",
    enterprise_id: "E0001",
    enterprise_name: "Globular Construct Inc",
    channel_id: "C2147483705",
    channel_name: "test",
    user_id: "U2147483697",
    user_name: "Steve",
    command: "/status",
    text: "404",
    response_url: "https://hooks.slack.com/commands/1234/5678",
    trigger_id: "13345224609.738474920.8088930838d88f008e0",
    api_app_id: "A123456",
  },
  "a slash command with no text": { team_id: "T1", channel_id: "C1", user_id: "U1", command: "/status" },
  "a button click on an ephemeral card": {
    type: "block_actions",
    user: { id: "U1", username: "ada", team_id: "T1" },
    api_app_id: "A1",
    token: "x",
    container: { type: "message", message_ts: "1.1", channel_id: "C1", is_ephemeral: true },
    trigger_id: "1.2.3",
    team: { id: "T1", domain: "x" },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: "C1", name: "general" },
    state: { values: {} },
    response_url: "https://hooks.slack.com/actions/1/2/3",
    actions: [
      { action_id: "show_code:404", block_id: "b", value: "code:404", type: "button", action_ts: "1.3" },
    ],
  },
  "a menu choice in the Home tab (org-wide: no team, the user's team)": {
    type: "block_actions",
    user: { id: "U1", team_id: "T1" },
    container: { type: "view", view_id: "V1" },
    team: null,
    enterprise: { id: "E1", name: "Org" },
    view: { id: "V1", type: "home", hash: "h" },
    actions: [
      {
        action_id: "browse_class",
        type: "static_select",
        selected_option: { text: { type: "plain_text", text: "4xx" }, value: "4" },
        action_ts: "1.1",
      },
    ],
  },
  "a view submission": {
    type: "view_submission",
    team: { id: "T1" },
    user: { id: "U1" },
    view: { id: "V1", type: "modal", callback_id: "x", state: { values: {} } },
  },
  // Not looked up on Object.prototype (the fuzz test found "constructor" once did).
  "an event whose type is an Object.prototype name": envelope({ type: "constructor", user: "U1" }),
  "an unknown interactivity type": { type: "some_future_payload", user: { id: "U1" } },
  "an unknown JSON type": { type: "something_new", token: "x" },
};

describe("payloadProblem", () => {
  it.each(Object.entries(VALID))("passes %s", (_name, body) => {
    expect(payloadProblem(JSON.parse(JSON.stringify(body)))).toBeUndefined();
  });

  const mention = VALID["an app_mention"] as ReturnType<typeof envelope>;
  const click = VALID["a button click on an ephemeral card"] as Record<string, unknown>;
  const command = VALID["a slash command"] as Record<string, unknown>;
  const withEvent = (changes: Record<string, unknown>) => ({
    ...mention,
    event: { ...mention.event, ...changes },
  });

  it.each<[string, unknown, RegExp]>([
    ["null", null, /not an object/],
    ["an array", [], /not an object/],
    ["an event that is null", { ...mention, event: null }, /event is not an object/],
    ["an event that is a string", { ...mention, event: "x" }, /event is not an object/],
    ["an event with no type", withEvent({ type: undefined }), /no type/],
    ["an event whose type is a number", withEvent({ type: 5 }), /type is not a string/],
    ["a mention with no channel", withEvent({ channel: undefined }), /app_mention event has no channel/],
    ["a mention with an empty ts", withEvent({ ts: "" }), /has no ts/],
    ["a mention whose text is an object", withEvent({ text: { a: 1 } }), /text is not a string/],
    ["a mention whose user is null", withEvent({ user: null }), /user is null/],
    ["a mention whose thread_ts is a number", withEvent({ thread_ts: 5 }), /thread_ts is not a string/],
    ["an event whose item is not an object", withEvent({ item: "x" }), /item is not an object/],
    ["authorizations that are not a list", { ...mention, authorizations: "x" }, /authorizations/],
    ["authorizations holding null", { ...mention, authorizations: [null] }, /authorizations/],
    [
      "an envelope naming no workspace",
      { ...mention, team_id: undefined, authorizations: undefined },
      /workspace/,
    ],
    [
      "a link_shared whose links are not links",
      { ...mention, event: { type: "link_shared", channel: "C1", message_ts: "1.1", links: [{ url: 5 }] } },
      /links/,
    ],
    [
      "a link_shared saying no message nor unfurl",
      { ...mention, event: { type: "link_shared", channel: "C1", links: [{ url: "https://http.cat/404" }] } },
      /neither/,
    ],
    [
      "app_home_opened with no user",
      withEvent({ type: "app_home_opened", user: undefined, tab: "home" }),
      /no user/,
    ],
    ["a command with no user", { ...command, user_id: undefined }, /no user_id/],
    ["a command whose text came twice", { ...command, text: ["404", "500"] }, /text is not one value/],
    [
      "a command naming no workspace",
      { ...command, team_id: undefined, enterprise_id: undefined },
      /workspace/,
    ],
    ["a click with no user", { ...click, user: undefined }, /no user/],
    ["a click by an empty user id", { ...click, user: { id: "" } }, /no user/],
    ["a click with actions null", { ...click, actions: null }, /actions/],
    ["a click with no actions", { ...click, actions: [] }, /actions/],
    ["a click whose action has no action_id", { ...click, actions: [{ value: "x" }] }, /action_id/],
    ["a click whose value is a number", { ...click, actions: [{ action_id: "a", value: 4 }] }, /value/],
    ["a click whose channel id is a number", { ...click, channel: { id: 5 } }, /channel/],
    [
      "a click whose container's channel is a number",
      { ...click, container: { channel_id: 5 } },
      /container/,
    ],
    ["a click whose team has no id", { ...click, team: {} }, /workspace/],
    [
      "a view submission with no view",
      { type: "view_submission", user: { id: "U1" }, team: { id: "T1" } },
      /view/,
    ],
  ])("flags %s", (_name, body, expected) => {
    // As it comes off the wire: fields set to undefined above are absent.
    expect(payloadProblem(JSON.parse(JSON.stringify(body)))).toMatch(expected);
  });
});
