import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { slackDeclined } from "../../../src/slack/api/delivery.ts";
import {
  allowedResponseUrl,
  postToResponseUrl,
  ResponseUrlError,
} from "../../../src/slack/api/response-url.ts";
import { describeSlackError } from "../../../src/slack/api/web-api.ts";

/** A loopback server that records what it was sent and answers with `handler`. */
async function server(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const received: { path: string; body: string }[] = [];
  const http: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on("end", () => {
      received.push({ path: req.url ?? "", body });
      handler(req, res);
    });
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    received,
    origin,
    /** As SLACK_API_URL would be set for this server. */
    apiUrl: `${origin}/api/`,
    close: () => {
      http.closeAllConnections();
      return new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

type Fake = Awaited<ReturnType<typeof server>>;
let slack: Fake;
let elsewhere: Fake;
let answer: (req: IncomingMessage, res: ServerResponse) => void;

beforeAll(async () => {
  slack = await server((req, res) => answer(req, res));
  elsewhere = await server((_req, res) => res.end("ok"));
});
afterEach(() => {
  slack.received.length = 0;
  elsewhere.received.length = 0;
});
afterAll(async () => {
  await slack.close();
  await elsewhere.close();
});

describe("which response URLs the app posts to", () => {
  it("Slack's hooks hosts over HTTPS, and the origin of SLACK_API_URL; nothing else", () => {
    expect(allowedResponseUrl("https://hooks.slack.com/commands/T1/2/abc")).toBeDefined();
    expect(allowedResponseUrl("https://hooks.slack-gov.com/actions/T1/2/abc")).toBeDefined();
    for (const url of [
      "http://hooks.slack.com/commands/T1/2/abc",
      "https://hooks.slack.com:8443/commands/T1/2/abc",
      "https://user:pw@hooks.slack.com/commands/T1/2/abc",
      "https://hooks.slack.com.evil.example/x",
      "https://evil.example/hooks.slack.com",
      "https://slack.com/api/chat.postMessage",
      "file:///etc/passwd",
      "not a url",
      "",
    ]) {
      expect(allowedResponseUrl(url), url).toBeUndefined();
    }
    expect(allowedResponseUrl(`${slack.origin}/response/1`, slack.apiUrl)).toBeDefined();
    expect(allowedResponseUrl(`${elsewhere.origin}/response/1`, slack.apiUrl)).toBeUndefined();
    expect(allowedResponseUrl("https://hooks.slack-gov.com/x", "https://slack-gov.com/api/")).toBeDefined();
  });
});

describe("postToResponseUrl", () => {
  it("posts the message as JSON and resolves when Slack accepts it", async () => {
    answer = (_req, res) => res.end("ok");
    await expect(
      postToResponseUrl(
        `${slack.origin}/response/1`,
        { text: "hi", replace_original: true },
        { slackApiUrl: slack.apiUrl },
      ),
    ).resolves.toEqual({ ok: true });
    expect(slack.received).toEqual([{ path: "/response/1", body: '{"text":"hi","replace_original":true}' }]);
  });

  it("sends nothing to a host that is not Slack's", async () => {
    const posting = postToResponseUrl(
      `${elsewhere.origin}/steal`,
      { text: "card" },
      { slackApiUrl: slack.apiUrl },
    );
    await expect(posting).rejects.toThrow(/not a Slack response_url/);
    await expect(postToResponseUrl(undefined, { text: "card" })).rejects.toThrow(/no response_url/);
    expect(elsewhere.received).toEqual([]);
  });

  it("never follows a redirect", async () => {
    answer = (_req, res) => {
      res.writeHead(302, { location: `${elsewhere.origin}/steal` });
      res.end();
    };
    const posting = postToResponseUrl(
      `${slack.origin}/response/2`,
      { text: "card" },
      { slackApiUrl: slack.apiUrl },
    );
    await expect(posting).rejects.toThrow(/redirected \(http 302\)/);
    expect(slack.received).toHaveLength(1);
    expect(elsewhere.received).toEqual([]);
  });

  it("gives up on a URL that never answers", async () => {
    answer = () => {};
    const posting = postToResponseUrl(
      `${slack.origin}/response/3`,
      { text: "card" },
      { slackApiUrl: slack.apiUrl, timeoutMs: 100 },
    );
    await expect(posting).rejects.toThrow(/timeout/);
  });

  it("reports Slack's refusal briefly: the status and the start of the answer, on one line", async () => {
    answer = (_req, res) => {
      res.writeHead(404);
      res.end("expired_url");
    };
    const expired = await postToResponseUrl(`${slack.origin}/r`, "x", { slackApiUrl: slack.apiUrl }).catch(
      (e) => e,
    );
    expect(expired).toBeInstanceOf(ResponseUrlError);
    expect(describeSlackError(expired)).toBe("http 404: expired_url");

    answer = (_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end(`<html>\n${"x".repeat(100_000)}\n</html>`);
    };
    const page = await postToResponseUrl(`${slack.origin}/r`, "x", { slackApiUrl: slack.apiUrl }).catch(
      (e) => e,
    );
    const described = describeSlackError(page);
    expect(described).toMatch(/^http 502: <html>\\n/);
    expect(described.length).toBeLessThan(300);
    expect(described).not.toContain("\n");
  });
});

describe("whether a failed post happened (for a share: never post twice)", () => {
  const failure = (post: Promise<unknown>) =>
    post.then(
      () => undefined,
      (error: unknown) => error,
    );

  it("nothing sent, a refusal (4xx) or a redirect: it did not; a timeout or a 5xx: it may have", async () => {
    // A short timeout only where the test makes one (the last case): on a busy machine an answer
    // may take longer than 100 ms to arrive, and it must not be taken for a timeout.
    const options = { slackApiUrl: slack.apiUrl, timeoutMs: 30_000 };
    const at = `${slack.origin}/response/d`;
    expect(slackDeclined(await failure(postToResponseUrl(`${elsewhere.origin}/x`, "x", options)))).toBe(true);
    expect(slackDeclined(await failure(postToResponseUrl(undefined, "x", options)))).toBe(true);
    for (const [status, declined] of [
      [404, true],
      [410, true],
      [302, true],
      [500, false],
      [503, false],
    ] as const) {
      answer = (_req, res) => {
        res.writeHead(status, status === 302 ? { location: "https://example.com/" } : {});
        res.end("no");
      };
      expect(slackDeclined(await failure(postToResponseUrl(at, "x", options))), String(status)).toBe(
        declined,
      );
    }
    answer = () => {};
    expect(slackDeclined(await failure(postToResponseUrl(at, "x", { ...options, timeoutMs: 100 })))).toBe(
      false,
    );
  });
});
