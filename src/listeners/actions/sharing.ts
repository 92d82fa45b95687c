import type { AllMiddlewareArgs } from "@slack/bolt";
import { remembering, slackDeclined } from "../../slack/api/delivery.ts";
import type { Respond } from "../../slack/api/response-url.ts";
import { callSlack } from "../../slack/api/web-api.ts";
import { notice, type SlackMessage } from "../../slack/messages/shapes.ts";
import type { BotDeps } from "../deps.ts";

export const SHARE_FAILED =
  "I couldn't post in this conversation. Invite me first (`/invite @Status Bot`), then share again.";
export const SHARE_UNCONFIRMED =
  "Slack didn't confirm that the card was posted, so I didn't post it again: have a look in the conversation before you share it once more.";

export interface ShareArgs {
  readonly respond: Respond;
  readonly client: AllMiddlewareArgs["client"];
  readonly logger: AllMiddlewareArgs["logger"];
}

export interface ShareTarget {
  /** Where to post; without it the card goes out through the response_url alone. */
  readonly channel: string | undefined;
  /** Post in this thread. */
  readonly threadTs?: string;
  /** Who shared it, for the log. */
  readonly user: string;
}

/** "posted": the card is there; "unconfirmed": it may be; "failed": Slack said it is not. */
export type ShareOutcome = "posted" | "unconfirmed" | "failed";

/**
 * Posts a shared card for everyone, once. chat.postMessage first; where Slack answers that the bot
 * may not post there (not_in_channel, channel_not_found, ...: slash commands and shortcuts work
 * where the bot is not a member), through the response_url instead. Never both when the first may
 * have posted: a timeout, a reset connection, a 5xx or an unreadable reply could hide a post that
 * happened, and the card would appear twice. Then the ephemeral card is removed (posted), or the
 * person is told what happened and keeps it.
 */
export async function shareOnce(
  deps: BotDeps,
  { respond, client, logger }: ShareArgs,
  target: ShareTarget,
  message: SlackMessage,
  what: string,
): Promise<ShareOutcome> {
  const { channel, threadTs, user } = target;
  const context = { channel, user };
  let outcome: ShareOutcome = "failed";
  if (channel) {
    const post = remembering(() =>
      client.chat.postMessage({
        channel,
        ...(threadTs ? { thread_ts: threadTs } : {}),
        ...message,
        unfurl_links: false,
        unfurl_media: false,
      }),
    );
    const posted = await callSlack(logger, `chat.postMessage (${what})`, post.call, {
      retryRateLimited: true,
      maxRateLimitWaitMs: deps.maxRateLimitWaitMs,
      context,
    });
    if (posted) outcome = "posted";
    else if (!slackDeclined(post.failure())) {
      logger.warn(`Not sharing through the response_url: Slack may have posted already ${describe(context)}`);
      outcome = "unconfirmed";
    }
  }
  if (outcome === "failed") {
    const post = remembering(() =>
      respond({
        response_type: "in_channel",
        replace_original: false,
        ...(threadTs ? { thread_ts: threadTs } : {}),
        ...message,
      }),
    );
    const posted = await callSlack(logger, `response_url (${what})`, post.call, { context });
    if (posted) outcome = "posted";
    else if (!slackDeclined(post.failure())) outcome = "unconfirmed";
  }
  if (outcome === "posted") {
    await callSlack(logger, "response_url (delete ephemeral)", () => respond({ delete_original: true }), {
      context,
    });
  } else {
    const text = outcome === "failed" ? SHARE_FAILED : SHARE_UNCONFIRMED;
    await callSlack(
      logger,
      `response_url (${what}: ${outcome})`,
      () => respond({ response_type: "ephemeral", replace_original: false, ...notice(text) }),
      { context },
    );
  }
  return outcome;
}

function describe(context: Record<string, string | undefined>): string {
  return Object.entries(context)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${value}`)
    .join(" ");
}
