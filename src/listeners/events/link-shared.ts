import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { Block } from "../../cards/index.ts";
import { statusCodeFromUrl } from "../../engine/reading/links.ts";
import { callSlack } from "../../slack/api/web-api.ts";
import { quietly } from "../answering.ts";
import type { BotDeps } from "../deps.ts";

type LinkSharedArgs = Pick<SlackEventMiddlewareArgs<"link_shared">, "event"> &
  Pick<AllMiddlewareArgs, "client" | "context" | "logger">;

/** Slack sends at most a handful of links per event; more unfurls than this would drown the message. */
const MAX_UNFURLS = 5;

/**
 * `link_shared`: links to a status-code page on the manifest's unfurl domains (MDN, http.cat,
 * httpstatuses.io, RFC 9110 sections) unfurl into the compact card for that code. Other links are
 * left alone.
 */
export function linkShared(deps: BotDeps) {
  return async ({ event, client, context, logger }: LinkSharedArgs): Promise<void> => {
    if (event.user && event.user === context.botUserId) return;
    const unfurls: Record<string, { blocks: Block[] }> = {};
    for (const link of event.links ?? []) {
      if (Object.keys(unfurls).length >= MAX_UNFURLS) break;
      if (unfurls[link.url]) continue;
      const code = quietly(logger, `the link ${link.url}`, () => statusCodeFromUrl(link.url, deps.codes()));
      if (code === undefined) continue;
      const card = quietly(logger, `the unfurl of ${code}`, () =>
        deps.cards.renderCompact(deps.engine.answer(String(code))),
      );
      if (card && card.blocks.length > 0) unfurls[link.url] = { blocks: card.blocks };
    }
    if (Object.keys(unfurls).length === 0) return;
    // Links typed in the composer are unfurled by id (before the message exists), posted ones by ts.
    const target =
      event.source === "composer" && event.unfurl_id
        ? { unfurl_id: event.unfurl_id, source: "composer" as const }
        : { channel: event.channel, ts: event.message_ts };
    await callSlack(logger, "chat.unfurl", () => client.chat.unfurl({ ...target, unfurls }), {
      retryRateLimited: true,
      maxRateLimitWaitMs: deps.maxRateLimitWaitMs,
      context: { channel: event.channel, links: Object.keys(unfurls).length },
    });
  };
}

export function register(app: App, deps: BotDeps): void {
  app.event("link_shared", linkShared(deps));
}
