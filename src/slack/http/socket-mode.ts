import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { createRequire } from "node:module";
import type {
  App,
  SocketModeReceiver as BoltSocketModeReceiver,
  Logger,
  LogLevel,
  Receiver,
} from "@slack/bolt";

type SocketModeReceiver = BoltSocketModeReceiver;

/**
 * Bolt's Socket Mode receiver, from its module (not Bolt's index, see app.ts), loaded when a
 * connection is first made: it loads @slack/socket-mode, its WebSocket client and undici 7, which
 * HTTP mode never uses (lazy-sdk.ts keeps Bolt's App from loading them at start).
 */
function socketModeReceiverClass(): typeof BoltSocketModeReceiver {
  return (
    createRequire(import.meta.url)("@slack/bolt/dist/receivers/SocketModeReceiver.js") as {
      default: typeof BoltSocketModeReceiver;
    }
  ).default;
}

import { describeSlackError, sdkLogger } from "../api/web-api.ts";

/*
 * Socket Mode for an operator. @slack/socket-mode 3 (under Bolt's SocketModeReceiver), left to
 * itself: retries apps.connections.open up to 100 times with a growing wait and says nothing above
 * debug; logs a refused WebSocket as `WebSocket error occurred: ` with an empty message (undici
 * gives none) every few seconds; and rejects start() with `undefined` when stopped while connecting.
 * Here its own reconnection is off, and this receiver connects instead: every failed attempt is one
 * warning with its reason, the wait between attempts doubles up to a limit, a token Slack refuses
 * stops the start, stopping while connecting is quiet, and `connected` says whether a live
 * connection is up (the health check reads it).
 */

/** apps.connections.open answers that no retry changes: the app-level token is not usable. */
const FATAL = new Set([
  "not_authed",
  "invalid_auth",
  "account_inactive",
  "token_revoked",
  "token_expired",
  "not_allowed_token_type",
  "missing_scope",
  "user_removed_from_team",
  "team_disabled",
]);

/** The SDK's log lines this receiver replaces with one warning per failed attempt. */
const REPLACED_LINES = [
  "WebSocket error occurred:",
  "WebSocket error!",
  "Failed to retrieve a new WSS URL",
  "apps.connections.open did not return a URL",
];

/** The WebSocket URL's ticket: a credential, in the SDK's debug lines about apps.connections.open. */
const TICKET = /\bticket=[^&\s"'\\]+/g;

/**
 * The SDK's logger: tickets redacted, and the lines this receiver replaces with its own warnings
 * moved to debug.
 */
function socketModeLogger(logger: Logger): Logger {
  const base = sdkLogger(logger);
  const redact = (messages: unknown[]) =>
    messages.map((message) =>
      typeof message === "string" ? message.replace(TICKET, "ticket=[redacted]") : message,
    );
  const at =
    (level: "debug" | "info" | "warn" | "error") =>
    (...messages: unknown[]) => {
      const first = typeof messages[0] === "string" ? messages[0] : "";
      const replaced =
        (level === "warn" || level === "error") && REPLACED_LINES.some((line) => first.startsWith(line));
      base[replaced ? "debug" : level](...redact(messages));
    };
  return { ...base, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

export interface RetryDelays {
  /** The wait after the first failed attempt, in milliseconds; it doubles after each. */
  readonly firstMs: number;
  /** The longest wait. */
  readonly maxMs: number;
}

export const DEFAULT_RETRY_DELAYS: RetryDelays = { firstMs: 1_000, maxMs: 30_000 };

export interface SocketModeOptions {
  readonly appToken: string;
  /** The Web API base URL apps.connections.open goes to. */
  readonly slackApiUrl: string;
  readonly logger: Logger;
  readonly logLevel: LogLevel;
  readonly retryDelays?: RetryDelays;
  /** apps.connections.open gives up after this long. */
  readonly apiTimeoutMs?: number;
}

interface AttemptFailure {
  readonly reason: string;
  readonly fatal: boolean;
  readonly retryAfterMs: number;
}

/** The events of the SocketModeClient this receiver listens to. */
interface ClientEvents {
  on(event: "connected" | "disconnected", listener: () => void): unknown;
  on(event: "authenticated", listener: (result: { url?: string }) => void): unknown;
  disconnect(): Promise<void>;
}

/** Where the WebSocket's HTTP handshake goes: wss://host/... -> https://host. */
function handshakeOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return `${parsed.protocol === "wss:" ? "https:" : "http:"}//${parsed.host}`;
  } catch {
    return undefined;
  }
}

/** A WebSocket URL fit for a log line: the ticket in its query is a credential. */
function printable(url: string | undefined): string {
  if (!url) return "Slack's WebSocket";
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return "Slack's WebSocket";
  }
}

/**
 * A Socket Mode receiver that connects like an operator expects (see above). `start()` resolves
 * once connected, or when `stop()` is called first; it rejects when Slack refuses the app-level
 * token. A connection lost later is reconnected the same way.
 */
