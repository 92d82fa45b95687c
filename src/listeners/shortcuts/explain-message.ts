import type { AllMiddlewareArgs, App, MessageShortcut, SlackShortcutMiddlewareArgs } from "@slack/bolt";
import type { Card } from "../../cards/index.ts";
import { type MessageAnswer, referenceOf, threadShareValue } from "../../cards/references.ts";
import { withThreadShare } from "../../cards/thread-share.ts";
import type { Answer } from "../../engine/types.ts";
import { remembering, slackDeclined } from "../../slack/api/delivery.ts";
import { callSlack } from "../../slack/api/web-api.ts";
import { combineCards, messageFromCard } from "../../slack/messages/shapes.ts";
import { questionFromMessage, textOfMessage } from "../../slack/messages/text.ts";
import { answerForReference, explainedCodes, safely } from "../answering.ts";
import type { BotDeps } from "../deps.ts";
import { codesInMessage } from "../messages/status-code-mention.ts";

/** The message shortcut's callback_id, as manifest.yml registers it. */
export const EXPLAIN_SHORTCUT = "explain_http_codes";

type ShortcutArgs = Pick<SlackShortcutMiddlewareArgs<MessageShortcut>, "ack" | "shortcut"> &
  Pick<AllMiddlewareArgs, "client" | "logger">;

/** An answer to a message, and what its "Share in thread" button shares (none for help and "not sure"). */
export interface AnsweredMessage {
  readonly card: Card;
  readonly shared?: MessageAnswer;
  /** The codes the card explains. */
  readonly explained: readonly number[];
}

/** The card for the codes a message mentions: the full card for one, short cards for several. */
function codesCard(deps: BotDeps, codes: readonly number[]): Card {
  const [only] = codes;
  if (codes.length === 1 && only !== undefined)
    return deps.cards.renderAnswer(deps.engine.answer(String(only)), { shareable: false });
  return combineCards(codes.map((code) => deps.cards.renderCompact(deps.engine.answer(String(code)))));
}

/** The card of a shared answer, as "Explain HTTP codes" showed it (and as the thread gets it). */
export function renderMessageAnswer(
  deps: BotDeps,
  shared: MessageAnswer,
): {
  card: Card;
  explained: number[];
} {
  if (shared.kind === "codes") return { card: codesCard(deps, shared.codes), explained: [...shared.codes] };
  const answer = answerForReference(deps.engine, shared);
  if (!answer) throw new Error(`no answer for the shared reference ${JSON.stringify(shared)}`);
  return {
    card: deps.cards.renderAnswer(answer, { shareable: false }),
    explained: explainedCodes(answer),
  };
}

/** What a share of this answer carries: the answer's reference, or its codes where that won't fit. */
function sharedAnswerOf(answer: Answer): MessageAnswer | undefined {
  if (answer.intent === "help" || answer.intent === "unknown") return undefined;
  return referenceOf(answer);
}

/**
 * The answer to a message: the cards of the codes it mentions (read the way the passive listener
 * reads them, links included), else the engine's answer to what it says (a scenario, a name, a
 * comparison), else "not sure" with help.
 */
export function answerMessage(deps: BotDeps, text: string): AnsweredMessage {
  const codes = codesInMessage(text, deps);
  if (codes.length > 0)
    return { card: codesCard(deps, codes), shared: { kind: "codes", codes }, explained: codes };
  const answer = deps.engine.answer(questionFromMessage(text) || "help");
  return {
    card: deps.cards.renderAnswer(answer, { shareable: false }),
    shared: sharedAnswerOf(answer),
    explained: explainedCodes(answer),
  };
}

/** The "Share in thread" value, or one that fits (the codes the answer explains), or none. */
function shareValue(channel: string, threadTs: string, answered: AnsweredMessage): string | undefined {
  if (!answered.shared) return undefined;
  const value = threadShareValue({ channel, threadTs, answer: answered.shared });
  if (value !== undefined || answered.explained.length === 0) return value;
  // A question longer than a button value holds (a pasted log): share the codes its answer explains.
  return threadShareValue({ channel, threadTs, answer: { kind: "codes", codes: answered.explained } });
}

/**
 * The message shortcut "Explain HTTP codes", on any message in a channel or a thread: the answer
 * goes to the person who used it alone (chat.postEphemeral, in the message's thread when it is in
 * one), with a "Share in thread" button. It needs no history scope: the payload carries the
 * message. Where the bot may not post (a channel it is not in, a direct message between people),
 * the answer comes through the shortcut's response_url instead.
 */
export function explainMessage(deps: BotDeps) {
  return async ({ ack, shortcut, client, logger }: ShortcutArgs): Promise<void> => {
    await ack();
    const respond = deps.respondTo(shortcut.response_url);
    const user = shortcut.user.id;
    const channel = shortcut.channel?.id;
    const message = shortcut.message as MessageShortcut["message"] | undefined;
    if (typeof message?.ts !== "string") {
      logger.warn("A message shortcut came without its message; nothing to explain");
      return;
    }
    const replyTs = typeof message.thread_ts === "string" ? message.thread_ts : undefined;
    // The thread a share goes to: the message's own, or the one it starts.
    const threadTs = replyTs ?? message.ts;
    const card = safely(logger, "a message shortcut", () => {
      const answered = answerMessage(deps, textOfMessage(message));
      const value = channel ? shareValue(channel, threadTs, answered) : undefined;
      return value === undefined ? answered.card : withThreadShare(answered.card, { shareValue: value });
    });
    const reply = messageFromCard(card);
    const context = { channel, user };
    // In a thread, the answer shows there; for a message in the channel (a thread's parent too), in the channel.
    const inThread = replyTs && replyTs !== message.ts ? replyTs : undefined;
    if (channel) {
      const post = remembering(() =>
        client.chat.postEphemeral({
          channel,
          user,
          ...(inThread ? { thread_ts: inThread } : {}),
          ...reply,
        }),
      );
      const posted = await callSlack(logger, "chat.postEphemeral (explain message)", post.call, {
        retryRateLimited: true,
        maxRateLimitWaitMs: deps.maxRateLimitWaitMs,
        context,
      });
      if (posted || !slackDeclined(post.failure())) return;
    }
    await callSlack(
      logger,
      "response_url (explain message)",
      () => respond({ response_type: "ephemeral", replace_original: false, ...reply }),
      { context },
    );
  };
}

export function register(app: App, deps: BotDeps): void {
  app.shortcut<MessageShortcut>(
    { type: "message_action", callback_id: EXPLAIN_SHORTCUT },
    explainMessage(deps),
  );
}
