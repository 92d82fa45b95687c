import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { actionPattern } from "../../cards/actions.ts";
import { answerForValue } from "../answering.ts";
import type { BotDeps } from "../deps.ts";
import { showCard } from "./show-card.ts";

type ButtonArgs = Pick<SlackActionMiddlewareArgs<BlockButtonAction>, "ack" | "action" | "body"> &
  Pick<AllMiddlewareArgs, "client" | "logger">;

/** A compare button (value: "pair:401,403" or "401,403") swaps in the comparison card. */
export function compare(deps: BotDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const value = args.action.value;
    await showCard(deps, args, `the comparison ${value ?? "(none)"}`, () =>
      answerForValue(deps.engine, value),
    );
  };
}

export function register(app: App, deps: BotDeps): void {
  app.action<BlockButtonAction>(
    { type: "block_actions", action_id: actionPattern("compare") },
    compare(deps),
  );
}
