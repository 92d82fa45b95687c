import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { actionPattern } from "../../cards/actions.ts";
import type { Card } from "../../cards/index.ts";
import { parseThreadShare } from "../../cards/references.ts";
import { withThreadShare } from "../../cards/thread-share.ts";
import { callSlack } from "../../slack/api/web-api.ts";
import { messageFromCard, notice } from "../../slack/messages/shapes.ts";
import { SORRY_TEXT } from "../answering.ts";
import { type BotDeps, workspaceOf } from "../deps.ts";
import { renderMessageAnswer } from "../shortcuts/explain-message.ts";
import { shareOnce } from "./sharing.ts";

type ButtonArgs = Pick<SlackActionMiddlewareArgs<BlockButtonAction>, "ack" | "action" | "body"> &
  Pick<AllMiddlewareArgs, "client" | "logger">;

/**
 * "Share in thread" on the answer to "Explain HTTP codes" (value: the thread and what to share, see
 * references.ts): posts the answer in the message's thread, saying who shared it, then removes the
 * ephemeral answer. Posted once, as Share in channel is (see shareOnce). The codes it explains then
 * count as explained in that thread.
 */
export function shareInThread(deps: BotDeps) {
  return async ({ ack, action, body, client, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const respond = deps.respondTo(body.response_url);
    const user = body.user.id;
    const share = parseThreadShare(action.value);
    const clickedIn = body.channel?.id ?? (body.container?.channel_id as string | undefined);
    let card: Card | undefined;
    let explained: number[] = [];
    // The answer was shown in the conversation it is about: a value naming another is not ours.
    if (!share || (clickedIn && clickedIn !== share.channel)) {
      logger.warn(
        `Nothing to share in a thread for the value ${JSON.stringify(action.value)?.slice(0, 200)}`,
      );
    } else {
      try {
        const rendered = renderMessageAnswer(deps, share.answer);
        card = withThreadShare(rendered.card, { sharedBy: user });
        explained = rendered.explained;
      } catch (error) {
        logger.error(`Could not build the card to share in a thread (${action.value ?? "no value"}):`, error);
      }
    }
    if (!share || !card) {
      // Never share an apology: tell the person who clicked, and keep their card.
      await callSlack(
        logger,
        "response_url (share in thread failed)",
        () => respond({ response_type: "ephemeral", replace_original: false, ...notice(SORRY_TEXT) }),
        { context: { channel: clickedIn, user } },
      );
      return;
    }
    const outcome = await shareOnce(
      deps,
      { respond, client, logger },
      { channel: share.channel, threadTs: share.threadTs, user },
      messageFromCard(card),
      "share in thread",
    );
    if (outcome === "posted" && explained.length > 0) {
      const workspace = workspaceOf({ teamId: body.team?.id, enterpriseId: body.enterprise?.id });
      await deps.mentions
        .record({ workspace, channel: share.channel, threadTs: share.threadTs }, explained)
        .catch((error: unknown) => logger.debug(`Could not record the codes explained: ${String(error)}`));
    }
  };
}

export function register(app: App, deps: BotDeps): void {
  app.action<BlockButtonAction>(
    { type: "block_actions", action_id: actionPattern("shareInThread") },
    shareInThread(deps),
  );
}
