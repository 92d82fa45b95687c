import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { DEFAULT_COMMAND } from "../../cards/command.ts";
import { messageFromCard, notice } from "../../slack/messages/shapes.ts";
import { questionFromMessage } from "../../slack/messages/text.ts";
import { safely } from "../answering.ts";
import { type BotDeps, workspaceOf } from "../deps.ts";

type CommandArgs = Pick<SlackCommandMiddlewareArgs, "command" | "ack"> & Pick<AllMiddlewareArgs, "logger">;

const muted = (command: string) =>
  "Okay: I won't explain status codes mentioned in messages in this conversation any more. " +
  `\`${command} unmute\` turns it back on; \`${command} <question>\` and @-mentions still work.`;
const unmuted = (command: string) =>
  'Okay: when a message here mentions a status code ("HTTP 503", "getting 429s"), I\'ll explain it in a thread. ' +
  `\`${command} mute\` turns it off.`;
const STORE_FAILED =
  "Sorry, I couldn't save that setting just now, so nothing changed. Please try again in a little while.";
const storeLate = (command: string, keyword: string) =>
  "Sorry, the database is slow to answer: that setting may not have been saved. " +
  `Please try \`${command} ${keyword}\` again in a little while.`;

/** How a write the acknowledgement waits for went: within the budget, or not yet known. */
type Outcome = "saved" | "failed" | "late";

/** Waits for `write` at most `budgetMs`; a write still running then goes on by itself. */
async function withinBudget(write: Promise<unknown>, budgetMs: number): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Outcome>((resolve) => {
    timer = setTimeout(resolve, budgetMs, "late");
  });
  try {
    return await Promise.race([
      write.then(
        (): Outcome => "saved",
        (): Outcome => "failed",
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The command as the person typed it ("/httpstatus"), which is whatever the manifest registers. */
function commandName(command: { command?: unknown }): string {
  return typeof command.command === "string" && command.command.startsWith("/")
    ? command.command
    : DEFAULT_COMMAND;
}

/**
 * `/httpstatus <question>`: the answer card, ephemeral, in the acknowledgement itself (inside
 * Slack's 3-second window). `/httpstatus` and `/httpstatus help` give help; `/httpstatus
 * mute|unmute` switch the explanations of codes mentioned in this conversation's messages. Help and
 * hints name the command the request came with: the app answers its one command whatever the
 * manifest calls it.
 */
export function httpstatusCommand(deps: BotDeps) {
  return async ({ command, ack, logger }: CommandArgs): Promise<void> => {
    const name = commandName(command);
    const query = questionFromMessage(command.text);
    const keyword = query.toLowerCase();
    if (keyword === "mute" || keyword === "unmute") {
      const where = {
        workspace: workspaceOf({ teamId: command.team_id, enterpriseId: command.enterprise_id }),
        channel: command.channel_id,
      };
      const saved = `${keyword}d message mentions in ${command.channel_id} (by ${command.user_id})`;
      const write = keyword === "mute" ? deps.mutes.mute(where) : deps.mutes.unmute(where);
      // The answer is the acknowledgement, which Slack wants within 3 seconds: the write gets part
      // of them, and the answer says when it could not be confirmed in time.
      const outcome = await withinBudget(write, deps.storeBudgetMs);
      let reply = keyword === "mute" ? muted(name) : unmuted(name);
      if (outcome === "saved") logger.info(saved);
      else if (outcome === "late") {
        reply = storeLate(name, keyword);
        write.then(
          () => logger.info(`${saved}, after the answer`),
          // The store reports an outage itself, once; this is the detail.
          (error: unknown) => logger.debug(`Could not ${keyword} ${command.channel_id}:`, error),
        );
      } else {
        reply = STORE_FAILED;
        await write.catch((error: unknown) =>
          logger.debug(`Could not ${keyword} ${command.channel_id}:`, error),
        );
      }
      await ack({ response_type: "ephemeral", ...notice(reply) });
      return;
    }
    const help = keyword === "" || keyword === "help";
    const question = help ? "help" : query;
    // A reply names the command it was asked with (help, hints), so the name is part of its key.
    const key = `${name} ${question}`;
    let reply = deps.replies.get(key);
    if (!reply) {
      let failed = false;
      const card = safely(
        logger,
        `${name} ${help ? "help" : "query"}`,
        () => {
          const answer = deps.engine.answer(question);
          return deps.cards.renderAnswer(answer, { shareable: answer.intent !== "help", command: name });
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
