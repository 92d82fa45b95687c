import type { Server, ServerOptions } from "node:http";

/**
 * How long a client may take, and how many connections it may hold: what keeps slow or idle
 * clients from holding the server's connections. Slack sends a whole request at once and expects
 * the answer within 3 seconds, so seconds are plenty; anyone slower is not Slack.
 */
export interface ServerLimits {
  /** The request line and headers must arrive within this long (Node answers 408 and closes). */
  readonly headersTimeoutMs: number;
  /** The whole request, body included, must arrive within this long (a body trickled a byte at a time). */
  readonly requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this long. */
  readonly keepAliveTimeoutMs: number;
  /** Connections beyond this many are closed as they arrive (Slack retries). */
  readonly maxConnections: number;
}

export const SERVER_LIMITS: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 512,
};

/**
 * The options for `http.createServer` (Bolt's HTTPReceiver passes `start()`'s second argument
 * to it). They must be given at creation: Node checks the timeouts on an interval set when the
 * server starts listening (30 s by default, which would let a request run 45 s).
 */
export function serverOptions(limits: ServerLimits): ServerOptions {
  const shortest = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(shortest / 4))),
  };
}

/** What cannot be given at creation: the connection cap. */
export function capConnections(server: Server, limits: ServerLimits): void {
  server.maxConnections = limits.maxConnections;
}
