import type { AllMiddlewareArgs, BlockAction } from "@slack/bolt";
import type { Card } from "../../cards/index.ts";
import type { Answer } from "../../engine/types.ts";
import { callSlack } from "../../slack/api/web-api.ts";
import { messageFromCard, modalFromCard, notice } from "../../slack/messages/shapes.ts";
import { SORRY_TEXT, safely } from "../answering.ts";
import type { BotDeps } from "../deps.ts";

export interface CardActionArgs {
  readonly body: BlockAction;
  readonly client: AllMiddlewareArgs["client"];
  readonly logger: AllMiddlewareArgs["logger"];
}

/** Where the clicked button is: an ephemeral card, a posted card, an unfurl, or a view. */
export type Surface = "ephemeral" | "message" | "unfurl" | "home" | "modal";

export function surfaceOf(body: BlockAction): Surface {
  const container = body.container ?? {};
  if (container.type === "view" || body.view) return body.view?.type === "modal" ? "modal" : "home";
  if (container.type === "message_attachment" || body.app_unfurl) return "unfurl";
  return container.is_ephemeral ? "ephemeral" : "message";
}

/**
 * Swaps the card the button sits on for another answer's card, the way each surface allows:
 * an ephemeral card through its response_url, a posted card with chat.update, a card in a modal
 * with views.update. From the Home tab the card opens in a modal; from an unfurl (the unfurl belongs
 * to someone else's message) it comes as an ephemeral card.
 */
export async function showCard(
  deps: BotDeps,
  { body, client, logger }: CardActionArgs,
  what: string,
  build: () => Answer | undefined,
): Promise<void> {
  const surface = surfaceOf(body);
  const respond = deps.respondTo(body.response_url);
  const card: Card = safely(logger, what, () => {
    const answer = build();
    if (!answer) {
      // A value that points at nothing is bad input, not a failure of ours: a warning, and an apology.
      logger.warn(`No answer for ${what.slice(0, 200)}`);
      return notice(SORRY_TEXT);
    }
    return deps.cards.renderAnswer(answer, { shareable: surface === "ephemeral" || surface === "unfurl" });
  });
  const message = messageFromCard(card);
  const context = { surface, user: body.user.id };
  const retry = { retryRateLimited: true, maxRateLimitWaitMs: deps.maxRateLimitWaitMs, context };
  switch (surface) {
    case "ephemeral":
      await callSlack(
        logger,
        "response_url (replace card)",
        () => respond({ replace_original: true, ...message }),
        {
          context,
        },
      );
      return;
    case "unfurl":
      await callSlack(
        logger,
        "response_url (card from unfurl)",
        () => respond({ response_type: "ephemeral", replace_original: false, ...message }),
        { context },
      );
      return;
    case "message": {
      const channel = (body.container?.channel_id as string | undefined) ?? body.channel?.id;
      const ts = (body.container?.message_ts as string | undefined) ?? body.message?.ts;
      if (!channel || !ts) {
        logger.warn("A card button came without its message's channel and ts; nothing to update");
        return;
      }
      await callSlack(logger, "chat.update", () => client.chat.update({ channel, ts, ...message }), retry);
      return;
    }
    case "modal": {
      const view = body.view;
      if (!view) return;
      await callSlack(
        logger,
        "views.update",
        () => client.views.update({ view_id: view.id, hash: view.hash, view: modalFromCard(card) }),
        retry,
      );
      return;
    }
    case "home":
      // trigger_id expires in 3 seconds: no waiting for rate limits here.
      await callSlack(
        logger,
        "views.open",
        () => client.views.open({ trigger_id: body.trigger_id, view: modalFromCard(card) }),
        { context },
      );
      return;
  }
}
