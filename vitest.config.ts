import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * Two projects, run at the same time: `unit` (pure code and in-process listeners) and
 * `integration` (the app over HTTP, the CLI and the built app in child processes, the Docker
 * runtime stage). Integration files mostly wait on sockets, timers and child processes, so more
 * files run at once than there are cores. `npm run test:unit` runs the first alone.
 *
 * No test measures time (timings belong in `npm run bench`), so sharing a busy machine slows the
 * suite but cannot fail it; the timeouts only catch a hang.
 */
const INTEGRATION = [
  "test/cli/**/*.test.ts",
  "test/e2e/**/*.test.ts",
  "test/faults/**/*.test.ts",
  "test/load/**/*.test.ts",
  "test/docker-runtime.test.ts",
];

const cores = availableParallelism();

/**
 * What both projects share. The projects do not `extends: true` the root: they would inherit its
 * globalSetup and run it once each (two PostgreSQL servers); the root's runs once, and what it
 * provides reaches both.
 */
const shared = { testTimeout: 60_000, hookTimeout: 120_000 };

export default defineConfig({
  test: {
    maxWorkers: Math.max(4, cores * 2),
    // Set up once for the whole run; each module exports setup() and, optionally, teardown().
    // One PostgreSQL server: TEST_DATABASE_URL's, or one the suite starts.
    globalSetup: ["test/support/warm-caches.ts", "test/support/postgres-server.ts"],
    projects: [
      // Files share their worker's modules (isolate: false): the catalog, the search index and
      // Bolt load once per worker, not once per file, which more than halves the unit project's
      // time and saves about a CPU second per integration file. They keep no state between files.
      // Integration files watch the process for crashes (recordCrashes in test/support/load.ts)
      // from their first hook to their last and close what they started before it, so a shared
      // worker still catches a crash; one that came after its file had closed everything would be
      // blamed on the file running then (and vitest fails the run on any unhandled error).
      {
        test: {
          ...shared,
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: INTEGRATION,
          isolate: false,
        },
      },
      {
        test: {
          ...shared,
          name: "integration",
          include: INTEGRATION,
          isolate: false,
          // The app compiled once for the files that run dist/ (its own globalSetup: a unit run
          // does not build it). Started, not awaited: see test/support/app-build.ts.
          globalSetup: ["test/support/app-build.ts"],
        },
      },
    ],
  },
});
