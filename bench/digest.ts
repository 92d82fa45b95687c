// The answers' fingerprint: what a speed-up must leave exactly as it was.
//   npx tsx bench/digest.ts [--out=FILE] [--compare=FILE]
// For every question of the question sets (bench/training/*.tsv, test/engine/*.tsv,
// bench/probe-questions.tsv, the shared dev set when present, the HTTP benchmark's distinct
// questions and the engine benchmark's, with its variations), as written and in capitals, it records:
// - the answer, whole (intent, codes, class, comparison, verdicts, sources, suggestions, problems...);
// - the learned ranking of the question, computed even where another intent answers first: every
//   candidate's features, score and probability and the confidence, to the last bit;
// - the /httpstatus card (its JSON, hashed), as the command renders it;
// - for channel messages (bench/training/mentions.tsv), the codes the passive listener explains.
// One line per question goes to --out (default: stdout is only the summary); --compare reads a file
// written before and lists the questions whose line differs. The summary's digest changes with any
// difference.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { renderAnswer } from "../src/cards/index.ts";
import { answer, engineFor, readQuestion } from "../src/engine/answer.ts";
import { lookupFor } from "../src/engine/reading/code-lookup.ts";
import { codesToExplain } from "../src/engine/reading/reader.ts";
import { rank } from "../src/engine/search/ranker.ts";
import { getCatalog } from "../src/knowledge/load.ts";
import { queryKinds } from "./engine.ts";
import { distinctQuestions } from "./queries.ts";
import { readCases } from "./score.ts";

const SHARED_DEV = "/work/shared/eval/dev.tsv";

function questionFiles(): string[] {
  const tsv = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".tsv"))
      .sort()
      .map((f) => `${dir}/${f}`);
  return [
    ...tsv("bench/training"),
    ...tsv("test/engine"),
    "bench/probe-questions.tsv",
    ...(existsSync(SHARED_DEV) ? [SHARED_DEV] : []),
  ];
}

/** Every number to the last bit: JSON would print the same, but say so. */
function exact(value: number): string {
  return Object.is(value, -0) ? "-0" : String(value);
}

function sha(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

export function fingerprint(query: string): string {
  const catalog = getCatalog();
  const engine = engineFor(catalog);
  const result = answer(query, catalog);
  const ranking = rank(readQuestion(query, engine), engine);
  const rankingText = [
    exact(ranking.confidence),
    String(ranking.accepted),
    String(ranking.short),
    ranking.features.map(exact).join(","),
    ...ranking.candidates.map(
      (c) =>
        `${c.hit.entry.id}:${exact(c.score)}:${exact(c.probability)}:${c.features.map(exact).join(",")}:${c.hit.scenario ?? ""}`,
    ),
  ].join("|");
  const command = "/httpstatus";
  const card = renderAnswer(result, catalog, { shareable: result.intent !== "help", command });
  return `${JSON.stringify(result)}\tranking:${sha(rankingText)}\tcard:${sha(JSON.stringify(card))}`;
}

/** Every question the digest covers, each as written and in capitals. */
export function questionSet(): { query: string; message: boolean }[] {
  const seen = new Set<string>();
  const out: { query: string; message: boolean }[] = [];
  const add = (query: string, message = false, varied = false) => {
    // The engine benchmark's variations too, where its questions are added.
    const variants = varied ? [query, `${query} `, `${query}!`] : [];
    for (const variant of [query, query.toUpperCase(), ...variants]) {
      const key = `${message}:${variant}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ query: variant, message });
    }
  };
  for (const file of questionFiles()) {
    const message = file.endsWith("mentions.tsv");
    for (const c of readCases(file)) add(c.query, message);
  }
  for (const query of distinctQuestions(getCatalog())) add(query);
  for (const [, list] of queryKinds()) for (const query of list) add(query, false, true);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const outFile = args.find((a) => a.startsWith("--out="))?.slice("--out=".length);
  const compareFile = args.find((a) => a.startsWith("--compare="))?.slice("--compare=".length);
  const lookup = lookupFor(getCatalog());
  const lines: string[] = [];
  for (const { query, message } of questionSet()) {
    const explained = message ? `\tmessage:${codesToExplain(query, lookup).join(",")}` : "";
    lines.push(`${JSON.stringify(query)}\t${fingerprint(query)}${explained}`);
  }
  const text = `${lines.join("\n")}\n`;
  if (outFile) writeFileSync(outFile, text);
  console.log(`${lines.length} questions · digest ${sha(text)}`);
  if (compareFile) {
    const before = readFileSync(compareFile, "utf8").split("\n").filter(Boolean);
    let differ = 0;
    if (before.length !== lines.length) console.log(`line count differs: ${before.length} before`);
    for (let i = 0; i < Math.max(before.length, lines.length); i++) {
      if (before[i] === lines[i]) continue;
      differ++;
      if (differ <= 10) console.log(`- ${before[i]?.slice(0, 400)}\n+ ${lines[i]?.slice(0, 400)}`);
    }
    console.log(differ ? `${differ} questions differ from ${compareFile}` : `identical to ${compareFile}`);
    if (differ) process.exitCode = 1;
  }
}
