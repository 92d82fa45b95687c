import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.ts";
import { openStore, StoreOpenError } from "../../src/store/open.ts";
import { MIGRATIONS } from "../../src/store/sql/migrations.ts";
import { openSqliteStore } from "../../src/store/sqlite.ts";
import { storeContract } from "./contract.ts";

const folder = mkdtempSync(join(tmpdir(), "status-bot-sqlite-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// A file, so that a restart sees the same data. SQLite serves one process: better-sqlite3 waits
// for another connection's lock synchronously, so two stores of one process must not overlap.
storeContract({
  name: "sqlite",
  durable: true,
  replicas: false,
  open: (options) => openSqliteStore(join(folder, "contract", "store.sqlite"), options),
});

describe("sqlite: opening", () => {
  it("creates the file's folder, and migrates once however often it is opened", async () => {
    const logger = createLogger({ write: () => {} });
    const path = join(folder, "nested", "deeper", "bot.sqlite");
    for (let i = 0; i < 3; i++) await (await openSqliteStore(path, { logger, cleanupEveryMs: 0 })).close();
    const { default: SQLite } = await import("better-sqlite3");
    const db = new SQLite(path, { readonly: true });
    expect(db.prepare("select version from schema_migrations order by version").all()).toEqual(
      MIGRATIONS.map(({ version }) => ({ version })),
    );
    db.close();
  });

  it("reports a file it cannot open, naming it", async () => {
    const logger = createLogger({ write: () => {} });
    // A folder that cannot exist: a file is in its way.
    const blocker = join(folder, "a-file");
    writeFileSync(blocker, "");
    const path = join(blocker, "x.sqlite");
    const error = await openStore({ kind: "sqlite", path }, { logger }).catch((e) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect(String(error.message)).toContain(path);
  });
});
