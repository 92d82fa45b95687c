import type { App } from "@slack/bolt";
import { TtlSet } from "../store/ttl-cache.ts";
import * as browseClass from "./actions/browse-class.ts";
import * as compare from "./actions/compare.ts";
import * as shareInChannel from "./actions/share-in-channel.ts";
import * as shareInThread from "./actions/share-in-thread.ts";
import * as showCode from "./actions/show-code.ts";
import { httpstatusCommand } from "./commands/httpstatus.ts";
import { type BotDeps, createBotDeps } from "./deps.ts";
import * as appHomeOpened from "./events/app-home-opened.ts";
import * as appMention from "./events/app-mention.ts";
import * as appUninstalled from "./events/app-uninstalled.ts";
import * as linkShared from "./events/link-shared.ts";
import * as directMessage from "./messages/direct-message.ts";
import * as statusCodeMention from "./messages/status-code-mention.ts";
import * as explainMessage from "./shortcuts/explain-message.ts";

/**
 * One answer per event: Slack retries an event (X-Slack-Retry-Num) when it thinks we missed it, and
 * the retry carries the same event_id. The id is remembered when handling starts, so a retry that
 * arrives while the first delivery is still being answered is dropped too. The ids are in the store,
 * shared by the replicas (a retry may reach another one). While the store is unavailable, this
 * process's own memory of ids stands in: a retry to the same replica is still dropped, and the
 * passive explanations, which need the store to claim their codes, are skipped anyway.
 */
export function eventDedupe(deps: Pick<BotDeps, "events">) {
  const fallback = new TtlSet({ ttlMs: 2 * 60 * 60_000, maxSize: 20_000 });
  const firstDelivery = async (eventId: string, logger: { debug(...msg: unknown[]): void }) => {
    try {
      const first = await deps.events.claim(eventId);
      // Remembered here too, for an outage that starts before the retry comes.
      fallback.add(eventId);
      return first;
    } catch (error) {
      logger.debug(`Event ids are not shared while the store is unavailable (${String(error)})`);
      return fallback.addIfAbsent(eventId);
    }
  };
  return async ({
    body,
    context,
    logger,
    next,
  }: {
    body: unknown;
    context: { retryNum?: number; retryReason?: string };
    logger: { info(...msg: unknown[]): void; debug(...msg: unknown[]): void };
    next: () => Promise<void>;
  }): Promise<void> => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string" && eventId && !(await firstDelivery(eventId, logger))) {
      logger.info(
        `Event ${eventId} was handled already; ignoring its retry #${context.retryNum ?? "?"} (${context.retryReason ?? "no reason given"})`,
      );
      return;
    }
    await next();
  };
}

/**
 * The slash command's listener. It is handed to the receiver, not registered with `app.command()`:
 * its whole answer is the acknowledgement, so it skips Bolt's dispatch (see AckingReceiver).
 */
export function slashCommandListener(deps: BotDeps) {
  return httpstatusCommand(deps);
}

/** Every listener that goes through Bolt: events, messages, shortcuts and actions. */
export function registerListeners(app: App, deps: BotDeps = createBotDeps()): BotDeps {
  app.use(eventDedupe(deps));
  appMention.register(app, deps);
  linkShared.register(app, deps);
  appHomeOpened.register(app, deps);
  statusCodeMention.register(app, deps);
  directMessage.register(app, deps);
  explainMessage.register(app, deps);
  showCode.register(app, deps);
  compare.register(app, deps);
  shareInChannel.register(app, deps);
  shareInThread.register(app, deps);
  browseClass.register(app, deps);
  appUninstalled.register(app, deps);
  return deps;
}
