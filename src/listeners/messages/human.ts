/** The fields of a `message` event the listeners read (Slack's message events are a wide union). */
export interface MessageLike {
  readonly type: string;
  readonly subtype?: string;
  readonly channel: string;
  readonly channel_type?: string;
  readonly user?: string;
  readonly bot_id?: string;
  readonly app_id?: string;
  readonly text?: string;
  readonly ts: string;
  readonly thread_ts?: string;
  readonly hidden?: boolean;
}

/** Subtypes that are still a person writing something new. Edits, deletions, joins and bots are not. */
const HUMAN_SUBTYPES = new Set([undefined, "thread_broadcast", "file_share", "me_message"]);

/** A new message written by a person (never a bot, never this app, never an edit or a join). */
export function isHumanMessage(message: MessageLike, botUserId: string | undefined): boolean {
  if (!HUMAN_SUBTYPES.has(message.subtype)) return false;
  if (message.bot_id || message.app_id || message.hidden) return false;
  if (!message.user || message.user === botUserId) return false;
  return true;
}

/** Direct messages with the bot; everything else (channels, private channels, group DMs) is a conversation. */
export function isDirectMessage(message: MessageLike): boolean {
  return (
    message.channel_type === "im" || (message.channel_type === undefined && message.channel.startsWith("D"))
  );
}
