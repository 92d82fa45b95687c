import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // One PostgreSQL server for the whole run: TEST_DATABASE_URL's, or one the suite starts.
    globalSetup: ["test/support/postgres-server.ts"],
    // global.gc for the load tests' memory checks (test/support/load.ts).
    execArgv: ["--expose-gc"],
  },
});
