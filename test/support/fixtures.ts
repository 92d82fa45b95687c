import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));

export interface InventoryRow {
  code: string;
  official_phrase: string;
  former_phrases: string;
  class: string;
  source: string;
  registered: string;
  deprecated: string;
  heuristically_cacheable: string;
  typical_headers: string;
}

/** The IANA registry snapshot and the unofficial codes seen in the wild (copied from ../shared/reference). */
export function inventory(): InventoryRow[] {
  const [head, ...lines] = readFileSync(`${FIXTURES}status-inventory.tsv`, "utf8").trim().split("\n");
  const columns = (head ?? "").split("\t");
  return lines.map((line) => {
    const cells = line.split("\t");
    return Object.fromEntries(
      columns.map((column, i) => [column, cells[i] ?? ""]),
    ) as unknown as InventoryRow;
  });
}

/** The seed guide's scenario table: [scenario, code]. */
export function seedScenarios(): [string, number][] {
  const text = readFileSync(`${FIXTURES}seed-guide.txt`, "utf8");
  return [...text.matchAll(/^\| ([^|]+?) \| (\d{3}) [^|]+\|$/gm)].map((m) => [m[1] ?? "", Number(m[2])]);
}
