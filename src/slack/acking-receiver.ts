import type { Server } from "node:http";
import type { AckFn, App, Logger, Receiver, ReceiverEvent } from "@slack/bolt";

/**
 * Wraps Bolt's receiver (HTTP or Socket Mode) to add what Bolt leaves out:
 * - every request is acknowledged: payloads no listener handles (unknown types, actions of other
 *   apps' blocks) get 200 right away instead of Bolt's 404 after 3 seconds, so Slack does not retry;
 * - listener errors are logged and never reach the receiver (no 500, no crash);
 * - `stop()` stops taking requests, then waits (a little) for the answers still being worked on.
 */
export class AckingReceiver implements Receiver {
  readonly #inner: Receiver;
  readonly #logger: Logger;
  readonly #inFlight = new Set<Promise<void>>();
  #server: Server | undefined;

  constructor(inner: Receiver, logger: Logger) {
    this.#inner = inner;
    this.#logger = logger;
  }

  /** The HTTP server, once started in HTTP mode. */
  get server(): Server | undefined {
    return this.#server;
  }

  init(app: App): void {
    // The inner receiver only ever calls app.processEvent.
    const relay = { processEvent: (event: ReceiverEvent) => this.#process(app, event) } as unknown as App;
    this.#inner.init(relay);
  }

  #process(app: App, event: ReceiverEvent): Promise<void> {
    let acked = false;
    const ack: AckFn<unknown> = async (response) => {
      acked = true;
      return event.ack(response);
    };
    const work = (async () => {
      try {
        await app.processEvent({ ...event, ack });
      } catch (error) {
        this.#logger.error("An error escaped the listeners:", error);
      } finally {
        if (!acked) {
          acked = true;
          this.#logger.debug("Acknowledging a request that no listener handled");
          try {
            await event.ack();
          } catch (error) {
            this.#logger.debug("Could not acknowledge the request:", error);
          }
        }
      }
    })();
    this.#inFlight.add(work);
    void work.finally(() => this.#inFlight.delete(work));
    return work;
  }

  /** Resolves when every request received so far has been fully handled (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }

  async start(...args: unknown[]): Promise<unknown> {
    const started = await this.#inner.start(...args);
    if (started && typeof (started as Server).address === "function") this.#server = started as Server;
    return started;
  }

  /**
   * Stops taking requests and waits for the work in flight, at most `graceMs`; after that, open
   * connections are closed.
   */
  async stop(graceMs = 5_000): Promise<void> {
    const server = this.#server;
    const timer = setTimeout(() => server?.closeAllConnections(), graceMs);
    timer.unref();
    try {
      try {
        await this.#inner.stop();
      } catch (error) {
        // Stopping a receiver that never started (a signal during startup) is not a failure.
        this.#logger.debug("The receiver was not running:", error);
      }
      await Promise.race([
        Promise.allSettled([...this.#inFlight]),
        new Promise((resolve) => setTimeout(resolve, graceMs).unref()),
      ]);
    } finally {
      clearTimeout(timer);
      this.#server = undefined;
    }
  }
}
