import { config as loadDotenv } from "dotenv";
import { createApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import type { Catalog } from "./knowledge/catalog.ts";
import { DataError, getCatalog } from "./knowledge/load.ts";
import { catalogDeps } from "./listeners/deps.ts";
import { createLogger } from "./logger.ts";
import { databaseSecrets, describeDatabase } from "./store/database-url.ts";
import { openStore, StoreOpenError } from "./store/open.ts";
import type { Store } from "./store/store.ts";

/** The process gives up on a clean stop after this long and exits anyway. */
const STOP_TIMEOUT_MS = 8_000;

async function main(): Promise<void> {
  loadDotenv({ quiet: true });

  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const logger = createLogger({
    level: config.logLevel,
    secrets: [
      config.botToken,
      config.signingSecret,
      config.appToken,
      config.oauth?.clientSecret,
      config.oauth?.stateSecret,
      ...(config.database.kind === "postgres" ? databaseSecrets(config.database.url) : []),
    ],
  });

  process.on("unhandledRejection", (reason) => {
    logger.error("Unhandled promise rejection (the app keeps running):", reason);
  });
  process.on("uncaughtException", (error) => {
    logger.error("Uncaught exception; exiting:", error);
    process.exit(1);
  });

  // Load the knowledge now: a broken data file should stop the app at start, not at the first question.
  let catalog: Catalog;
  try {
    catalog = getCatalog();
    logger.debug(`Catalog loaded: ${catalog.entries.length} entries`);
  } catch (error) {
    if (error instanceof DataError) {
      console.error(`Status Bot cannot start: the knowledge in data/ does not load.\n  ${error.message}`);
      process.exit(1);
    }
    throw error;
  }

  const known = catalogDeps(catalog);

  // The database must answer at start (and its schema be brought up to date): a wrong
  // DATABASE_URL is a setting to fix, reported like the others.
  let store: Store;
  try {
    store = await openStore(config.database, { logger });
    logger.info(`State is kept in ${describeDatabase(config.database)}`);
  } catch (error) {
    if (error instanceof StoreOpenError) {
      console.error(
        new ConfigError([{ variable: "DATABASE_URL", problem: `could not be used: ${error.message}` }])
          .message,
      );
      process.exit(1);
    }
    throw error;
  }

  const bot = createApp(config, { logger, bot: known, store });
  // auth.test goes out now and is answered while the engine is built; start() waits for its answer.
  bot.signIn();
  // Build the search index now, so that the first /httpstatus answers well inside Slack's 3 seconds.
  try {
    known.engine.answer("what should I return when the rate limit is hit?");
  } catch (error) {
    logger.warn("The answer engine failed to warm up:", error);
  }
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.info(`${signal} received again; still stopping`);
      return;
    }
    stopping = true;
    logger.info(`${signal} received; stopping`);
    const timer = setTimeout(() => {
      logger.warn(`Could not stop within ${STOP_TIMEOUT_MS / 1000} s; exiting anyway`);
      process.exit(0);
    }, STOP_TIMEOUT_MS);
    timer.unref();
    bot
      .stop()
      .then(() => store.close())
      .then(
        () => {
          logger.info("Stopped");
          process.exit(0);
        },
        (error: unknown) => {
          logger.error("Error while stopping:", error);
          process.exit(1);
        },
      );
  };
  // `on`, not `once`: a second signal while stopping must not fall back to Node's default (an
  // immediate exit by the signal, dropping the answers being finished).
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);

  try {
    // Socket Mode says so itself when it starts connecting, and resolves once connected.
    const { port } = await bot.start();
    if (stopping) return;
    if (bot.mode === "http")
      logger.info(`Status Bot is running in HTTP mode on port ${port} (POST /slack/events, GET /healthz)`);
  } catch (error) {
    // A signal while starting (Socket Mode connecting): the shutdown above exits, with 0.
    if (stopping) return;
    logger.error("Status Bot could not start:", error);
    process.exit(1);
  }
}

await main();
