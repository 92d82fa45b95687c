import type { Server } from "node:http";
import type { AckFn, App, Logger, Receiver, ReceiverEvent, SlashCommand } from "@slack/bolt";
import { forAck } from "../messages/prepared.ts";
import { payloadProblem } from "./payload-shape.ts";

/**
 * The app's slash command, answered entirely in its acknowledgement: it needs neither a token nor a
 * Web API client.
 */
export type SlashCommandHandler = (args: {
  command: SlashCommand;
  ack: AckFn<unknown>;
  logger: Logger;
}) => Promise<void>;

/**
 * An Events API request (`event_callback`), except `function_executed`, whose listener acknowledges
 * it itself (Bolt leaves that one's ack to the listener too).
 */
function isEventsApiRequest(body: unknown): boolean {
  const envelope = body as { type?: unknown; event?: { type?: unknown } } | null;
  return envelope?.type === "event_callback" && envelope.event?.type !== "function_executed";
}

/**
 * Wraps Bolt's receiver (HTTP or Socket Mode) to add what Bolt leaves out. Checked against
 * @slack/bolt 5.1.0; each point names the Bolt behaviour it works around:
 * - Events API requests are acknowledged before Bolt authorizes them, not after;
 * - every request is acknowledged: payloads no listener handles (unknown types, actions of other
 *   apps' blocks) get 200 right away. Bolt leaves them unacknowledged and its receiver answers 404
 *   after 3 seconds, so Slack would retry them;
 * - a request whose body is not shaped the way Slack sends it (see payload-shape.ts) is acknowledged
 *   and dropped, with one warning, before Bolt or a listener reads it: Bolt reads some fields
 *   without checking them, and throws;
 * - listener errors are logged and never reach the receiver (Bolt's would answer 500, and an error
 *   thrown after the ack escapes as an unhandled rejection);
 * - `stop()` stops taking requests, then waits (a little) for the answers still being worked on:
 *   Bolt's stop closes the server and drops them;
 * - the slash command is the one path that does not go through Bolt's dispatch. Its whole answer is
 *   the acknowledgement, so it needs no authorization; Bolt would first authorize the request and
 *   run every listener's middleware chain, which costs more than answering (see `npm run bench`).
 *   So the command is never registered with `app.command()`, and global middleware added with
 *   `app.use()` does not see slash commands: put anything every command needs in the handler. The
 *   app has one command, so any command name is answered (the manifest may call it what it likes).
 */
export class AckingReceiver implements Receiver {
  readonly #inner: Receiver;
  readonly #logger: Logger;
  readonly #slashCommand: SlashCommandHandler | undefined;
  readonly #inFlight = new Set<Promise<void>>();
  #server: Server | undefined;
  #app: App | undefined;

  constructor(inner: Receiver, logger: Logger, slashCommand?: SlashCommandHandler) {
    this.#inner = inner;
    this.#logger = logger;
    this.#slashCommand = slashCommand;
  }

  /** The HTTP server, once started in HTTP mode. */
  get server(): Server | undefined {
    return this.#server;
  }

  init(app: App): void {
    this.#app = app;
    // The inner receiver only ever calls app.processEvent.
    const relay = { processEvent: (event: ReceiverEvent) => this.#process(app, event) } as unknown as App;
    this.#inner.init(relay);
  }

  /**
   * An event received by other means than the inner receiver (direct-commands.ts: slash commands
   * over HTTP), handled as the inner receiver's are. Never rejects.
   */
  process(event: ReceiverEvent): Promise<void> {
    const app = this.#app;
    if (!app) return Promise.reject(new Error("the receiver is not initialised"));
    return this.#process(app, event);
  }

  #process(app: App, event: ReceiverEvent): Promise<void> {
    let acked = false;
    let ackedFirst = false;
    const ack: AckFn<unknown> = async (response) => {
      // Acknowledged before Bolt saw it (below): Bolt's own acknowledgement is a no-op.
      if (ackedFirst) return;
      acked = true;
      // A reply already serialised goes as it is only where the acknowledgement takes it.
      return event.ack(forAck(event.ack, response));
    };
    const work = (async () => {
      try {
        const problem = payloadProblem(event.body);
        if (problem) {
          this.#logger.warn(`Ignoring a request Slack would not send: ${problem}`);
          return;
        }
        const isCommand = typeof (event.body as { command?: unknown }).command === "string";
        if (isCommand && this.#slashCommand)
          await this.#slashCommand({
            command: event.body as unknown as SlashCommand,
            ack,
            logger: this.#logger,
          });
        else {
          // An Events API request's acknowledgement carries nothing, and Bolt gives it only after
          // authorizing the request: in OAuth mode, a database read and maybe a token refresh, which
          // must not eat into Slack's 3 seconds. So it is given first.
          if (isEventsApiRequest(event.body)) {
            await ack();
            ackedFirst = true;
          }
          await app.processEvent({ ...event, ack });
        }
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
   * Stops taking requests, waits for the requests being answered (their posts included) at most
   * `graceMs` in all, then closes the connections still open (idle keep-alive ones, and any request
   * not yet acknowledged: Slack retries those). Answers still in flight after the grace are dropped,
   * and said so in the log.
   */
  async stop(graceMs = 5_000): Promise<void> {
    const server = this.#server;
    let timer: NodeJS.Timeout | undefined;
    const graceOver = new Promise<true>((resolve) => {
      timer = setTimeout(resolve, graceMs, true);
      timer.unref();
    });
    try {
      // Resolves when every connection has ended, which idle keep-alive connections never do by
      // themselves: so it is not waited for before the work in flight.
      const closing = this.#inner.stop().then(
        () => undefined,
        // Stopping a receiver that never started (a signal during startup) is not a failure.
        (error: unknown) => this.#logger.debug("The receiver was not running:", error),
      );
      const late = await Promise.race([this.settled().then(() => false), graceOver]);
      if (late && this.#inFlight.size > 0) {
        this.#logger.warn(
          `${this.#inFlight.size} request(s) still being answered after ${graceMs} ms; their answers are dropped`,
        );
      }
      server?.closeAllConnections();
      await Promise.race([closing, graceOver]);
    } finally {
      clearTimeout(timer);
      this.#server = undefined;
    }
  }
}
