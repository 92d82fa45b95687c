import { engineFor } from "../../src/engine/answer.ts";
import { getCatalog } from "../../src/knowledge/load.ts";

/**
 * vitest's globalSetup: the engine loaded once before any test file, which writes the caches of
 * parsed data files and built search indexes (node_modules/.cache/status-bot) that every worker then
 * reads back. On a fresh clone there are none, and the workers that start together would each parse
 * and build them (about 0.8 s of CPU each, on a machine the suite already keeps busy).
 */
export default function setup(): void {
  engineFor(getCatalog());
}
