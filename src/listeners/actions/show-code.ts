import type {
  AllMiddlewareArgs,
  App,
  BlockButtonAction,
  BlockStaticSelectAction,
  SlackActionMiddlewareArgs,
} from "@slack/bolt";
import { actionPattern } from "../../cards/actions.ts";
import { answerForValue } from "../answering.ts";
import type { BotDeps } from "../deps.ts";
import { showCard } from "./show-card.ts";

type CodeAction = BlockButtonAction | BlockStaticSelectAction;
type CodeArgs = Pick<SlackActionMiddlewareArgs<CodeAction>, "ack" | "action" | "body"> &
  Pick<AllMiddlewareArgs, "client" | "logger">;

/** A button's value, or a menu's chosen option. */
export function chosenValue(action: CodeArgs["action"]): string | undefined {
  return action.type === "static_select" ? action.selected_option?.value : action.value;
}

/**
 * A related-code button, or a "show a code" menu in a class card (value: "code:404", "code:499-nginx"
 * or a bare entry id), swaps in that code's card.
 */
export function showCode(deps: BotDeps) {
  return async (args: CodeArgs): Promise<void> => {
    await args.ack();
    const value = chosenValue(args.action);
    await showCard(deps, args, `the code ${value ?? "(none)"}`, () => answerForValue(deps.engine, value));
  };
}

export function register(app: App, deps: BotDeps): void {
  app.action<CodeAction>({ type: "block_actions", action_id: actionPattern("showCode") }, showCode(deps));
}
