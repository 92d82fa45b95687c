import type { Entry } from "../../knowledge/catalog.ts";
import { findNumbers, type NumberMention } from "../numbers.ts";
import { lookupFor } from "../reading/code-lookup.ts";
import { words } from "../search/text.ts";
import {
  type Answer,
  type Engine,
  emptyAnswer,
  type NumberProblem,
  type Question,
  ranked,
} from "../types.ts";
import { isFillerWord } from "./names.ts";

/** A number that cannot be a code we know, and whether the question is about it. */
export interface Problem extends NumberProblem {
  /** The number is what was asked about ("status 42", "600"), not an id or count in passing. */
  readonly strong: boolean;
}

/** A status code written in a question, and where. */
export interface CodeMention {
  readonly entry: Entry;
  /** Where the number starts in the question's text, and how long it is. */
  readonly index: number;
  readonly length: number;
  /** Words around it say it is a status ("HTTP 404", "status 500", "error code 502"). */
  readonly statusContext: boolean;
}

/** The status codes written as numbers in a question, and the numbers that cannot be status codes. */
export interface NumbersRead {
  /** Each code once, in the order first written. */
  readonly entries: readonly Entry[];
  /** Every place a code is written. */
  readonly mentions: readonly CodeMention[];
  readonly problems: readonly Problem[];
}

/** Reads the numbers of a question (once, for every intent). */
export function readNumbers(engine: Engine, text: string): NumbersRead {
  const mentions = findNumbers(text, lookupFor(engine.catalog));
  if (!mentions.length) return { entries: [], mentions: [], problems: [] };
  const onlyNumbers = words(text).every(
    (word) => /^\d+$/.test(word) || isFillerWord(word) || word.length < 2,
  );
  const entries: Entry[] = [];
  const codeMentions: CodeMention[] = [];
  const problems: Problem[] = [];
  for (const mention of mentions) {
    const found = engine.catalog.byCode(mention.value);
    // "000" (and a bare "status 0") is what curl and AWS ELB report when no response came.
    const zero = mention.value === 0 && (mention.text.length === 3 || mention.statusContext);
    if ((mention.text.length === 3 || zero) && found.length) {
      let entry = entries.find((e) => e.code === mention.value);
      if (!entry) {
        entry = pickMeaning(engine, found, text);
        entries.push(entry);
      }
      codeMentions.push({
        entry,
        index: mention.index,
        length: mention.text.length,
        statusContext: mention.statusContext,
      });
      continue;
    }
    const strong = mention.statusContext || onlyNumbers || (mentions.length === 1 && words(text).length <= 3);
    if (mention.text.length !== 3 && !strong) continue;
    problems.push(numberProblem(mention, strong || mention.text.length === 3));
  }
  // Next to real codes, odd numbers are ids or counts ("user 123 gets a 404"), not questions.
  return { entries, mentions: codeMentions, problems: entries.length ? [] : problems };
}

/** The codes written in the question: their cards. */
export function codes(question: Question): Answer | undefined {
  const { entries } = question.numbers;
  if (!entries.length) return undefined;
  return { ...emptyAnswer(question.query, "code"), codes: entries.map((entry) => ranked(entry)) };
}

/** Numbers asked about that are not codes we know: why, and what clients fall back to. */
export function numberProblems(question: Question, engine: Engine): Answer | undefined {
  const strong = question.numbers.problems.filter((problem) => problem.strong);
  if (!strong.length) return undefined;
  const suggestions = strong
    .filter((p) => p.kind === "unassigned" && p.code !== undefined)
    .map((p) => engine.catalog.registered(Math.floor((p.code ?? 0) / 100) * 100))
    .filter((entry): entry is Entry => entry !== undefined)
    .map((entry) => ranked(entry, { why: `what clients fall back to for an unknown ${entry.class}xx code` }));
  return { ...emptyAnswer(question.query, "unknown"), problems: withoutStrength(strong), suggestions };
}

/** Problems as answers carry them. */
export function withoutStrength(problems: readonly Problem[]): NumberProblem[] {
  return problems.map(({ strong: _strong, ...problem }) => problem);
}

function numberProblem(mention: NumberMention, strong: boolean): Problem {
  const { text, value } = mention;
  const digit = Math.floor(value / 100);
  if (text.length === 3 && digit >= 1 && digit <= 5) {
    return {
      kind: "unassigned",
      text,
      code: value,
      strong,
      message: `${text} is not a registered status code. Clients that meet an unknown code treat it as the first code of its class, ${digit}00.`,
    };
  }
  const why =
    text.length !== 3
      ? "status codes have exactly three digits"
      : value < 100
        ? "status codes start at 100"
        : "status codes stop at 599 (the first digit is the class, 1 to 5)";
  return {
    kind: "out-of-range",
    text,
    strong,
    message: `${text.length > 12 ? `${text.slice(0, 12)}…` : text} cannot be an HTTP status code: ${why}.`,
  };
}

/** Where one number has several meanings (nginx's 499 vs Esri's), the words around it decide. */
function pickMeaning(engine: Engine, found: readonly Entry[], text: string): Entry {
  const [first] = found as [Entry];
  if (found.length === 1) return first;
  const asked = new Set(engine.index.featuresOf(text));
  let best = first;
  let bestScore = 0;
  for (const entry of found) {
    const clues = engine.index.featuresOf([entry.origin ?? "", ...entry.keywords, entry.phrase].join(" "));
    const score = clues.filter((clue) => asked.has(clue)).length;
    if (score > bestScore) {
      best = entry;
      bestScore = score;
    }
  }
  return best;
}
