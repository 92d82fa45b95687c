import { Agent } from "node:http";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { createApp, type StatusBot } from "../../src/app.ts";
import type { Config } from "../../src/config.ts";
import type { BotDeps } from "../../src/listeners/deps.ts";
import { createLogger, LogLevel } from "../../src/logger.ts";
import type { ServerLimits } from "../../src/slack/http/server-limits.ts";
import type { Store } from "../../src/store/store.ts";
import { FakeSlack } from "../support/fake-slack.ts";
import { recordCrashes } from "../support/load.ts";
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

export interface HarnessOptions {
  /**
   * The app's Web API timeout (AppDeps.apiTimeoutMs). A minute by default, not the app's 10 s: the
   * fake Slack shares the test's process, and on a busy machine a call may wait its turn longer than
   * 10 s; that must not fail a test about something else. Tests of timeouts set their own.
   */
  readonly apiTimeoutMs?: number;
  /** How long stop() waits for answers in flight (AppDeps.stopGraceMs). */
  readonly stopGraceMs?: number;
  /** What the captured log keeps; debug by default (load tests keep less). */
  readonly logLevel?: LogLevel;
  /** Called with the fake Slack before the app starts (to make Slack fail at start). */
  readonly beforeStart?: (slack: FakeSlack) => void;
  /**
   * Send requests with node:http over at most this many keep-alive connections, instead of fetch
   * (see SendOptions.agent): for tests with many requests in flight.
   */
  readonly maxSockets?: number;
  /** The HTTP server's timeouts and connection cap (AppDeps.serverLimits). */
  readonly serverLimits?: Partial<ServerLimits>;
  /** The app's store (AppDeps.store); in memory when unset. The test closes it. */
  readonly store?: Store;
}

/** Starts the real app in HTTP mode on a free loopback port, against a fake Slack Web API. */
export async function startHarness(
  bot: Partial<BotDeps> = {},
  options: HarnessOptions = {},
): Promise<Harness> {
  const slack = await new FakeSlack().start();
  const logs: string[] = [];
  const logger = createLogger({
    level: options.logLevel ?? LogLevel.DEBUG,
    write: (_level, line) => logs.push(line),
  });
  const config: Config = {
    mode: "http",
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    port: 0,
    slackApiUrl: slack.apiUrl,
    logLevel: options.logLevel ?? LogLevel.DEBUG,
    // Not opened here: the app gets the in-memory store unless a test hands it another.
    database: { kind: "sqlite", path: ":memory:" },
  };
  const app = createApp(config, {
    logger,
    host: "127.0.0.1",
    bot: { maxRateLimitWaitMs: 2_000, ...bot },
    ...(options.store ? { store: options.store } : {}),
    apiTimeoutMs: options.apiTimeoutMs ?? 60_000,
    ...(options.stopGraceMs === undefined ? {} : { stopGraceMs: options.stopGraceMs }),
    ...(options.serverLimits ? { serverLimits: options.serverLimits } : {}),
  });
  options.beforeStart?.(slack);
  const { port } = await app.start();
  const baseUrl = `http://127.0.0.1:${port}`;
  const url = `${baseUrl}/slack/events`;
  const agent = options.maxSockets
    ? new Agent({ keepAlive: true, maxSockets: options.maxSockets })
    : undefined;
  const post = (body: string, contentType: string, sendOptions: Partial<SendOptions> = {}) =>
    send(url, body, { secret: SIGNING_SECRET, contentType, ...(agent ? { agent } : {}), ...sendOptions });
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
      agent?.destroy();
      await app.stop();
      await slack.close();
    },
  };
}

/**
 * One app for a whole test file: started before its tests and stopped after them; the fake Slack's
 * records and the log cleared before each test; after each, the app has finished what it was doing,
 * nothing crashed (no unhandled rejection or exception) and /healthz still answers 200. `use` is
 * given the harness once it has started.
 */
export function harnessForFile(
  use: (harness: Harness) => void,
  options: HarnessOptions = {},
  bot: Partial<BotDeps> = {},
): void {
  const crashes = recordCrashes();
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(bot, options);
    use(harness);
  });
  afterAll(async () => {
    await harness?.close();
  });
  beforeEach(() => {
    harness?.slack.reset();
    if (harness) harness.logs.length = 0;
  });
  afterEach(async () => {
    if (!harness) return;
    await harness.settle();
    expect(crashes).toEqual([]);
    expect((await fetch(`${harness.baseUrl}/healthz`)).status).toBe(200);
  });
}
