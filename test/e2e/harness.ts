import { createApp, type StatusBot } from "../../src/app.ts";
import type { Config } from "../../src/config.ts";
import type { BotDeps } from "../../src/listeners/deps.ts";
import { createLogger, LogLevel } from "../../src/logger.ts";
import { FakeSlack } from "../support/fake-slack.ts";
import {
  FORM,
  interaction,
  JSON_TYPE,
  type Reply,
  type SendOptions,
  send,
} from "../support/slack-requests.ts";

export const SIGNING_SECRET = "8f742231b10e8888abcd99aa85a5c1f0";
export const BOT_TOKEN = "xoxb-1111111111-2222222222-e2eTestTokenValue";

export interface Harness {
  readonly bot: StatusBot;
  readonly slack: FakeSlack;
  readonly baseUrl: string;
  readonly logs: string[];
  /** Signed Events API JSON. */
  event(body: string, options?: Partial<SendOptions>): Promise<Reply>;
  /** Signed slash command form. */
  command(body: string, options?: Partial<SendOptions>): Promise<Reply>;
  /** Signed interactivity form (payload=<json>). */
  interact(payload: Record<string, unknown>, options?: Partial<SendOptions>): Promise<Reply>;
  /** Raw signed request with any content type. */
  raw(body: string, options?: Partial<SendOptions>): Promise<Reply>;
  /** Waits until the app has finished handling everything sent so far. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the real app in HTTP mode on a free loopback port, against a fake Slack Web API. */
export async function startHarness(bot: Partial<BotDeps> = {}): Promise<Harness> {
  const slack = await new FakeSlack().start();
  const logs: string[] = [];
  const logger = createLogger({ level: LogLevel.DEBUG, write: (_level, line) => logs.push(line) });
  const config: Config = {
    mode: "http",
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    port: 0,
    slackApiUrl: slack.apiUrl,
    logLevel: LogLevel.DEBUG,
  };
  const app = createApp(config, { logger, host: "127.0.0.1", bot: { maxRateLimitWaitMs: 2_000, ...bot } });
  const { port } = await app.start();
  const baseUrl = `http://127.0.0.1:${port}`;
  const url = `${baseUrl}/slack/events`;
  const post = (body: string, contentType: string, options: Partial<SendOptions> = {}) =>
    send(url, body, { secret: SIGNING_SECRET, contentType, ...options });
  return {
    bot: app,
    slack,
    baseUrl,
    logs,
    event: (body, options) => post(body, JSON_TYPE, options),
    command: (body, options) => post(body, FORM, options),
    interact: (payload, options) => post(interaction(payload), FORM, options),
    raw: (body, options) => post(body, options?.contentType ?? JSON_TYPE, options),
    settle: () => app.idle(),
    close: async () => {
      await app.stop();
      await slack.close();
    },
  };
}
