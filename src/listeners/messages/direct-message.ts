import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from "@slack/bolt";
import { callSlack } from "../../slack/api/web-api.ts";
import { messageFromCard } from "../../slack/messages/shapes.ts";
import { questionFromMessage } from "../../slack/messages/text.ts";
import { safely } from "../answering.ts";
import type { BotDeps } from "../deps.ts";
import { isDirectMessage, isHumanMessage, type MessageLike } from "./human.ts";

type MessageArgs = Pick<SlackEventMiddlewareArgs<"message">, "event"> &
  Pick<AllMiddlewareArgs, "client" | "context" | "logger">;

/**
 * A direct message to the bot is a question, answered like an @-mention: the card in a thread of
 * the message (the bot's mention, if typed, is removed).
 */
export function directMessage(deps: BotDeps) {
  return async ({ event, client, context, logger }: MessageArgs): Promise<void> => {
    const message = event as MessageLike;
    if (!isDirectMessage(message) || !isHumanMessage(message, context.botUserId)) return;
    const question = questionFromMessage(message.text, context.botUserId);
    const card = safely(logger, "a direct message", () =>
      deps.cards.renderAnswer(deps.engine.answer(question || "help"), { shareable: false }),
    );
    await callSlack(
      logger,
      "chat.postMessage (direct message answer)",
      () =>
        client.chat.postMessage({
          channel: message.channel,
          thread_ts: message.thread_ts ?? message.ts,
          ...messageFromCard(card),
          unfurl_links: false,
          unfurl_media: false,
        }),
      {
        retryRateLimited: true,
        maxRateLimitWaitMs: deps.maxRateLimitWaitMs,
        context: { channel: message.channel },
      },
    );
  };
}

export function register(app: App, deps: BotDeps): void {
  app.event("message", directMessage(deps));
}
