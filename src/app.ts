// First: Slack's OAuth package loads when used, not with Bolt (see lazy-sdk.ts).
import "./slack/lazy-sdk.ts";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import type {
  AuthorizeResult,
  App as BoltApp,
  HTTPReceiver as BoltHTTPReceiver,
  Receiver,
} from "@slack/bolt";
import type { Config, Mode } from "./config.ts";
import { type BotDeps, createBotDeps } from "./listeners/deps.ts";
import { registerListeners, slashCommandListener } from "./listeners/index.ts";
import { type AppLogger, repeatedWarnings } from "./logger.ts";
import {
  BOT_SCOPES,
  boltInstallationStore,
  cachedInstallations,
  installationAuthorize,
} from "./slack/api/installations.ts";
import { responder } from "./slack/api/response-url.ts";
import { describeSlackError, sdkLogger } from "./slack/api/web-api.ts";
import { AckingReceiver } from "./slack/http/acking-receiver.ts";
import { directCommands } from "./slack/http/direct-commands.ts";
import {
  HEALTH_METHODS,
  HEALTH_PATH,
  type HealthServer,
  healthHandler,
  serveHealth,
} from "./slack/http/health.ts";
import { guardEventsEndpoint, refusalLogger } from "./slack/http/request-guard.ts";
import {
  capConnections,
  SERVER_LIMITS,
  type ServerLimits,
  serverOptions,
} from "./slack/http/server-limits.ts";
import { type RetryDelays, SocketModeConnection } from "./slack/http/socket-mode.ts";
import { isUnavailable } from "./store/availability.ts";
import { createMemoryStore } from "./store/memory.ts";
import type { Store } from "./store/store.ts";

// Bolt's App and HTTP receiver from their own modules (CommonJS, required as such): Bolt's index
// also loads the receivers the app never uses (Express with its body parsers, AWS Lambda), a good
// part of start-up.
const requireHere = createRequire(import.meta.url);
const App = (requireHere("@slack/bolt/dist/App.js") as { default: typeof BoltApp }).default;
type App = BoltApp;
const HTTPReceiver = (
  requireHere("@slack/bolt/dist/receivers/HTTPReceiver.js") as { default: typeof BoltHTTPReceiver }
).default;

export const EVENTS_PATH = "/slack/events";
export { HEALTH_PATH };
/** OAuth mode: where an install starts (a redirect to Slack) and where Slack sends the installer back. */
export const INSTALL_PATH = "/slack/install";
export const OAUTH_REDIRECT_PATH = "/slack/oauth_redirect";

/** Slack's Web API, unless SLACK_API_URL says otherwise. */
const SLACK_API_URL = "https://slack.com/api/";

export interface AppDeps {
  readonly logger: AppLogger;
  /**
   * Settings, the memory of answered events and explained codes, installations: opened by the
   * caller (src/index.ts opens DATABASE_URL's), closed by the caller. In memory when unset.
   */
  readonly store?: Store;
  /** Replaces parts of what the listeners use (engine, cards, stores); tests use this. */
  readonly bot?: Partial<BotDeps>;
  /** HTTP mode: the interface to listen on (all by default; tests use 127.0.0.1). */
  readonly host?: string;
  /** Web API calls time out after this long. Default 10 s. */
  readonly apiTimeoutMs?: number;
  /** How long `stop()` waits for answers in flight. Default 5 s. */
  readonly stopGraceMs?: number;
  /** HTTP mode: timeouts and the connection cap (SERVER_LIMITS by default; tests shorten them). */
  readonly serverLimits?: Partial<ServerLimits>;
  /** Socket Mode: the waits between failed connection attempts (tests shorten them). */
  readonly socketRetryDelays?: RetryDelays;
}

interface BotIdentity {
  readonly botUserId?: string;
  readonly botId?: string;
}

/**
 * How long a request waits for auth.test when the bot's identity is not known yet (Slack was
 * unreachable at start). Bolt acknowledges only after authorizing, and Slack wants the ack within
 * 3 seconds, whatever auth.test is doing.
 */
