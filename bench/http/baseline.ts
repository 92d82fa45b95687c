// The baseline: Bolt and nothing of ours. An HTTPReceiver with the same settings, signing secret and
// log level as Status Bot, no conversation store (as in Status Bot), and one listener: /httpstatus acks
// a static card. The cards are the very bytes Status Bot acks for the same questions (the parent
// fetches them from Status Bot and sends them over IPC), so the ratio measures our own work per
// request (answering, rendering, our receiver), not a difference in size.
import type { Server } from "node:http";
import { BOT_TOKEN, EVENTS_PATH, SIGNING_SECRET } from "./load.ts";

export async function serveBaseline(slackApiUrl: string): Promise<{ port: number; stop(): Promise<void> }> {
  const { App, HTTPReceiver, LogLevel } = await import("@slack/bolt");
  let cards = new Map<string, unknown>();
  const fallback = { response_type: "ephemeral", text: "Status Bot", blocks: [] };
  process.on("message", (msg: { type?: string; cards?: Record<string, unknown> }) => {
    if (msg?.type !== "cards" || !msg.cards) return;
    cards = new Map(Object.entries(msg.cards));
    process.send?.({ type: "cards" });
  });
  const receiver = new HTTPReceiver({
    signingSecret: SIGNING_SECRET,
    endpoints: EVENTS_PATH,
    port: 0,
    logLevel: LogLevel.INFO,
    processBeforeResponse: false,
    customRoutes: [
      {
        path: "/healthz",
        method: ["GET"],
        handler: (_req, res) => {
          res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
          res.end('{"ok":true}');
        },
      },
    ],
  });
  const app = new App({
    receiver,
    token: BOT_TOKEN,
    logLevel: LogLevel.INFO,
    convoStore: false,
    clientOptions: { slackApiUrl },
  });
  app.command("/httpstatus", async ({ command, ack }) => {
    await ack((cards.get(command.text) ?? fallback) as Parameters<typeof ack>[0]);
  });
  const server = (await app.start({ port: 0, host: "127.0.0.1" })) as Server;
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : 0,
    stop: () => app.stop().then(() => undefined),
  };
}
