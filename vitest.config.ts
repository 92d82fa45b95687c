import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * Two projects, run at the same time: `unit` (pure code and in-process listeners) and
 * `integration` (the app over HTTP, the CLI and the built app in child processes, the Docker
 * runtime stage). Integration files
 * mostly wait on sockets, timers and child processes, so more files run at once than there are
 * cores. `npm run test:unit` runs the first alone.
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

export default defineConfig({
  test: {
    testTimeout: 60_000,
    maxWorkers: Math.max(4, cores * 2),
    hookTimeout: 120_000,
    // Set up once for the whole run, before any project (a database for the store tests, say):
    // add modules here; each exports setup() and, optionally, teardown().
    globalSetup: [],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: INTEGRATION,
        },
      },
      {
        extends: true,
        test: { name: "integration", include: INTEGRATION },
      },
    ],
  },
});
