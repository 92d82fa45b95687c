import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { messageFromCard, notice } from "../../slack/messages/shapes.ts";
import { questionFromMessage } from "../../slack/messages/text.ts";
import { safely } from "../answering.ts";
import { type BotDeps, workspaceOf } from "../deps.ts";

export const COMMAND = "/status";

type CommandArgs = Pick<SlackCommandMiddlewareArgs, "command" | "ack"> & Pick<AllMiddlewareArgs, "logger">;

const MUTED =
  "Okay: I won't explain status codes mentioned in messages in this conversation any more. " +
  "`/status unmute` turns it back on; `/status <question>` and @-mentions still work.";
const UNMUTED =
  'Okay: when a message here mentions a status code ("HTTP 503", "getting 429s"), I\'ll explain it in a thread. ' +
  "`/status mute` turns it off.";
const STORE_FAILED =
  "Sorry, I couldn't save that setting just now, so nothing changed. Please try again in a little while.";

/**
 * `/status <question>`: the answer card, ephemeral, in the acknowledgement itself (inside Slack's
 * 3-second window). `/status` and `/status help` give help; `/status mute|unmute` switch the
 * explanations of codes mentioned in this conversation's messages.
 */
export function statusCommand(deps: BotDeps) {
  return async ({ command, ack, logger }: CommandArgs): Promise<void> => {
    const query = questionFromMessage(command.text);
    const keyword = query.toLowerCase();
    if (keyword === "mute" || keyword === "unmute") {
      let reply = keyword === "mute" ? MUTED : UNMUTED;
      try {
        const where = {
          workspace: workspaceOf({ teamId: command.team_id, enterpriseId: command.enterprise_id }),
          channel: command.channel_id,
        };
        if (keyword === "mute") await deps.mutes.mute(where);
        else await deps.mutes.unmute(where);
        logger.info(`${keyword}d message mentions in ${command.channel_id} (by ${command.user_id})`);
      } catch (error) {
        // The store reports an outage itself, once; this is the detail.
        logger.debug(`Could not ${keyword} ${command.channel_id}:`, error);
        reply = STORE_FAILED;
      }
      await ack({ response_type: "ephemeral", ...notice(reply) });
      return;
    }
    const help = keyword === "" || keyword === "help";
    const key = help ? "help" : query;
    let reply = deps.replies.get(key);
    if (!reply) {
      let failed = false;
      const card = safely(
        logger,
        `/status ${help ? "help" : "query"}`,
        () => {
          const answer = deps.engine.answer(key);
          return deps.cards.renderAnswer(answer, { shareable: answer.intent !== "help" });
        },
        () => {
          failed = true;
        },
      );
      reply = { response_type: "ephemeral", ...messageFromCard(card) };
      // An apology is not remembered: the next ask tries again.
      if (!failed) deps.replies.set(key, reply);
    }
    await ack(reply);
  };
}
