import type { AllMiddlewareArgs, App, BlockStaticSelectAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { actionPattern } from "../../cards/actions.ts";
import { parseReference } from "../../cards/references.ts";
import { callSlack } from "../../slack/api/web-api.ts";
import { quietly } from "../answering.ts";
import type { BotDeps } from "../deps.ts";

type SelectArgs = Pick<SlackActionMiddlewareArgs<BlockStaticSelectAction>, "ack" | "action" | "body"> &
  Pick<AllMiddlewareArgs, "client" | "logger">;

/** "class:4" (or a bare "4") -> 4; anything but a class -> undefined. */
export function parseClassDigit(value: string | undefined): number | undefined {
  const reference = parseReference(value);
  return reference?.kind === "class" ? reference.digit : undefined;
}

/** The Home tab's class browser: republish the Home view with the chosen class open. */
export function browseClass(deps: BotDeps) {
  return async ({ ack, action, body, client, logger }: SelectArgs): Promise<void> => {
    await ack();
    const digit = parseClassDigit(action.selected_option?.value);
    const view = quietly(logger, `the Home tab (class ${digit})`, () => deps.cards.renderHome(digit));
    if (!view) return;
    await callSlack(
      logger,
      "views.publish (browse class)",
      () => client.views.publish({ user_id: body.user.id, view }),
      {
        retryRateLimited: true,
        maxRateLimitWaitMs: deps.maxRateLimitWaitMs,
        context: { user: body.user.id, class: digit },
      },
    );
  };
}

export function register(app: App, deps: BotDeps): void {
  app.action<BlockStaticSelectAction>(
    { type: "block_actions", action_id: actionPattern("browseClass") },
    browseClass(deps),
  );
}
