import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from "@slack/bolt";
import { callSlack } from "../../slack/api/web-api.ts";
import { messageFromCard } from "../../slack/messages/shapes.ts";
import { questionFromMessage } from "../../slack/messages/text.ts";
import { explainedCodes, safely } from "../answering.ts";
import { type BotDeps, workspaceOf } from "../deps.ts";

type MentionArgs = Pick<SlackEventMiddlewareArgs<"app_mention">, "event"> &
  Pick<AllMiddlewareArgs, "client" | "context" | "logger">;

/**
 * `@Status Bot <question>`: the answer card in a thread of the question (the thread it is in, else
 * the message itself). The bot's mention is removed from the question.
 */
export function appMention(deps: BotDeps) {
  return async ({ event, client, context, logger }: MentionArgs): Promise<void> => {
    // Never answer bots (or ourselves): two bots could otherwise talk forever.
    if (event.bot_id || event.subtype === "bot_message" || (event.user && event.user === context.botUserId))
      return;
    // A mention in a direct message is answered by the direct-message listener (message.im).
    if (event.channel.startsWith("D")) return;
    const threadTs = event.thread_ts ?? event.ts;
    const question = questionFromMessage(event.text, context.botUserId);
    let codes: number[] = [];
    const card = safely(logger, "an @-mention", () => {
      const answer = deps.engine.answer(question || "help");
      codes = explainedCodes(answer);
      return deps.cards.renderAnswer(answer, { shareable: false });
    });
    const posted = await callSlack(
      logger,
      "chat.postMessage (mention answer)",
      () =>
        client.chat.postMessage({
          channel: event.channel,
          thread_ts: threadTs,
          ...messageFromCard(card),
          unfurl_links: false,
          unfurl_media: false,
        }),
      {
        retryRateLimited: true,
        maxRateLimitWaitMs: deps.maxRateLimitWaitMs,
        context: { channel: event.channel },
      },
    );
    // Codes explained on request count as explained: the same thread won't get them again unasked.
    // Only those the card explains (not a scenario's runners-up).
    if (posted && codes.length > 0) {
      await deps.mentions
        .record({ workspace: workspaceOf(context), channel: event.channel, threadTs }, codes)
        .catch((error: unknown) => logger.debug(`Could not record the codes explained: ${String(error)}`));
    }
  };
}

export function register(app: App, deps: BotDeps): void {
  app.event("app_mention", appMention(deps));
}
