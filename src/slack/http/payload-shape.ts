/*
 * Is a request's body shaped the way Slack sends it, as far as Bolt and the listeners read it?
 * A signed request that is not (a field missing or of the wrong type) is acknowledged and dropped
 * before Bolt looks at it: Bolt reads some fields without checking them (and throws), and a
 * listener must never act on half an event (posting to no channel, publishing to no user).
 */

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const absent = (value: unknown) => value === undefined || value === null;

/** True when one of the values is a non-empty string. */
const someId = (...values: unknown[]) => values.some((value) => typeof value === "string" && value !== "");

/**
 * Bolt picks the Web API client (the one with the bot token) by the request's workspace or
 * organisation: a request that names neither would be answered with a client that has no token.
 */
const NO_WORKSPACE = "it names no workspace";

/** Event fields that, when present, are strings (null counts as absent). */
const EVENT_STRINGS = [
  "type",
  "subtype",
  "user",
  "bot_id",
  "app_id",
  "channel",
  "channel_type",
  "ts",
  "thread_ts",
  "event_ts",
  "text",
  "tab",
  "message_ts",
  "unfurl_id",
  "source",
] as const;

/** What each event the app answers must have: the place its answer goes, and what it answers. */
const EVENT_REQUIRED = new Map<string, readonly string[]>([
  ["app_mention", ["channel", "ts", "text"]],
  ["message", ["channel", "ts"]],
  ["link_shared", ["channel", "links"]],
  ["app_home_opened", ["user", "tab"]],
]);

/** Event fields Bolt reads as a string or an object, and so never null. */
const NEVER_NULL = ["user", "channel"] as const;

function eventProblem(event: Fields): string | undefined {
  for (const field of EVENT_STRINGS) {
    if (!absent(event[field]) && typeof event[field] !== "string")
      return `its event's ${field} is not a string`;
  }
  for (const field of NEVER_NULL) {
    if (event[field] === null) return `its event's ${field} is null`;
  }
  const type = event.type as string | undefined;
  if (!type) return "its event has no type";
  for (const field of EVENT_REQUIRED.get(type) ?? []) {
    if (absent(event[field]) || event[field] === "") return `its ${type} event has no ${field}`;
  }
  if ("item" in event && !isObject(event.item)) return "its event's item is not an object";
  if (type === "link_shared") {
    const links = event.links;
    if (!Array.isArray(links) || !links.every((link) => isObject(link) && typeof link.url === "string")) {
      return "its link_shared event's links are not a list of links";
    }
    if (typeof event.message_ts !== "string" && typeof event.unfurl_id !== "string") {
      return "its link_shared event says neither which message nor which unfurl";
    }
  }
  return undefined;
}

/** Envelope fields that, when present, are strings. */
const ENVELOPE_STRINGS = ["type", "token", "team_id", "api_app_id", "event_id", "enterprise_id"] as const;

function envelopeProblem(body: Fields): string | undefined {
  if (!isObject(body.event)) return "its event is not an object";
  for (const field of ENVELOPE_STRINGS) {
    if (!absent(body[field]) && typeof body[field] !== "string") return `its ${field} is not a string`;
  }
  const { authorizations } = body;
  if (!absent(authorizations) && !(Array.isArray(authorizations) && authorizations.every(isObject))) {
    return "its authorizations are not a list of objects";
  }
  const first = Array.isArray(authorizations) ? (authorizations[0] as Fields | undefined) : undefined;
  if (!someId(first?.team_id, body.team_id, first?.enterprise_id, body.enterprise_id)) return NO_WORKSPACE;
  return eventProblem(body.event);
}

const COMMAND_STRINGS = ["command", "channel_id", "user_id"] as const;
const COMMAND_OPTIONAL_STRINGS = ["text", "response_url", "trigger_id", "team_id", "enterprise_id"] as const;

