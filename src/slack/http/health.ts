import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "@slack/bolt";

export const HEALTH_PATH = "/healthz";

/** The methods health checks use: GET, and HEAD (load balancers, uptime checks), answered alike. */
export const HEALTH_METHODS = ["GET", "HEAD"];

/** GET or HEAD /healthz: 200 {"ok":true} when ready, 503 {"ok":false} otherwise; never cached. */
export function healthHandler(isReady: () => boolean) {
  return (_req: IncomingMessage, res: ServerResponse): void => {
    const ready = isReady();
    res.writeHead(ready ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
    // Node sends no body in answer to HEAD.
    res.end(JSON.stringify({ ok: ready }));
  };
}

export interface HealthServer {
  /** The port it listens on (the one asked for, or the one picked for 0). */
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Serves /healthz alone, for Socket Mode, which has no HTTP server of its own: the container's
 * HEALTHCHECK asks it whether the app is connected to Slack. Anything else is 404. A port already
 * taken is not fatal (the app works without its health check): a warning, and undefined.
 */
export async function serveHealth(options: {
  readonly host: string;
  readonly port: number;
  readonly isReady: () => boolean;
  readonly logger: Logger;
}): Promise<HealthServer | undefined> {
  const answer = healthHandler(options.isReady);
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "").split("?", 1)[0];
    if (path === HEALTH_PATH && HEALTH_METHODS.includes(req.method ?? "")) answer(req, res);
    else {
      res.writeHead(404);
      res.end();
    }
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port, options.host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    options.logger.warn(
      `Could not serve ${HEALTH_PATH} on ${options.host}:${options.port} (${reason}); going on without a health check`,
    );
    return undefined;
  }
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
