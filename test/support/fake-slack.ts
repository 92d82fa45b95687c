import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { acceptWebSocket, type FakeWebSocket } from "./fake-socket.ts";

/** One Web API call the app made. */
export interface ApiCall {
  readonly method: string;
  readonly params: Record<string, unknown>;
  /** True when the call carried a bot token (Authorization header or token field). */
  readonly authorized: boolean;
  /** The token the call carried, if any: which workspace's installation made it. */
  readonly token?: string;
  /** When the call arrived (Date.now()). */
  readonly at: number;
}

/** One post to a response_url. */
export interface ResponsePost {
  readonly id: string;
  readonly body: Record<string, unknown>;
}

export type Failure =
  /** HTTP 200 with `ok: false` and this error (not_in_channel, channel_not_found...). */
  | { readonly error: string }
  /** HTTP 429 `ratelimited` with this Retry-After, in seconds. */
  | { readonly rateLimitedFor: number }
  /** The connection is closed without an answer. */
  | { readonly drop: true }
  /** This HTTP status (500, 503...) with `ok: false`. */
  | { readonly status: number }
  /** HTTP 200 with this body, not JSON (a proxy's error page). */
  | { readonly notJson: string }
  /** The answer (the normal one, or `then`) comes after this long: a slow Slack. */
  | { readonly delayMs: number; readonly then?: Failure }
  /** The answer is held until `release()`: a Slack that has not answered yet, however long that is. */
  | { readonly hold: true };

/** The method name under which faults for response_url posts are set (failNext, failAlways). */
export const RESPONSE_URL = "response_url";
/**
 * The method name under which faults for Socket Mode's WebSocket are set: `status` answers the
 * upgrade with that HTTP status, `drop` closes the connection, `delayMs` holds the handshake.
 */
export const WEBSOCKET = "websocket";

export const BOT_USER_ID = "UBOT0001";
export const BOT_ID = "BBOT0001";
export const TEAM_ID = "T0TEAM01";

/** A workspace that installs the app through OAuth (see FakeSlack.grant). */
export interface FakeWorkspace {
  readonly teamId: string;
  readonly teamName?: string;
  readonly botUserId: string;
  readonly botId: string;
}

/** Token rotation for a grant: the first token lasts `expiresIn` s, refreshed ones `refreshedExpiresIn` s. */
export interface Rotation {
  readonly expiresIn: number;
  readonly refreshedExpiresIn: number;
}

/** What oauth.v2.access issues for a code or a refresh token. */
interface Grant {
  readonly workspace: FakeWorkspace;
  readonly rotation?: Rotation;
}

/** Fields of Web API form bodies that carry JSON. */
const JSON_FIELDS = new Set(["blocks", "attachments", "unfurls", "view", "metadata"]);

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseParams(contentType: string | undefined, raw: string): Record<string, unknown> {
  if (contentType?.startsWith("application/json"))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    params[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  }
  return params;
}

/**
 * A fake Slack Web API on loopback: records every call and response_url post and answers the way
 * Slack does (auth.test, chat.*, views.*). Faults can be queued per method (`failNext`) or set for
 * every call until healed (`failAlways`): errors, rate limits, HTTP statuses, dropped connections and
 * slow answers. A slow answer still counts as a call made (Slack may well have posted).
 * apps.connections.open (with an app-level token) points at its own WebSocket endpoint, which says
 * hello as Slack's does and records what the app sends back (Socket Mode acknowledgements).
 */
