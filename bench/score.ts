// Accuracy per style of question, in process (the eval scorer's judgement, without spawning the CLI).
//   npx tsx bench/score.ts [--misses] [--train | --held-out] files.tsv...
// A file's "# --- style: ..." lines start a style; lines before any are the file's own style.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { answer } from "../src/engine/answer.ts";
import type { Answer } from "../src/engine/types.ts";
import { getCatalog } from "../src/knowledge/load.ts";

export interface Case {
  readonly query: string;
  readonly expect: string;
  readonly style: string;
  readonly file: string;
}

/** The questions of a TSV question set, each with its style. */
export function readCases(file: string): Case[] {
  let style = basename(file, ".tsv");
  const cases: Case[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const section = line.match(/^# --- ([\w-]+)/);
    if (section) style = section[1] ?? style;
    if (!line.trim() || line.startsWith("#")) continue;
    const tab = line.lastIndexOf("\t");
    cases.push({ query: line.slice(0, tab), expect: line.slice(tab + 1).trim(), style, file });
  }
  return cases;
}

/** FNV-1a: a stable hash, so a question is always on the same side of the split. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** One question in five is held out of training (bench/train.ts) to validate on. */
export function isHeldOut(query: string): boolean {
  return hash(query) % 5 === 0;
}

/** A question's fold for cross-fitting, 0..folds-1 (independent of the held-out split). */
export function fold(query: string, folds: number): number {
  return (hash(query) >>> 8) % folds;
}

/** The eval scorer's judgement of one answer. */
export function judge(expect: string, result: Answer): boolean {
  const codes = result.codes.map((c) => c.code);
  const [kind, rest = ""] = expect.split(":");
  if (kind === "top")
    return rest
      .split("|")
      .map(Number)
      .includes(codes[0] ?? -1);
  if (kind === "pair")
    return codes.slice(0, 2).sort().join(",") === rest.split(",").map(Number).sort().join(",");
  if (kind === "class") return result.intent === "class" && result.classDigit === Number(rest);
  if (kind === "none") return codes.length === 0;
  if (kind === "help") return result.intent === "help";
  throw new Error(`unknown expectation ${expect}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const showMisses = args.includes("--misses");
  // --train: only the questions trained on; --held-out: only the held-out ones.
  const split = args.includes("--train") ? false : args.includes("--held-out") ? true : undefined;
  const catalog = getCatalog();
  const byStyle = new Map<string, [number, number]>();
  let right = 0;
  let total = 0;
  for (const file of args.filter((a) => !a.startsWith("--"))) {
    for (const c of readCases(file)) {
      if (split !== undefined && isHeldOut(c.query) !== split) continue;
      const result = answer(c.query, catalog);
      const ok = judge(c.expect, result);
      const tally = byStyle.get(c.style) ?? [0, 0];
      tally[1]++;
      total++;
      if (ok) {
        tally[0]++;
        right++;
      } else if (showMisses) {
        console.log(
          `miss [${c.style}] ${JSON.stringify(c.query)} expected ${c.expect}, got ${result.intent} ${JSON.stringify(result.codes.map((x) => x.code).slice(0, 3))}`,
        );
      }
      byStyle.set(c.style, tally);
    }
  }
  for (const [style, [r, n]] of byStyle)
    console.log(
      `${style.padEnd(16)} ${String(r).padStart(4)}/${String(n).padEnd(4)} ${((100 * r) / n).toFixed(1)}%`,
    );
  console.log(
    `${"all".padEnd(16)} ${String(right).padStart(4)}/${String(total).padEnd(4)} ${((100 * right) / total).toFixed(1)}%`,
  );
}
