// Loads and cross-checks the whole knowledge base, as the app does at start-up.
//   npx tsx scripts/check-data.ts                    the data/ folder shipped with the app
//   npx tsx scripts/check-data.ts path/to/data       another copy of it
//   npx tsx scripts/check-data.ts data/codes/3xx.yaml   the data folder this file belongs to
// A mistake prints one line naming the file, the entry and the field, and exits 1.
import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { DataError, DEFAULT_DATA_DIR, loadCatalog } from "../src/knowledge/load.ts";

/** The data folder an argument names: itself, or the nearest folder above it holding codes/. */
function dataDirOf(argument: string | undefined): string {
  if (argument === undefined) return DEFAULT_DATA_DIR;
  let dir = resolve(argument);
  if (existsSync(dir) && !statSync(dir).isDirectory()) dir = dirname(dir);
  for (let up = dir; ; up = dirname(up)) {
    if (existsSync(resolve(up, "codes"))) return up;
    if (dirname(up) === up) return dir;
  }
}

try {
  const catalog = loadCatalog(dataDirOf(process.argv[2]));
  console.log(
    [
      `ok: ${catalog.entries.length} entries`,
      `${catalog.comparisons.length} comparisons`,
      `${catalog.classes.length} classes`,
      `${catalog.sources.length} sources with ${catalog.facts.length} facts`,
      `${catalog.situations.length} situations`,
      `${catalog.protocols.length} protocols`,
    ].join(", "),
  );
} catch (error) {
  const message =
    error instanceof DataError ? error.message : `unexpected error: ${(error as Error).message ?? error}`;
  console.error(message.replace(/\s*\n\s*/g, " "));
  process.exit(1);
}