const IDENTITY_WAIT_MS = 1_000;

/** The bot user an Events API request is for, as Slack says in the envelope's `authorizations`. */
function identityFromEnvelope(body: unknown): BotIdentity {
  const authorizations = (body as { authorizations?: unknown } | null)?.authorizations;
  if (!Array.isArray(authorizations)) return {};
  for (const authorization of authorizations as { is_bot?: unknown; user_id?: unknown }[]) {
    if (authorization?.is_bot === true && typeof authorization.user_id === "string") {
      return { botUserId: authorization.user_id };
    }
  }
  return {};
}

export interface StatusBot {
  readonly app: App;
  readonly mode: Mode;
  readonly deps: BotDeps;
  /**
   * True between a successful start and the beginning of stop; in Socket Mode, only while the
   * connection to Slack is up.
   */
  readonly ready: boolean;
  /**
   * Starts the server (HTTP) or the connection (Socket Mode); resolves with the port /healthz is
   * on. In Socket Mode it resolves once connected (or stopped first), and /healthz is served on
   * loopback meanwhile, 503 until connected.
   */
  start(): Promise<{ port?: number }>;
  /**
   * Asks Slack who the bot is (auth.test) now, without waiting: start() then uses that answer (and
   * stops on a token Slack refuses) instead of asking first. For a caller with work to do before
   * start(). Nothing to ask in OAuth mode.
   */
  signIn(): void;
  stop(): Promise<void>;
  /** Resolves when every request received so far has been fully handled (its answers sent). */
  idle(): Promise<void>;
}

/**
 * Builds the Bolt app: Socket Mode when the config has an app-level token, otherwise HTTP with
 * POST /slack/events (signature-checked by Bolt) and GET /healthz.
 */
