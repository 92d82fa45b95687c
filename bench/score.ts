// Accuracy per style of question, in process (the eval scorer's judgement, without spawning the CLI).
//   npx tsx bench/score.ts [--misses] [--train | --held-out] files.tsv...
// A file's "# --- style: ..." lines start a style; lines before any are the file's own style.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { answer } from "../src/engine/answer.ts";
import { type Answer, statusCodes } from "../src/engine/types.ts";
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

/** The targets, which every question set's styles are reported under. */
export type Target = "long" | "logs" | "short" | "refuse" | "help";

const LONG_STYLES = new Set([
  "long",
  "train-long",
  "train-long-2",
  "train-long-3",
  "train-long-4",
  "train-long-5",
  "train-long-6",
  "train-long-7",
  "train-long-8",
  "train-long-9",
  "train-long-10",
  "train-long-11",
  "train-long-12",
  "train-long-13",
  "train-long-14",
  "train-long-15",
  "train-long-16",
  "train-long-17",
  "train-long-18",
  "train-long-19",
  "train-long-20",
  "train-support",
  "train-origins-2",
  "train-reviews",
  "train-incidents",
  "long-r3",
  "long-r4",
  "long-r5",
  "long-r6",
  "long-r7",
  "long-r8",
  "train-dilemmas",
  "train-context",
  "train-origins",
  "nonnative",
]);
const LOG_STYLES = new Set([
  "logs",
  "logs-r3",
  "logs-r4",
  "logs-r5",
  "logs-r6",
  "logs-r7",
  "logs-r8",
  "train-logs",
  "train-logs-2",
  "train-logs-3",
  "train-logs-4",
]);

/**
 * The target a question counts towards: help and "not sure" by what is expected, whatever the set;
 * long thread questions and pasted logs by their set's style; everything else is a short question.
 */
export function targetOf(c: Case): Target {
  if (c.expect === "help") return "help";
  if (c.expect === "none") return "refuse";
  if (LONG_STYLES.has(c.style)) return "long";
  if (LOG_STYLES.has(c.style)) return "logs";
  return "short";
}

/** "right/total percent" per style or target, in a fixed order. */
export function tallies(
  cases: readonly Case[],
  isRight: (c: Case) => boolean,
  keyOf: (c: Case) => string,
): Map<string, [number, number]> {
  const byKey = new Map<string, [number, number]>();
  for (const c of cases) {
    const tally = byKey.get(keyOf(c)) ?? [0, 0];
    tally[1]++;
    if (isRight(c)) tally[0]++;
    byKey.set(keyOf(c), tally);
  }
  return byKey;
}

/** The eval scorer's judgement of one answer. */
export function judge(expect: string, result: Answer): boolean {
  const codes = statusCodes(result);
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
  const cases = args
    .filter((a) => !a.startsWith("--"))
    .flatMap(readCases)
    .filter((c) => !c.expect.startsWith("codes:"))
    .filter((c) => split === undefined || isHeldOut(c.query) === split);
  const right = new Set<Case>();
  for (const c of cases) {
    const result = answer(c.query, catalog);
    if (judge(c.expect, result)) right.add(c);
    else if (showMisses) {
      console.log(
        `miss [${c.style}] ${JSON.stringify(c.query)} expected ${c.expect}, got ${result.intent} ${JSON.stringify(result.codes.map((x) => x.code).slice(0, 3))}`,
      );
    }
  }
  const line = (label: string, [r, n]: [number, number]) =>
    console.log(
      `${label.padEnd(16)} ${String(r).padStart(4)}/${String(n).padEnd(4)} ${((100 * r) / n).toFixed(1)}%`,
    );
  for (const [style, tally] of tallies(
    cases,
    (c) => right.has(c),
    (c) => c.style,
  ))
    line(style, tally);
  line("all", [right.size, cases.length]);
  console.log("by target:");
  for (const [target, tally] of tallies(cases, (c) => right.has(c), targetOf)) line(`  ${target}`, tally);
}
