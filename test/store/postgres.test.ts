import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.ts";
import { openStore, StoreOpenError } from "../../src/store/open.ts";
import { openPostgresStore } from "../../src/store/postgres.ts";
import { useTestDatabase } from "../support/postgres.ts";
import { storeContract } from "./contract.ts";

const databaseUrl = useTestDatabase("contract");

storeContract({
  name: "postgres",
  durable: true,
  replicas: true,
  open: (options) => openPostgresStore(databaseUrl(), { ...options, maxConnections: 4 }),
});

describe("postgres: opening", () => {
  it("replicas starting together migrate once", async () => {
    const logger = createLogger({ write: () => {} });
    const url = databaseUrl();
    const stores = await Promise.all(
      [1, 2, 3].map(() => openPostgresStore(url, { logger, cleanupEveryMs: 0 })),
    );
    await Promise.all(stores.map((store) => store.close()));
  });

  it("reports a server that does not answer, without the password", async () => {
    const logger = createLogger({ write: () => {} });
    const error = await openStore(
      { kind: "postgres", url: "postgres://bot:sup3rs3cret@127.0.0.1:9/bot" },
      { logger },
    ).catch((e) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect(error.message).toContain("ECONNREFUSED");
    expect(error.message).toContain("127.0.0.1:9");
    expect(error.message).not.toContain("sup3rs3cret");
  });
});
