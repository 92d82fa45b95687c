// The last step of `npm run build`, after tsc: dist/store/sql/kysely.js, which re-exports what the
// stores use of Kysely, becomes one file with those parts of Kysely in it, instead of an import of the
// package's ~260 ES modules, which Node resolves, reads and links one by one at every start.
//   node scripts/bundle-kysely.mjs [dist folder, default ./dist]
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const dist = resolve(process.argv[2] ?? fileURLToPath(new URL("../dist/", import.meta.url)));
const file = join(dist, "store", "sql", "kysely.js");
await build({
  entryPoints: [file],
  outfile: file,
  allowOverwrite: true,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
});
// tsc's source map was of the re-export alone.
rmSync(`${file}.map`, { force: true });