function commandProblem(body: Fields): string | undefined {
  for (const field of COMMAND_STRINGS) {
    if (typeof body[field] !== "string" || body[field] === "") return `the command has no ${field}`;
  }
  for (const field of COMMAND_OPTIONAL_STRINGS) {
    if (field in body && typeof body[field] !== "string") return `the command's ${field} is not one value`;
  }
  if (!someId(body.team_id, body.enterprise_id)) return NO_WORKSPACE;
  return undefined;
}

/** Strings inside the objects of an interactivity payload, when present. */
const NESTED_STRINGS: Record<string, readonly string[]> = {
  user: ["id", "team_id"],
  team: ["id"],
  enterprise: ["id"],
  channel: ["id"],
  container: ["type", "channel_id", "message_ts", "view_id"],
  message: ["ts", "thread_ts"],
  view: ["id", "hash", "type"],
};

/** Strings of each action, when present. */
const ACTION_STRINGS = ["action_id", "block_id", "type", "value", "action_ts"] as const;

function actionProblem(action: unknown): string | undefined {
  if (!isObject(action)) return "an action is not an object";
  if (typeof action.action_id !== "string") return "an action has no action_id";
  for (const field of ACTION_STRINGS) {
    if (!absent(action[field]) && typeof action[field] !== "string")
      return `an action's ${field} is not a string`;
  }
  const option = action.selected_option;
  if (!absent(option) && !(isObject(option) && typeof option.value === "string")) {
    return "an action's selected option has no value";
  }
  return undefined;
}

/** Interactivity payloads Bolt dispatches (actions, options, shortcuts, views). */
function interactiveProblem(body: Fields): string | undefined {
  if (!isObject(body.user) || typeof body.user.id !== "string" || body.user.id === "")
    return "it says no user";
  for (const [field, strings] of Object.entries(NESTED_STRINGS)) {
    const value = body[field];
    if (absent(value)) continue;
    if (!isObject(value)) return `its ${field} is not an object`;
    for (const inner of strings) {
      if (!absent(value[inner]) && typeof value[inner] !== "string")
        return `its ${field}'s ${inner} is not a string`;
    }
  }
  if (isObject(body.channel) && typeof body.channel.id !== "string") return "its channel has no id";
  // Bolt's parseTeamId: the team's id, or the user's team when there is no team (org-wide installs).
  const team = isObject(body.team) ? body.team.id : body.user.team_id;
  if (!someId(team, isObject(body.enterprise) ? body.enterprise.id : undefined)) return NO_WORKSPACE;
  if (isObject(body.container) && !absent(body.container.is_ephemeral)) {
    if (typeof body.container.is_ephemeral !== "boolean")
      return "its container's is_ephemeral is not true or false";
  }
  for (const field of ["response_url", "trigger_id", "type", "api_app_id", "token"] as const) {
    if (!absent(body[field]) && typeof body[field] !== "string") return `its ${field} is not a string`;
  }
  if ((body.type === "view_submission" || body.type === "view_closed") && !isObject(body.view)) {
    return "it has no view";
  }
  if ("actions" in body) {
    const { actions } = body;
    if (!Array.isArray(actions) || actions.length === 0) return "its actions are not a list of actions";
    for (const action of actions) {
      const problem = actionProblem(action);
      if (problem) return problem;
    }
  }
  return undefined;
}

const INTERACTIVE_TYPES = new Set([
  "block_actions",
  "block_suggestion",
  "interactive_message",
  "dialog_submission",
  "shortcut",
  "message_action",
  "view_submission",
  "view_closed",
]);

/**
 * What is wrong with a request's body, in a few words ("its app_mention event has no channel"), or
 * undefined when nothing is. Bodies of kinds the app does not know pass: Bolt ignores them.
 */
export function payloadProblem(body: unknown): string | undefined {
  if (!isObject(body)) return "the body is not an object";
  // The order is Bolt's (getTypeAndConversation): an event, a command, options, actions, the rest.
  if (body.event !== undefined) return envelopeProblem(body);
  if (body.command !== undefined) return commandProblem(body);
  if (
    body.name !== undefined ||
    body.actions !== undefined ||
    (typeof body.type === "string" && INTERACTIVE_TYPES.has(body.type))
  ) {
    return interactiveProblem(body);
  }
  return undefined;
}
