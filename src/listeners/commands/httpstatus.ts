import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { DEFAULT_COMMAND } from "../../cards/command.ts";
import type { Card } from "../../cards/index.ts";
import { PreparedReply } from "../../slack/messages/prepared.ts";
import { messageFromCard, notice } from "../../slack/messages/shapes.ts";
import { questionFromMessage } from "../../slack/messages/text.ts";
import { WORKSPACE_DEFAULT } from "../../store/store.ts";
import { safely } from "../answering.ts";
import { type BotDeps, workspaceOf } from "../deps.ts";

type CommandArgs = Pick<SlackCommandMiddlewareArgs, "command" | "ack"> & Pick<AllMiddlewareArgs, "logger">;

const muted = (command: string) =>
  "Okay: I won't explain status codes mentioned in messages in this conversation any more. " +
  `\`${command} unmute\` turns it back on; \`${command} <question>\` and @-mentions still work.`;
const unmuted = (command: string) =>
  'Okay: when a message here mentions a status code ("HTTP 503", "getting 429s"), I\'ll explain it in a thread. ' +
  `\`${command} mute\` turns it off.`;
const mutedWorkspace = (command: string) =>
  "Okay: I won't explain status codes mentioned in messages anywhere in this workspace, " +
  `except in conversations unmuted on their own (\`${command} unmute\` there). ` +
  `\`${command} unmute workspace\` turns it back on; \`${command} <question>\` and @-mentions still work.`;
const unmutedWorkspace = (command: string) =>
  "Okay: I'll explain status codes mentioned in messages across this workspace, " +
  `except in conversations muted on their own (\`${command} mute\` there). ` +
  `\`${command} mute workspace\` turns it off.`;

/** The settings the command changes, by what follows the command name. */
const SETTINGS: Record<
  string,
  { readonly mute: boolean; readonly wholeWorkspace: boolean; reply(command: string): string }
> = {
  mute: { mute: true, wholeWorkspace: false, reply: muted },
  unmute: { mute: false, wholeWorkspace: false, reply: unmuted },
  "mute workspace": { mute: true, wholeWorkspace: true, reply: mutedWorkspace },
  "unmute workspace": { mute: false, wholeWorkspace: true, reply: unmutedWorkspace },
};
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
 * mute|unmute` switch the explanations of codes mentioned in this conversation's messages, and
 * `/httpstatus mute|unmute workspace` the workspace's default (a conversation's own setting wins).
 * Help and hints name the command the request came with: the app answers its one command whatever
 * the manifest calls it.
 */
export function httpstatusCommand(deps: BotDeps) {
  return async ({ command, ack, logger }: CommandArgs): Promise<void> => {
    const name = commandName(command);
    const query = questionFromMessage(command.text);
    const keyword = query.toLowerCase().replace(/\s+/g, " ");
    const setting = Object.hasOwn(SETTINGS, keyword) ? SETTINGS[keyword] : undefined;
    if (setting) {
      const workspace = workspaceOf({ teamId: command.team_id, enterpriseId: command.enterprise_id });
      const where = { workspace, channel: setting.wholeWorkspace ? WORKSPACE_DEFAULT : command.channel_id };
      const place = setting.wholeWorkspace ? `workspace ${workspace}` : command.channel_id;
      const verb = setting.mute ? "mute" : "unmute";
      const saved = `${verb}d message mentions in ${place} (by ${command.user_id})`;
      const write = setting.mute ? deps.mutes.mute(where) : deps.mutes.unmute(where);
      // The answer is the acknowledgement, which Slack wants within 3 seconds: the write gets part
      // of them, and the answer says when it could not be confirmed in time.
      const outcome = await withinBudget(write, deps.storeBudgetMs);
      let reply = setting.reply(name);
      if (outcome === "saved") logger.info(saved);
      else if (outcome === "late") {
        reply = storeLate(name, keyword);
        write.then(
          () => logger.info(`${saved}, after the answer`),
          // The store reports an outage itself, once; this is the detail.
          (error: unknown) => logger.debug(`Could not ${verb} ${place}:`, error),
        );
      } else {
        reply = STORE_FAILED;
        await write.catch((error: unknown) => logger.debug(`Could not ${verb} ${place}:`, error));
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
        (): Card | PreparedReply => {
          const answer = deps.engine.answer(question);
          const options = { shareable: answer.intent !== "help", command: name };
          // Serialised from the answer's template where the cards keep them (the app's do).
          return deps.cards.commandReply?.(answer, options) ?? deps.cards.renderAnswer(answer, options);
        },
        () => {
          failed = true;
        },
      );
      reply = card instanceof PreparedReply ? card : { response_type: "ephemeral", ...messageFromCard(card) };
      // An apology is not remembered: the next ask tries again.
      if (!failed) deps.replies.set(key, reply);
    }
    await ack(reply);
  };
}
