import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { actionPattern } from "../../cards/actions.ts";
import type { Card } from "../../cards/index.ts";
import { callSlack } from "../../slack/api/web-api.ts";
import { messageFromCard, notice } from "../../slack/messages/shapes.ts";
import { answerForValue, SORRY_TEXT } from "../answering.ts";
import type { BotDeps } from "../deps.ts";
import { shareOnce } from "./sharing.ts";

export { SHARE_FAILED, SHARE_UNCONFIRMED } from "./sharing.ts";

type ButtonArgs = Pick<SlackActionMiddlewareArgs<BlockButtonAction>, "ack" | "action" | "body"> &
  Pick<AllMiddlewareArgs, "client" | "logger">;

/**
 * "Share in channel" on an ephemeral card (value: what the card shows, "code:404" or "q:<query>"; see
 * src/cards/references.ts): posts the card for everyone, saying who shared it, then deletes the
 * ephemeral card. Where Slack says the bot may not post (slash commands work everywhere), the card
 * goes out through the command's response_url instead; never both (see shareOnce).
 */
export function shareInChannel(deps: BotDeps) {
  return async ({ ack, action, body, client, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const respond = deps.respondTo(body.response_url);
    const user = body.user.id;
    const channel = body.channel?.id ?? (body.container?.channel_id as string | undefined);
    let card: Card | undefined;
    try {
      const answer = answerForValue(deps.engine, action.value);
      if (answer) card = deps.cards.renderAnswer(answer, { shareable: false, sharedBy: user });
      // A value that points at nothing is bad input, not a failure of ours: a warning, and an apology.
      else
        logger.warn(`Nothing to share for the value ${String(JSON.stringify(action.value)).slice(0, 200)}`);
    } catch (error) {
      logger.error(`Could not build the card for the shared card (${action.value ?? "no value"}):`, error);
    }
    if (!card) {
      // Never share an apology with the whole channel: tell the person who clicked, and keep their card.
      await callSlack(
        logger,
        "response_url (share failed)",
        () => respond({ response_type: "ephemeral", replace_original: false, ...notice(SORRY_TEXT) }),
        { context: { channel, user } },
      );
      return;
    }
    await shareOnce(deps, { respond, client, logger }, { channel, user }, messageFromCard(card), "share");
  };
}

export function register(app: App, deps: BotDeps): void {
  app.action<BlockButtonAction>(
    { type: "block_actions", action_id: actionPattern("share") },
    shareInChannel(deps),
  );
}