export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponsePost[] = [];
  readonly #failures = new Map<string, Failure[]>();
  readonly #standing = new Map<string, Failure>();
  /** Answers being held back (slow faults), so that close() does not wait for them. */
  readonly #held = new Set<NodeJS.Timeout>();
  /** Answers held until release(). */
  readonly #holding: (() => void)[] = [];
  /** Text frames the app sent over Socket Mode WebSockets (its acknowledgements), parsed. */
  readonly socketMessages: Record<string, unknown>[] = [];
  readonly #sockets = new Set<FakeWebSocket>();
  #server: Server | undefined;
  #port = 0;
  #ts = 1_700_000_000;
  /** OAuth: the app's credentials, the codes not yet exchanged, and what each issued token is for. */
  #oauthApp: { clientId: string; clientSecret: string } | undefined;
  readonly #codes = new Map<string, Grant>();
  readonly #refreshTokens = new Map<string, Grant>();
  readonly #tokens = new Map<string, FakeWorkspace>();
  readonly #revoked = new Set<string>();
  #issued = 0;

  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api/`;
  }

  responseUrl(id = "r1"): string {
    return `http://127.0.0.1:${this.#port}/response/${id}`;
  }

  async start(): Promise<this> {
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        res.writeHead(500);
        res.end(String(error));
      });
    });
    this.#server.on("upgrade", (req: IncomingMessage, socket: Duplex) => this.#upgrade(req, socket));
    // Keep idle connections open for a minute, like Slack, not Node's 5 s: on a busy machine a test
    // may pause longer than that between two calls, and the app's client would then reuse a socket
    // that the server is closing (ECONNRESET), a failure the test did not make.
    this.#server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.#server?.listen(0, "127.0.0.1", resolve));
    this.#port = (this.#server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    for (const timer of this.#held) clearTimeout(timer);
    this.#held.clear();
    this.#holding.length = 0;
    this.dropSockets();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Socket Mode connections open now. */
  get openSockets(): number {
    return this.#sockets.size;
  }

  /** Sends a Socket Mode message (an envelope, a disconnect) over every open connection. */
  sendOverSocket(message: Record<string, unknown>): void {
    for (const socket of this.#sockets) socket.send(JSON.stringify(message));
  }

  /** Closes every Socket Mode connection without a word: a connection lost. */
  dropSockets(): void {
    for (const socket of [...this.#sockets]) socket.drop();
  }

  /** OAuth: the app's client id and secret, which oauth.v2.access checks. */
  oauthApp(clientId: string, clientSecret: string): void {
    this.#oauthApp = { clientId, clientSecret };
  }

  /** OAuth: `code` is what Slack hands the installer of `workspace`; oauth.v2.access exchanges it once. */
  grant(code: string, workspace: FakeWorkspace, rotation?: Rotation): void {
    this.#codes.set(code, { workspace, ...(rotation ? { rotation } : {}) });
  }

  /** Calls with this token fail with invalid_auth from now on (an uninstall revokes tokens). */
  revoke(token: string): void {
    this.#revoked.add(token);
  }

  /** The tokens issued so far for a workspace, oldest first. */
  tokensOf(teamId: string): string[] {
    return [...this.#tokens].filter(([, workspace]) => workspace.teamId === teamId).map(([token]) => token);
  }

  /** Forgets what was recorded (between tests). */
  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.socketMessages.length = 0;
    this.#failures.clear();
    this.#standing.clear();
  }

  /** The next call to `method` fails this way (queue several to fail several). */
  failNext(method: string, failure: Failure): void {
    this.#failures.set(method, [...(this.#failures.get(method) ?? []), failure]);
  }

  /** Every call to `method` fails this way (after any queued by failNext) until `heal`. */
  failAlways(method: string, failure: Failure): void {
    this.#standing.set(method, failure);
  }

  /** Ends the standing faults of `method`, or of every method. */
  heal(method?: string): void {
    if (method === undefined) this.#standing.clear();
    else this.#standing.delete(method);
  }

  /** Answers held back by slow faults right now (calls Slack has received and not answered). */
  get heldBack(): number {
    return this.#held.size + this.#holding.length;
  }

  /** Answers the calls held by `hold` faults (after healing, so that they are answered normally). */
  release(): void {
    for (const answer of this.#holding.splice(0)) answer();
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Calls other than auth.test: what the app did. */
  get actions(): ApiCall[] {
    return this.calls.filter((call) => call.method !== "auth.test");
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      if (res.destroyed) return;
      res.writeHead(status, { "content-type": "application/json", ...headers });
      // A string is sent as it is (a reply that is not JSON).
      res.end(typeof body === "string" ? body : JSON.stringify(body));
    };
    const response = url.pathname.match(/^\/response\/(.+)$/);
    if (response && req.method === "POST") {
      const failure = this.#failureFor(RESPONSE_URL);
      this.#reply(req, failure, json, () => {
        this.responses.push({
          id: response[1] ?? "",
          body: JSON.parse(raw || "{}") as Record<string, unknown>,
        });
        return { ok: true };
      });
      return;
    }
    const method = url.pathname.match(/^\/api\/(.+)$/)?.[1];
    if (!method || req.method !== "POST") {
      json(404, { ok: false, error: "not_found" });
      return;
    }
    const params = parseParams(req.headers["content-type"], raw);
    const bearer = req.headers.authorization?.match(/^Bearer (\S+)$/)?.[1];
    const token = bearer ?? (typeof params.token === "string" ? params.token : undefined);
    // apps.connections.open takes the app-level token; every other method a bot token: xoxb-...,
    // or xoxe.xoxb-... when token rotation is on.
    const authorized =
      token !== undefined &&
      (method === "apps.connections.open" ? token.startsWith("xapp-") : /^(?:xoxe\.)?xoxb-/.test(token));
    delete params.token;
    this.calls.push({ method, params, authorized, ...(token ? { token } : {}), at: Date.now() });
    this.#reply(req, this.#failureFor(method), json, () => {
      // oauth.v2.access is called with the app's credentials, not a token.
      if (method === "oauth.v2.access") return this.#oauthAccess(params, req.headers.authorization);
      if (!authorized) return { ok: false, error: "not_authed" };
      if (this.#revoked.has(token)) return { ok: false, error: "invalid_auth" };
      return this.#answer(method, params, this.#tokens.get(token));
    });
  }

  #failureFor(method: string): Failure | undefined {
    return this.#failures.get(method)?.shift() ?? this.#standing.get(method);
  }

  /** Answers with the failure, or with `answer()` when there is none (or only a delay). */
  #reply(
    req: IncomingMessage,
    failure: Failure | undefined,
    json: (status: number, body: unknown, headers?: Record<string, string>) => void,
    answer: () => Record<string, unknown>,
  ): void {
    if (!failure) {
      json(200, answer());
      return;
    }
    if ("delayMs" in failure) {
      const timer = setTimeout(() => {
        this.#held.delete(timer);
        this.#reply(req, failure.then, json, answer);
      }, failure.delayMs);
      this.#held.add(timer);
      return;
    }
    if ("hold" in failure) {
      this.#holding.push(() => this.#reply(req, undefined, json, answer));
      return;
    }
    if ("drop" in failure) {
      req.socket.destroy();
      return;
    }
    if ("rateLimitedFor" in failure) {
      json(429, { ok: false, error: "ratelimited" }, { "retry-after": String(failure.rateLimitedFor) });
      return;
    }
    if ("status" in failure) {
      json(failure.status, { ok: false });
      return;
    }
    if ("notJson" in failure) {
      json(200, failure.notJson, { "content-type": "text/html" });
      return;
    }
    json(200, { ok: false, error: failure.error });
  }

  /** A Socket Mode WebSocket: refused or held as a fault says, else accepted with Slack's hello. */
  #upgrade(req: IncomingMessage, socket: Duplex, failure = this.#failureFor(WEBSOCKET)): void {
    if (failure && "delayMs" in failure) {
      const timer = setTimeout(() => {
        this.#held.delete(timer);
        this.#upgrade(req, socket, failure.then);
      }, failure.delayMs);
      this.#held.add(timer);
      return;
    }
    if (failure) {
      if ("status" in failure) socket.end(`HTTP/1.1 ${failure.status} Refused\r\nContent-Length: 0\r\n\r\n`);
      else socket.destroy();
      return;
    }
    const connection = acceptWebSocket(
      req,
      socket,
      (text) => {
        try {
          this.socketMessages.push(JSON.parse(text) as Record<string, unknown>);
        } catch {
          this.socketMessages.push({ unparsed: text });
        }
      },
      () => this.#sockets.delete(connection),
    );
    this.#sockets.add(connection);
    connection.send(
      JSON.stringify({
        type: "hello",
        num_connections: this.#sockets.size,
        debug_info: { host: "fake-slack", approximate_connection_time: 18060 },
        connection_info: { app_id: "A0APP0001" },
      }),
    );
  }

  /** oauth.v2.access: a code exchanged for an installation, or a refresh token for a new token. */
  #oauthAccess(params: Record<string, unknown>, authorization: string | undefined): Record<string, unknown> {
    const app = this.#oauthApp;
    const basic = authorization?.match(/^Basic (\S+)$/)?.[1];
    const [clientId, clientSecret] = basic
      ? Buffer.from(basic, "base64").toString("utf8").split(":")
      : [params.client_id, params.client_secret];
    if (!app || clientId !== app.clientId) return { ok: false, error: "invalid_client_id" };
    if (clientSecret !== app.clientSecret) return { ok: false, error: "bad_client_secret" };
    const n = ++this.#issued;
    if (params.grant_type === "refresh_token") {
      const grant = this.#refreshTokens.get(String(params.refresh_token));
      // A refresh token is spent by its use: a second refresh with it fails, as with Slack.
      if (!grant?.rotation) return { ok: false, error: "invalid_refresh_token" };
      this.#refreshTokens.delete(String(params.refresh_token));
      return { ok: true, ...this.#issue(grant, n, grant.rotation.refreshedExpiresIn), token_type: "bot" };
    }
    const grant = this.#codes.get(String(params.code));
    if (!grant) return { ok: false, error: "invalid_code" };
    this.#codes.delete(String(params.code));
    const { workspace } = grant;
    return {
      ok: true,
      app_id: "A0APP0001",
      authed_user: { id: "U0INSTALLER" },
      scope:
        "commands,chat:write,app_mentions:read,links:read,links:write,channels:history,groups:history,im:history,mpim:history",
      token_type: "bot",
      bot_user_id: workspace.botUserId,
      team: { id: workspace.teamId, name: workspace.teamName ?? workspace.teamId },
      enterprise: null,
      is_enterprise_install: false,
      ...this.#issue(grant, n, grant.rotation?.expiresIn),
    };
  }

  #issue(grant: Grant, n: number, expiresIn: number | undefined): Record<string, unknown> {
    const { teamId } = grant.workspace;
    const access_token = grant.rotation ? `xoxe.xoxb-1-${teamId}-${n}` : `xoxb-${teamId}-${n}`;
    this.#tokens.set(access_token, grant.workspace);
    if (!grant.rotation) return { access_token };
    const refresh_token = `xoxe-1-${teamId}-refresh-${n}`;
    this.#refreshTokens.set(refresh_token, grant);
    return { access_token, refresh_token, expires_in: expiresIn };
  }

  #answer(
    method: string,
    params: Record<string, unknown>,
    workspace?: FakeWorkspace,
  ): Record<string, unknown> {
    const ts = () => {
      this.#ts += 1;
      return `${this.#ts}.000100`;
    };
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://status-bot-test.slack.com/",
          team: workspace?.teamName ?? "Status Bot Test",
          user: "status_bot",
          team_id: workspace?.teamId ?? TEAM_ID,
          user_id: workspace?.botUserId ?? BOT_USER_ID,
          bot_id: workspace?.botId ?? BOT_ID,
          is_enterprise_install: false,
        };
      case "chat.postMessage": {
        const messageTs = ts();
        return {
          ok: true,
          channel: params.channel,
          ts: messageTs,
          message: { text: params.text, ts: messageTs },
        };
      }
      case "chat.postEphemeral":
        return { ok: true, message_ts: ts() };
      case "chat.update":
        return { ok: true, channel: params.channel, ts: params.ts, text: params.text };
      case "chat.delete":
        return { ok: true, channel: params.channel, ts: params.ts };
      case "chat.unfurl":
        return { ok: true };
      case "apps.connections.open":
        return { ok: true, url: `ws://127.0.0.1:${this.#port}/link/?ticket=fake-ticket-${ts()}` };
      case "views.publish":
      case "views.open":
      case "views.update":
        return { ok: true, view: { id: "V0VIEW01", hash: "h1", ...(params.view as object) } };
      default:
        return { ok: false, error: "unknown_method" };
    }
  }
}
