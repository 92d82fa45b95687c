import { describe, expect, it } from "vitest";
import { remembering, slackDeclined } from "../../../src/slack/api/delivery.ts";

const platform = (error: string) =>
  Object.assign(new Error(error), { code: "slack_webapi_platform_error", data: { ok: false, error } });

describe("slackDeclined", () => {
  it.each(["not_in_channel", "channel_not_found", "is_archived", "restricted_action", "msg_too_long"])(
    "is true for %s: Slack says it did not post",
    (error) => {
      expect(slackDeclined(platform(error))).toBe(true);
    },
  );

  it("is true for a rate limit and a response_url that refused (4xx)", () => {
    expect(slackDeclined({ code: "slack_webapi_rate_limited_error", retryAfter: 3 })).toBe(true);
    expect(slackDeclined({ code: "slack_bolt_respond_error", statusCode: 404 })).toBe(true);
  });

  it.each([
    ["a timeout", { code: "slack_webapi_request_error", original: { name: "TimeoutError" } }],
    ["a reset connection", { code: "slack_webapi_request_error", original: { code: "ECONNRESET" } }],
    ["an HTTP 500", { code: "slack_webapi_http_error", statusCode: 500 }],
    ["fatal_error", platform("fatal_error")],
    ["internal_error", platform("internal_error")],
    ["a reply that is not JSON", platform("<html>502 Bad Gateway</html>")],
    ["a response_url 5xx", { code: "slack_bolt_respond_error", statusCode: 503 }],
    ["a fetch failure", new TypeError("fetch failed")],
    ["nothing", undefined],
  ])("is false for %s: Slack may have posted", (_name, error) => {
    expect(slackDeclined(error)).toBe(false);
  });
});

describe("remembering", () => {
  it("keeps the last failure of a call, and forgets it when a later call succeeds", async () => {
    let fail = true;
    const call = remembering(async () => {
      if (fail) throw platform("not_in_channel");
      return "ok";
    });
    await expect(call.call()).rejects.toThrow("not_in_channel");
    expect(slackDeclined(call.failure())).toBe(true);
    fail = false;
    await expect(call.call()).resolves.toBe("ok");
    expect(call.failure()).toBeUndefined();
  });
});
