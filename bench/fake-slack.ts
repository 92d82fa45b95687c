// A tiny fake Slack Web API on loopback for the benchmarks: answers auth.test and the chat.*,
// views.* methods the way Slack does, and accepts response_url posts. It counts calls, and tells
// `onPost` the thread of each chat.postMessage (the tests have their own, recording fake in
// test/support; the bench does not depend on test code).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export const BENCH_TEAM_ID = "T0BENCH01";
export const BENCH_BOT_USER_ID = "UBENCHBOT";
export const BENCH_BOT_ID = "BBENCHBOT";

export class BenchSlack {
  /** Web API calls by method, and posts to response URLs. */
  readonly counts = new Map<string, number>();
  /** Called with the thread_ts of every chat.postMessage, once its body is read (set to use it). */
  onPost: ((threadTs: string) => void) | undefined;
  #server: Server | undefined;
  #port = 0;
  #ts = 1_700_000_000;

  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api/`;
  }

  responseUrl(id = "r1"): string {
    return `http://127.0.0.1:${this.#port}/response/${id}`;
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => this.#handle(req, res));
    this.#server = server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.#port = (server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  #handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    // The body is only read for onPost: the other benchmarks pay nothing for it.
    if (this.onPost) req.on("data", (chunk: Buffer) => chunks.push(chunk));
    else req.resume();
    req.on("end", () => {
      const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
      const method = path.startsWith("/api/") ? path.slice("/api/".length) : undefined;
      const key = method ?? (path.startsWith("/response/") ? "response_url" : "other");
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      if (key === "chat.postMessage" && this.onPost) {
        // @slack/web-api posts a form, nested values as JSON.
        const threadTs = new URLSearchParams(Buffer.concat(chunks).toString("utf8")).get("thread_ts");
        if (threadTs) this.onPost(threadTs);
      }
      const body = req.method !== "POST" ? { ok: false, error: "not_found" } : this.#answer(key);
      res.writeHead(req.method !== "POST" ? 404 : 200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    });
  }

  #answer(method: string): Record<string, unknown> {
    const ts = () => {
      this.#ts += 1;
      return `${this.#ts}.000100`;
    };
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://status-bot-bench.slack.com/",
          team: "Status Bot Bench",
          user: "status_bot",
          team_id: BENCH_TEAM_ID,
          user_id: BENCH_BOT_USER_ID,
          bot_id: BENCH_BOT_ID,
          is_enterprise_install: false,
        };
      case "chat.postMessage":
        return { ok: true, ts: ts() };
      case "chat.postEphemeral":
        return { ok: true, message_ts: ts() };
      case "chat.update":
      case "chat.delete":
      case "chat.unfurl":
      case "views.publish":
      case "views.open":
      case "views.update":
      case "response_url":
        return { ok: true };
      default:
        return { ok: false, error: "unknown_method" };
    }
  }
}