export function createApp(config: Config, deps: AppDeps): StatusBot {
  const { logger } = deps;
  logger.addSecret(
    config.botToken,
    config.signingSecret,
    config.appToken,
    config.oauth?.clientSecret,
    config.oauth?.stateSecret,
  );
  const store = deps.store ?? createMemoryStore();
  // Every request of OAuth mode is authorized with its installation: kept a few seconds per process.
  const installations = cachedInstallations(store.installations);
  const oauth = config.oauth;
  let started = false;
  const apiUrl = config.slackApiUrl ?? SLACK_API_URL;
  // Socket Mode is ready while connected; HTTP mode while started.
  let socket: SocketModeConnection | undefined;
  const isReady = () => started && (socket?.connected ?? true);
  let healthServer: HealthServer | undefined;

  const limits: ServerLimits = { ...SERVER_LIMITS, ...deps.serverLimits };
  // Requests anyone can send are refused with a warning per reason per minute, not per request.
  const refusals = repeatedWarnings(logger);
  let inner: Receiver;
  if (config.mode === "socket") {
    socket = new SocketModeConnection({
      appToken: config.appToken ?? "",
      // apps.connections.open goes to the same Web API as everything else.
      slackApiUrl: apiUrl,
      logger,
      logLevel: config.logLevel,
      retryDelays: deps.socketRetryDelays,
      apiTimeoutMs: deps.apiTimeoutMs,
    });
    inner = socket;
  } else {
    const http = new HTTPReceiver({
      signingSecret: config.signingSecret ?? "",
      endpoints: EVENTS_PATH,
      port: config.port,
      logger: refusalLogger(logger, refusals),
      logLevel: config.logLevel,
      processBeforeResponse: false,
      customRoutes: [{ path: HEALTH_PATH, method: HEALTH_METHODS, handler: healthHandler(isReady) }],
      // Many workspaces: Bolt's installer serves GET /slack/install (a state cookie, then a
      // redirect to Slack's consent page) and GET /slack/oauth_redirect (checks the state, calls
      // oauth.v2.access, saves the installation in the store).
      ...(oauth
        ? {
            clientId: oauth.clientId,
            clientSecret: oauth.clientSecret,
            stateSecret: oauth.stateSecret,
            scopes: [...BOT_SCOPES],
            installationStore: boltInstallationStore(installations, logger),
            installerOptions: {
              installPath: INSTALL_PATH,
              redirectUriPath: OAUTH_REDIRECT_PATH,
              // Straight to Slack, no landing page of ours.
              directInstall: true,
              stateVerification: true,
              // oauth.v2.access and auth.test of the install go to the same Web API as the rest.
              clientOptions: {
                ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
                retryConfig: { retries: 0 },
                timeout: deps.apiTimeoutMs ?? 10_000,
              },
            },
          }
        : {}),
    });
    // Slash commands skip Bolt's receiver: their answer is the acknowledgement (direct-commands.ts).
    const answerDirectly = directCommands({
      signingSecret: config.signingSecret ?? "",
      process: (event) => receiver.process(event),
      logger: refusalLogger(logger, refusals),
    });
    guardEventsEndpoint(http, { path: EVENTS_PATH, warnings: refusals, answerDirectly });
    inner = http;
  }
  const botDeps = createBotDeps({
    mutes: store.mutes,
    mentions: store.mentions,
    events: store.events,
    installations,
    respondTo: responder({ slackApiUrl: config.slackApiUrl, timeoutMs: deps.apiTimeoutMs }),
    ...deps.bot,
  });
  // The slash command is answered in its ack alone (no token, no client): see AckingReceiver.
  const receiver = new AckingReceiver(inner, logger, slashCommandListener(botDeps));

  // Who the bot is (for "never answer yourself"), asked once with auth.test. Unlike Bolt's own
  // token check, a failure is not cached: the next event asks again.
  let identity: Promise<BotIdentity> | undefined;
  let known: BotIdentity | undefined;
  const whoAmI = (): Promise<BotIdentity> => {
    if (!identity) {
      const asking: Promise<BotIdentity> = app.client.auth
        .test({ token: config.botToken })
        .then((result: { user_id?: string; bot_id?: string }) => {
          known = { botUserId: result.user_id, botId: result.bot_id };
          return known;
        });
      identity = asking;
      asking.catch(() => {
        if (identity === asking) identity = undefined;
      });
    }
    return identity;
  };

  // Every request is authorized with the bot token. The identity comes from auth.test once known;
  // until then a request waits for it a little (never past Slack's ack deadline), and after that
  // goes on with what the request itself says. A failing auth.test never stops a request: the
  // token's problems show in the calls the listeners make, which log them.
  const identityFor = async (body: unknown): Promise<BotIdentity> => {
    if (known) return known;
    let timer: NodeJS.Timeout | undefined;
    const giveUp = new Promise<undefined>((resolve) => {
      timer = setTimeout(resolve, IDENTITY_WAIT_MS, undefined);
    });
    try {
      const me = await Promise.race([whoAmI(), giveUp]);
      if (me) return me;
      logger.debug(`auth.test did not answer within ${IDENTITY_WAIT_MS} ms; going on without it`);
    } catch (error) {
      logger.debug(`auth.test failed (${describeSlackError(error)}); going on without it`);
    } finally {
      clearTimeout(timer);
    }
    return identityFromEnvelope(body);
  };

  // The receiver (ours) hides Bolt's installer from the App, so OAuth mode brings its own authorize:
  // each installation's token and identity, refreshed by one replica at a time (see installationAuthorize).
  const authorize = oauth
    ? installationAuthorize({
        installations: store.installations,
        cache: installations,
        logger,
        refresh: async (refreshToken) =>
          app.client.oauth.v2.access({
            client_id: oauth.clientId,
            client_secret: oauth.clientSecret,
            grant_type: "refresh_token",
            refresh_token: refreshToken,
          }),
      })
    : async (_source: unknown, body: unknown): Promise<AuthorizeResult> => ({
        botToken: config.botToken,
        ...(await identityFor(body)),
      });

  const app: App = new App({
    authorize,
    receiver,
    // The Web API client logs through it too (Bolt shares its logger with the client).
    logger: sdkLogger(logger),
    logLevel: config.logLevel,
    convoStore: false,
    clientOptions: {
      ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
      // No silent retries: a failed call is logged by the listener that made it, and a rate limit
      // is waited out only where repeating the call is safe and still useful (see callSlack).
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: deps.apiTimeoutMs ?? 10_000,
    },
  });
  app.error(async (error: Error) => {
    // A workspace that uninstalled the app (OAuth mode): not a bug, nothing to answer with.
    if ((error as { code?: string }).code === "slack_bolt_authorization_error") {
      // The installation could not be read: the store has reported the outage, once.
      if (isUnavailable((error as { original?: unknown }).original))
        logger.debug(`Not answered: ${error.message}`);
      else logger.warn(`Not answered: ${error.message}`);
      return;
    }
    logger.error("A listener failed:", error);
  });
  registerListeners(app, botDeps);

  // The token is checked once, by start(); signIn() may ask earlier, while the caller does other work.
  type SignedIn = { me: BotIdentity } | { error: unknown };
  let signingIn: Promise<SignedIn> | undefined;
  const signIn = (): Promise<SignedIn> => {
    if (!oauth)
      signingIn ??= whoAmI().then(
        (me) => ({ me }),
        (error: unknown) => ({ error }),
      );
    return signingIn ?? Promise.resolve({ me: {} });
  };

  return {
    app,
    mode: config.mode,
    deps: botDeps,
    get ready() {
      return isReady();
    },
    signIn() {
      void signIn();
    },
    async start() {
      if (config.mode === "socket") {
        logger.info(`Status Bot is running in Socket Mode (Slack Web API: ${apiUrl}); connecting to Slack`);
      }
      if (oauth) {
        logger.info(
          `Installing in many workspaces: ${INSTALL_PATH} starts an install, ${OAUTH_REDIRECT_PATH} finishes it`,
        );
      } else {
        const signedIn = await signIn();
        // Asked afresh by another start (a failure is not kept, as in whoAmI).
        signingIn = undefined;
        if ("me" in signedIn) {
          logger.info(`Signed in to Slack as bot user ${signedIn.me.botUserId ?? "(unknown)"}`);
        } else {
          const reason = describeSlackError(signedIn.error);
          // A token Slack refuses will never work: stop here. Anything else (the network) may pass.
          if (
            /^(?:invalid_auth|not_authed|account_inactive|token_revoked|token_expired|not_allowed_token_type)$/.test(
              reason,
            )
          ) {
            throw new Error(`Slack refused SLACK_BOT_TOKEN (auth.test: ${reason})`);
          }
          logger.warn(
            `Could not reach Slack to check the bot token (${reason}); will try again at the first event`,
          );
        }
      }
      if (config.mode === "socket") {
        // No HTTP server in Socket Mode: /healthz on loopback alone, for the container's HEALTHCHECK.
        started = true;
        healthServer = await serveHealth({
          host: deps.host ?? "127.0.0.1",
          port: config.port,
          isReady,
          logger,
        });
        if (healthServer) {
          logger.info(
            `Health check: http://${deps.host ?? "127.0.0.1"}:${healthServer.port}${HEALTH_PATH} (200 while connected to Slack)`,
          );
        }
        try {
          await app.start();
        } catch (error) {
          started = false;
          await healthServer?.close();
          throw error;
        }
        return { port: healthServer?.port };
      }
      await app.start(
        deps.host ? { port: config.port, host: deps.host } : config.port,
        serverOptions(limits),
      );
      if (receiver.server) capConnections(receiver.server, limits);
      started = true;
      const address = receiver.server?.address() as AddressInfo | null | undefined;
      return { port: address?.port ?? config.port };
    },
    idle: () => receiver.settled(),
    async stop() {
      started = false;
      try {
        await app.stop(deps.stopGraceMs);
      } finally {
        await healthServer?.close();
        healthServer = undefined;
      }
    },
  };
}
