import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { Card } from "../../cards/index.ts";
import { codesToExplain } from "../../engine/reading/reader.ts";
import { callSlack } from "../../slack/api/web-api.ts";
import { combineCards, messageFromCard } from "../../slack/messages/shapes.ts";
import { slackToPlainText } from "../../slack/messages/text.ts";
import { quietly } from "../answering.ts";
import { type BotDeps, workspaceOf } from "../deps.ts";
import { isDirectMessage, isHumanMessage, type MessageLike } from "./human.ts";

type MessageArgs = Pick<SlackEventMiddlewareArgs<"message">, "event"> &
  Pick<AllMiddlewareArgs, "client" | "context" | "logger">;

/** The codes a message is about: those its words mention and those its links point at. */
export function codesInMessage(text: string, deps: BotDeps): number[] {
  const plain = slackToPlainText(text, { links: "url", mentions: "drop" });
  return codesToExplain(plain, deps.codes()).slice(0, deps.maxCodesPerMessage);
}

/**
 * A person's message in a conversation that mentions a status code unambiguously ("HTTP 503",
 * "getting 429s", a pasted status line) gets the compact card as a thread reply. Not for bots, not
 * for messages that @-mention the bot (the mention listener answers those), not in muted
 * conversations, and not for a code already explained in the thread or, recently, in the channel.
 * Nobody asked for these: when the store cannot say whether the conversation is muted or the code
 * was explained (a database outage), nothing is posted rather than risk a duplicate.
 */
export function statusCodeMention(deps: BotDeps) {
  return async ({ event, client, context, logger }: MessageArgs): Promise<void> => {
    const message = event as MessageLike;
    if (isDirectMessage(message) || !isHumanMessage(message, context.botUserId)) return;
    const text = message.text ?? "";
    if (context.botUserId && text.includes(`<@${context.botUserId}`)) return;
    const mentioned = quietly(logger, "a message", () => codesInMessage(text, deps)) ?? [];
    if (mentioned.length === 0) return;
    const thread = {
      workspace: workspaceOf(context),
      channel: message.channel,
      threadTs: message.thread_ts ?? message.ts,
    };
    let codes: number[];
    try {
      if (await deps.mutes.isMuted(thread)) {
        logger.debug(`Not explaining ${mentioned.join(", ")} in ${message.channel}: muted there`);
        return;
      }
      codes = await deps.mentions.claim(thread, mentioned);
    } catch (error) {
      logger.debug(`Not explaining codes in ${message.channel}: the store is unavailable (${String(error)})`);
      return;
    }
    if (codes.length === 0) {
      logger.debug(`Not explaining ${mentioned.join(", ")} in ${message.channel}: explained there already`);
      return;
    }
    // Not delivered: forget the claim so that a later mention may try again.
    const release = () =>
      deps.mentions.release(thread, codes).catch((error: unknown) => {
        logger.debug(`Could not release codes ${codes.join(", ")} in ${message.channel}: ${String(error)}`);
      });
    const cards = codes
      .map((code) =>
        quietly(logger, `the code ${code}`, () => deps.cards.renderCompact(deps.engine.answer(String(code)))),
      )
      .filter((card): card is Card => card !== undefined);
    if (cards.length === 0) {
      await release();
      return;
    }
    const posted = await callSlack(
      logger,
      "chat.postMessage (code mentioned)",
      () =>
        client.chat.postMessage({
          channel: message.channel,
          thread_ts: thread.threadTs,
          ...messageFromCard(combineCards(cards)),
          unfurl_links: false,
          unfurl_media: false,
        }),
      {
        retryRateLimited: true,
        maxRateLimitWaitMs: deps.maxRateLimitWaitMs,
        context: { channel: message.channel },
      },
    );
    if (!posted) await release();
  };
}

export function register(app: App, deps: BotDeps): void {
  app.event("message", statusCodeMention(deps));
}