export class SocketModeConnection implements Receiver {
  readonly #inner: SocketModeReceiver;
  readonly #client: ClientEvents;
  readonly #logger: Logger;
  readonly #delays: RetryDelays;
  #connected = false;
  #stopping = false;
  #wake: (() => void) | undefined;
  /** The WebSocket URL of the attempt under way, and what went wrong with its handshake. */
  #socketUrl: string | undefined;
  #handshakeFailure: string | undefined;
  readonly #onRequestError = (message: unknown) => {
    const { request, error } = message as { request?: { origin?: unknown }; error?: NodeJS.ErrnoException };
    if (!this.#isHandshake(request)) return;
    const code = error?.code;
    this.#handshakeFailure =
      code === "UND_ERR_SOCKET"
        ? "the connection was closed (UND_ERR_SOCKET)"
        : (code ?? error?.message ?? "network error");
  };
  readonly #onResponseHeaders = (message: unknown) => {
    const { request, response } = message as {
      request?: { origin?: unknown };
      response?: { statusCode?: number; statusText?: string };
    };
    if (this.#isHandshake(request) && response?.statusCode !== 101) {
      this.#handshakeFailure = `HTTP ${response?.statusCode ?? "?"}${response?.statusText ? ` ${response.statusText}` : ""} instead of a WebSocket`;
    }
  };

  constructor(options: SocketModeOptions) {
    this.#logger = options.logger;
    this.#delays = options.retryDelays ?? DEFAULT_RETRY_DELAYS;
    const SocketModeReceiver = socketModeReceiverClass();
    this.#inner = new SocketModeReceiver({
      appToken: options.appToken,
      logger: socketModeLogger(options.logger),
      logLevel: options.logLevel,
      // This receiver reconnects (see above).
      autoReconnectEnabled: false,
      installerOptions: {
        clientOptions: {
          slackApiUrl: options.slackApiUrl,
          // Each failed apps.connections.open is one attempt, logged; no silent retries inside.
          retryConfig: { retries: 0 },
          rejectRateLimitedCalls: true,
          timeout: options.apiTimeoutMs ?? 10_000,
        },
      },
    });
    this.#client = this.#inner.client as unknown as ClientEvents;
    this.#client.on("authenticated", (result) => {
      this.#socketUrl = result?.url;
    });
    this.#client.on("connected", () => {
      this.#connected = true;
      if (this.#stopping) return;
      this.#logger.info("Connected to Slack (Socket Mode)");
    });
    this.#client.on("disconnected", () => {
      const wasConnected = this.#connected;
      this.#connected = false;
      if (!wasConnected || this.#stopping) return;
      // Slack also closes connections routinely (it asks the app to reconnect every few hours).
      this.#logger.info("The Socket Mode connection to Slack closed; reconnecting");
      this.#connect().catch((error: unknown) => {
        this.#logger.error("Could not reconnect to Slack:", error);
      });
    });
  }

  /** True while a live connection to Slack is up. */
  get connected(): boolean {
    return this.#connected && !this.#stopping;
  }

  init(app: App): void {
    this.#inner.init(app);
  }

  async start(): Promise<void> {
    // Stopped before it started (a signal during the start): nothing to connect.
    if (this.#stopping) return;
    subscribe("undici:request:error", this.#onRequestError);
    subscribe("undici:request:headers", this.#onResponseHeaders);
    await this.#connect();
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    this.#wake?.();
    unsubscribe("undici:request:error", this.#onRequestError);
    unsubscribe("undici:request:headers", this.#onResponseHeaders);
    await this.#inner.stop();
  }

  /** Attempts until connected, stopped, or refused for good; waits between failed attempts. */
  async #connect(): Promise<void> {
    for (let attempt = 1; !this.#stopping; attempt++) {
      const failure = await this.#attempt();
      if (!failure || this.#stopping) return;
      if (failure.fatal)
        throw new Error(`Slack refused SLACK_APP_TOKEN (apps.connections.open: ${failure.reason})`);
      const waitMs = Math.max(
        Math.min(this.#delays.firstMs * 2 ** (attempt - 1), this.#delays.maxMs),
        failure.retryAfterMs,
      );
      this.#logger.warn(
        `Could not connect to Slack in Socket Mode (attempt ${attempt}): ${failure.reason}; trying again in ${formatWait(waitMs)}`,
      );
      await this.#sleep(waitMs);
    }
  }

  /** One attempt: apps.connections.open, then the WebSocket up to Slack's hello. */
  async #attempt(): Promise<AttemptFailure | undefined> {
    this.#socketUrl = undefined;
    this.#handshakeFailure = undefined;
    try {
      await this.#inner.start();
      // Connected after stop() was called (a slow apps.connections.open): close it again.
      if (this.#stopping) await this.#client.disconnect();
      return undefined;
    } catch (error) {
      if (error === undefined || error === null) {
        // The WebSocket closed before Slack said hello; the SDK gives no reason, the handshake may.
        const why = this.#handshakeFailure ?? "closed before Slack said hello";
        return {
          reason: `WebSocket to ${printable(this.#socketUrl)}: ${why}`,
          fatal: false,
          retryAfterMs: 0,
        };
      }
      const e = error as { code?: string; data?: { error?: string }; retryAfter?: number };
      const reason = `apps.connections.open: ${describeSlackError(error)}`;
      const fatal = e.code === "slack_webapi_platform_error" && FATAL.has(e.data?.error ?? "");
      return {
        reason: fatal ? (e.data?.error ?? reason) : reason,
        fatal,
        retryAfterMs: (e.retryAfter ?? 0) * 1000,
      };
    }
  }

  #isHandshake(request: { origin?: unknown } | undefined): boolean {
    const origin = handshakeOrigin(this.#socketUrl);
    return origin !== undefined && request !== undefined && String(request.origin) === origin;
  }

  #sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.#wake = done;
    }).finally(() => {
      this.#wake = undefined;
    });
  }
}

function formatWait(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}
