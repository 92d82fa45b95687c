// Checks data files while they are being written.
//   npx tsx scripts/check-data.ts                   the whole catalog, with cross-references
//   npx tsx scripts/check-data.ts data/codes/3xx.yaml   one file's schema only (codes or comparisons)
import { readFileSync } from "node:fs";
import { load as parse } from "js-yaml";
import { loadCatalog } from "../src/knowledge/load.ts";
import { ComparisonSchema, EntrySchema } from "../src/knowledge/schema.ts";

const files = process.argv.slice(2);
if (files.length === 0) {
  const catalog = loadCatalog();
  console.log(
    `ok: ${catalog.entries.length} entries, ${catalog.comparisons.length} comparisons, ${catalog.classes.length} classes`,
  );
} else {
  let failed = false;
  for (const file of files) {
    const items = parse(readFileSync(file, "utf8")) as unknown[];
    const schema = file.includes("comparisons") ? ComparisonSchema : EntrySchema;
    items.forEach((item, index) => {
      const result = schema.safeParse(item);
      const label = JSON.stringify(
        (item as { code?: unknown; codes?: unknown }).code ?? (item as { codes?: unknown }).codes ?? index,
      );
      if (!result.success) {
        failed = true;
        for (const issue of result.error.issues)
          console.log(`${file}: ${label}: ${issue.path.join(".")}: ${issue.message}`);
      } else if ("class" in result.data && result.data.class !== Math.floor(result.data.code / 100)) {
        failed = true;
        console.log(`${file}: ${label}: class does not match the number`);
      }
    });
    console.log(`${file}: ${items.length} items checked`);
  }
  process.exit(failed ? 1 : 0);
}
