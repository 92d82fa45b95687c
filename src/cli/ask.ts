// The bot in a terminal: `npm run ask -- 403`, `--json "401 vs 403"`, `--jsonl` (one query per line on
// stdin), or no query on a TTY for an interactive prompt.
import { realpathSync } from "node:fs";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { renderAnswer } from "../cards/index.ts";
import { answer } from "../engine/answer.ts";
import { lookupFor } from "../engine/reading/code-lookup.ts";
import { codesToExplain } from "../engine/reading/reader.ts";
import { type Answer, statusCodes } from "../engine/types.ts";
import type { Catalog } from "../knowledge/catalog.ts";
import { getCatalog } from "../knowledge/load.ts";
import { renderForTerminal } from "./terminal.ts";

const USAGE =
  'usage: npm run ask -- [--json] "<question>" | npm run --silent ask -- [--mentions] --jsonl < lines.txt';

function toJson(result: Answer, catalog: Catalog): Record<string, unknown> {
  const card = renderAnswer(result, catalog);
  return {
    query: result.query,
    intent: result.intent,
    codes: statusCodes(result),
    ...(result.classDigit === undefined ? {} : { class: result.classDigit }),
    ...(result.suggestions.length ? { suggestions: result.suggestions.map((s) => s.code) } : {}),
    ...(result.problems.length ? { problems: result.problems.map((p) => p.message) } : {}),
    text: card.text,
    blocks: card.blocks,
  };
}

/** What the passive listener would explain for a channel message (before dedupe and the cap). */
function mentionsJson(text: string, catalog: Catalog): Record<string, unknown> {
  return { text, codes: codesToExplain(text, lookupFor(catalog)) };
}

async function jsonl(toLine: (line: string) => Record<string, unknown>): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  const out: string[] = [];
  for await (const line of lines) {
    out.push(JSON.stringify(toLine(line)));
    if (out.length >= 256) process.stdout.write(`${out.splice(0).join("\n")}\n`);
  }
  if (out.length) process.stdout.write(`${out.join("\n")}\n`);
}

function terminalCard(catalog: Catalog, query: string, color: boolean): string {
  return renderForTerminal(renderAnswer(answer(query, catalog), catalog, { shareable: false }), color);
}

async function interactive(catalog: Catalog, color: boolean): Promise<void> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout, prompt: "status> " });
  console.log('Ask about any HTTP status code ("403", "401 vs 403", "rate limit hit"). Ctrl-D to quit.');
  prompt.prompt();
  for await (const line of prompt) {
    if (line.trim() === "exit" || line.trim() === "quit") break;
    if (line.trim()) console.log(`${terminalCard(catalog, line, color)}\n`);
    prompt.prompt();
  }
  prompt.close();
}

export async function main(argv: string[]): Promise<number> {
  const flags = argv.filter((arg) => arg.startsWith("--"));
  const words = argv.filter((arg) => !arg.startsWith("--"));
  const unknown = flags.filter(
    (flag) => !["--json", "--jsonl", "--mentions", "--help", "--no-color"].includes(flag),
  );
  const conflict =
    flags.includes("--json") && flags.includes("--jsonl")
      ? "--json and --jsonl do not go together"
      : flags.includes("--mentions") && !flags.includes("--jsonl")
        ? "--mentions reads messages with --jsonl"
        : undefined;
  if (unknown.length || conflict) {
    console.error(unknown.length ? `unknown option ${unknown.join(" ")}` : conflict);
    console.error(USAGE);
    return 2;
  }
  if (flags.includes("--help")) {
    console.log(USAGE);
    return 0;
  }
  const catalog = getCatalog();
  if (flags.includes("--jsonl")) {
    if (words.length) {
      console.error("--jsonl reads questions from standard input, not from arguments");
      console.error(USAGE);
      return 2;
    }
    await jsonl((line) =>
      flags.includes("--mentions") ? mentionsJson(line, catalog) : toJson(answer(line, catalog), catalog),
    );
    return 0;
  }
  const query = words.join(" ");
  if (flags.includes("--json")) {
    if (!query) {
      console.error("--json needs a question");
      console.error(USAGE);
      return 2;
    }
    console.log(JSON.stringify(toJson(answer(query, catalog), catalog)));
    return 0;
  }
  const color = Boolean(process.stdout.isTTY) && !flags.includes("--no-color") && !process.env.NO_COLOR;
  if (!query) {
    if (!process.stdin.isTTY) {
      console.error("no question given");
      console.error(USAGE);
      return 2;
    }
    await interactive(catalog, color);
    return 0;
  }
  console.log(terminalCard(catalog, query, color));
  return 0;
}

// Run when started as a program (`npm run ask`), not when imported (the tests call main).
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
