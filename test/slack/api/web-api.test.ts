import { describe, expect, it, vi } from "vitest";
import { callSlack, describeSlackError, sdkLogger } from "../../../src/slack/api/web-api.ts";

function fakeLogger() {
  const lines: string[] = [];
  const log = (...msg: unknown[]) => lines.push(msg.map(String).join(" "));
  return {
    lines,
    logger: {
      debug: log,
      info: log,
      warn: log,
      error: log,
      setLevel() {},
      getLevel: () => "debug",
      setName() {},
    } as never,
  };
}

const platform = (error: string) =>
  Object.assign(new Error(error), { code: "slack_webapi_platform_error", data: { error } });
const rateLimited = (retryAfter: number) =>
  Object.assign(new Error("rate limited"), { code: "slack_webapi_rate_limited_error", retryAfter });
const network = () =>
  Object.assign(new Error("A request error occurred"), {
    code: "slack_webapi_request_error",
    original: { code: "ECONNRESET" },
  });

describe("describeSlackError", () => {
  it("names the error without secrets", () => {
    expect(describeSlackError(platform("not_in_channel"))).toBe("not_in_channel");
    expect(describeSlackError(rateLimited(3))).toBe("ratelimited (retry after 3 s)");
    expect(describeSlackError(network())).toBe("network: ECONNRESET");
    expect(describeSlackError({ code: "slack_webapi_http_error", statusCode: 502 })).toBe("http 502");
    expect(describeSlackError(Object.assign(new Error("x"), { statusCode: 404 }))).toBe("http 404");
    expect(describeSlackError(new Error("boom"))).toBe("boom");
  });

  it("an upstream's error page in place of Slack's error code is named, cut short and kept on one line", () => {
    const page = `<html>\n${"x".repeat(100_000)}\n2026-01-01T00:00:00.000Z ERROR [status-bot] forged</html>`;
    const described = describeSlackError(platform(page));
    expect(described.length).toBeLessThan(200);
    expect(described).not.toContain("\n");
    expect(described).toMatch(/^unexpected answer \(100\d+ characters\): "<html>\\nxxx/);
    expect(describeSlackError(new Error(`boom\n${"y".repeat(10_000)}`))).not.toContain("\n");
  });

  it("says what a network failure was: a timeout, or the socket's error under fetch's", () => {
    const request = (original: unknown) => ({ code: "slack_webapi_request_error", original });
    // AbortSignal.timeout: a DOMException whose numeric code (23) says nothing.
    expect(describeSlackError(request(new DOMException("The operation was aborted", "TimeoutError")))).toBe(
      "network: timeout",
    );
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" });
    expect(describeSlackError(request(new TypeError("fetch failed", { cause: refused })))).toBe(
      "network: ECONNREFUSED",
    );
    expect(describeSlackError(request(new TypeError("fetch failed")))).toBe("network: fetch failed");
  });
});

describe("callSlack", () => {
  it("returns the result of a call that works", async () => {
    const { logger } = fakeLogger();
    expect(await callSlack(logger, "x", async () => 42)).toBe(42);
  });

  it.each(["not_in_channel", "channel_not_found", "is_archived"])(
    "logs %s and returns undefined",
    async (code) => {
      const { logger, lines } = fakeLogger();
      const result = await callSlack(logger, "chat.postMessage", () => Promise.reject(platform(code)), {
        context: { channel: "C1" },
      });
      expect(result).toBeUndefined();
      expect(lines.join("\n")).toContain(`chat.postMessage failed: ${code} channel=C1`);
    },
  );

  it("logs network errors and returns undefined", async () => {
    const { logger, lines } = fakeLogger();
    expect(await callSlack(logger, "chat.update", () => Promise.reject(network()))).toBeUndefined();
    expect(lines.join("\n")).toContain("network: ECONNRESET");
  });

  it("waits out a short rate limit once when asked to", async () => {
    const { logger } = fakeLogger();
    const call = vi.fn().mockRejectedValueOnce(rateLimited(0)).mockResolvedValueOnce("ok");
    expect(await callSlack(logger, "chat.unfurl", call, { retryRateLimited: true })).toBe("ok");
    expect(call).toHaveBeenCalledTimes(2);
  });

  it("does not retry twice, nor wait longer than allowed, nor retry when not asked", async () => {
    const { logger } = fakeLogger();
    const twice = vi.fn().mockRejectedValue(rateLimited(0));
    expect(await callSlack(logger, "a", twice, { retryRateLimited: true })).toBeUndefined();
    expect(twice).toHaveBeenCalledTimes(2);
    const long = vi.fn().mockRejectedValue(rateLimited(60));
    expect(
      await callSlack(logger, "b", long, { retryRateLimited: true, maxRateLimitWaitMs: 1000 }),
    ).toBeUndefined();
    expect(long).toHaveBeenCalledTimes(1);
    const unasked = vi.fn().mockRejectedValue(rateLimited(0));
    expect(await callSlack(logger, "c", unasked)).toBeUndefined();
    expect(unasked).toHaveBeenCalledTimes(1);
  });
});

describe("sdkLogger", () => {
  it("turns the SDKs' warnings that the app reports itself into debug, and passes the rest", () => {
    const { logger, lines } = fakeLogger();
    const levels: string[] = [];
    const spy = {
      ...(logger as Record<string, unknown>),
      debug: (...m: unknown[]) => levels.push(`debug ${m.join(" ")}`),
      warn: (...m: unknown[]) => levels.push(`warn ${m.join(" ")}`),
    } as never;
    const wrapped = sdkLogger(spy) as unknown as { warn(...m: unknown[]): void; info(...m: unknown[]): void };
    wrapped.warn("http request failed", "fetch failed");
    wrapped.warn("Authorization of incoming event did not succeed. No listeners will be called.");
    wrapped.warn("missing_charset");
    wrapped.info("hello");
    expect(levels).toEqual([
      "debug http request failed fetch failed",
      "debug Authorization of incoming event did not succeed. No listeners will be called.",
      "warn missing_charset",
    ]);
    expect(lines).toEqual(["hello"]);
  });
});
