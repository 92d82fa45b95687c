import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from "@slack/bolt";
import { callSlack } from "../../slack/api/web-api.ts";
import { quietly } from "../answering.ts";
import type { BotDeps } from "../deps.ts";

type HomeOpenedArgs = Pick<SlackEventMiddlewareArgs<"app_home_opened">, "event"> &
  Pick<AllMiddlewareArgs, "client" | "logger">;

/** `app_home_opened` on the Home tab: publish the Home view (how to use the bot, classes, pairs). */
export function appHomeOpened(deps: BotDeps) {
  return async ({ event, client, logger }: HomeOpenedArgs): Promise<void> => {
    // The Messages tab (direct messages) opens this event too; it has nothing to publish.
    if (event.tab !== "home") return;
    const view = quietly(logger, "the Home tab", () => deps.cards.renderHome());
    if (!view) return;
    await callSlack(logger, "views.publish", () => client.views.publish({ user_id: event.user, view }), {
      retryRateLimited: true,
      maxRateLimitWaitMs: deps.maxRateLimitWaitMs,
      context: { user: event.user },
    });
  };
}

export function register(app: App, deps: BotDeps): void {
  app.event("app_home_opened", appHomeOpened(deps));
}
