/*
 * Did a post happen? A post that failed with an answer from Slack saying why (not_in_channel, a
 * rate limit, an expired response_url) did not happen, and may be tried another way. A post that
 * timed out, met a reset connection, a 5xx or a reply that is not Slack's JSON may well have
 * happened: trying another way could show the message twice.
 */

import { RESPONSE_URL_ERROR } from "./response-url.ts";

/**
 * Web API errors with which Slack says it did not post (and so which another way may succeed):
 * where the bot may not post, and what Slack refused in the request itself. Errors such as
 * fatal_error, internal_error and request_timeout are missing on purpose: Slack says part of the
 * work may have been done. A reply that is not JSON comes out of the SDK as a platform error whose
 * "error" is that reply's text, which is never one of these.
 */
const DECLINED = new Set([
  // where the bot may not post
  "not_in_channel",
  "channel_not_found",
  "is_archived",
  "restricted_action",
  "restricted_action_read_only_channel",
  "restricted_action_thread_only_channel",
  "restricted_action_non_threadable_channel",
  "restricted_action_thread_locked",
  "cannot_reply_to_message",
  "ekm_access_denied",
  "team_access_not_granted",
  "access_denied",
  "no_permission",
  "missing_scope",
  "not_allowed_token_type",
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "token_expired",
  "org_login_required",
  "user_not_in_channel",
  "messages_tab_disabled",
  // what Slack refused in the request
  "msg_too_long",
  "no_text",
  "invalid_blocks",
  "invalid_blocks_format",
  "invalid_arguments",
  "too_many_attachments",
  "ratelimited",
  "rate_limited",
  "message_limit_exceeded",
]);

interface FailureShape {
  code?: string;
  statusCode?: number;
  data?: { error?: unknown };
  declined?: boolean;
}

/**
 * True when Slack answered that the call did not happen: a platform error it names (see DECLINED),
 * a rate limit (HTTP 429), or a response_url that refused the post (HTTP 4xx: expired, used up).
 * False for everything where Slack may have posted: timeouts, network errors, 5xx, unreadable replies.
 */
export function slackDeclined(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as FailureShape;
  switch (e.code) {
    case "slack_webapi_platform_error":
      return typeof e.data?.error === "string" && DECLINED.has(e.data.error);
    case "slack_webapi_rate_limited_error":
      return true;
    case "slack_bolt_respond_error":
      return typeof e.statusCode === "number" && e.statusCode >= 400 && e.statusCode < 500;
    // src/slack/api/response-url.ts: it says itself whether the post certainly did not happen.
    case RESPONSE_URL_ERROR:
      return e.declined === true;
    default:
      return false;
  }
}

/**
 * A call that remembers how it last failed: callSlack logs a failure and returns undefined, and
 * the caller still needs to know whether Slack declined (see slackDeclined).
 */
export function remembering<T>(call: () => Promise<T>): {
  readonly call: () => Promise<T>;
  readonly failure: () => unknown;
} {
  let failure: unknown;
  return {
    call: async () => {
      failure = undefined;
      try {
        return await call();
      } catch (error) {
        failure = error;
        throw error;
      }
    },
    failure: () => failure,
  };
}
