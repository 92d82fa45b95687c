import type { Entry } from "../../knowledge/catalog.ts";
import { findNumbers, type NumberMention } from "../numbers.ts";
import { lookupFor } from "../reading/code-lookup.ts";
import { flag, positionsOf } from "../search/features.ts";
import { type Gate, gateProbability } from "../search/ranker.ts";
import { everyWord, words } from "../search/text.ts";
import {
  type Answer,
  type Engine,
  emptyAnswer,
  type NumberProblem,
  type Question,
  ranked,
} from "../types.ts";
import { classByDigit } from "./classes.ts";
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
  /** The format or a word only ever said of statuses says so (not merely "got 100", "the 300"). */
  readonly strongContext: boolean;
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
  // Read only when a mention is not a code of three digits, which most questions never have.
  let onlyNumbers: boolean | undefined;
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
        strongContext: mention.strongContext,
      });
      continue;
    }
    if (!mention.statusContext) onlyNumbers ??= everyWord(text, isNumberOrFiller);
    const strong =
      mention.statusContext || onlyNumbers === true || (mentions.length === 1 && words(text).length <= 3);
    if (mention.text.length !== 3 && !strong) continue;
    problems.push(numberProblem(mention, strong || mention.text.length === 3));
  }
  // Next to real codes, odd numbers are ids or counts ("user 123 gets a 404"), not questions.
  return { entries, mentions: codeMentions, problems: entries.length ? [] : problems };
}

/*
 * Whether the codes written in a short question are what it asks about. A number read with status
 * context ("HTTP 404", "returns 502", an access log's status field) is; so is a number with nothing
 * but filler around it ("409??", "what does 418 mean"). Any other number needs HTTP evidence around
 * it: numbers alone (rooms, prices, counts, car models: "I paid 429 for the headphones", "is 503 a
 * prime number?") never suffice. A logistic model learned from the training sets (bench/train.ts)
 * weighs that evidence.
 */

/** The features of the code gate, in the order of its learned weights. */
export const CODE_GATE_FEATURES = [
  "bias",
  "weakContext",
  "arithmetic",
  "identity",
  "asksForCode",
  "contentWords",
  "unknownShare",
  "domainWords",
  "nameWords",
  "codeEvidence",
  "codeNamed",
  "topEvidence",
  "otherNumbers",
  "question",
  "codes",
  "otherSystem",
  "leading",
] as const;
export type CodeGateFeature = (typeof CODE_GATE_FEATURES)[number];
const CODE_GATE_AT = positionsOf(CODE_GATE_FEATURES);

/** The learned gate: logistic weights, and the probability from which the codes are what is asked. */
export type CodeGate = Gate<CodeGateFeature>;

/** Nothing before a number but markup: it opens the message ("`500` in prod", "*451* lol"). */
const LEADING_MARKUP = /^[\s`*_>~"'(]*$/;

function isNumberOrFiller(word: string): boolean {
  return /^\d+$/.test(word) || isFillerWord(word) || word.length < 2;
}

/** "404 + 100", "503 * 2", "300 = 3 x 100": numbers in a sum are numbers. */
const ARITHMETIC =
  /\d\s*[-+*×÷=^]\s*\d|\d\s+x\s+\d|\b(?:plus|minus|times|divided|divisible|multiplied|squared|prime|binary|hex|roman|digits?|sum)\b/i;

/** "409??", "wats 425", "explain 502 pls": the number and nothing else that means anything. */
function bareCodes(question: Question): boolean {
  if (ARITHMETIC.test(question.text)) return false;
  return everyWord(question.text, isBareWord);
}

function isBareWord(word: string): boolean {
  return /^\d+$/.test(word) || isFillerWord(word) || word.length < 2 || BARE_WORDS.has(word);
}

const BARE_WORDS = new Set(
  [
    // Asking what a code is, in chat spelling.
    "wat wats whats what's wut wht pls plz please thanks thx ok okay hey hi so quick q again",
    "mean meaning means stand stands for",
    // Setting two codes against each other ("418 vs 226", "difference between 404 and 410").
    "vs versus or and compared compare to with than difference diff between",
  ]
    .join(" ")
    .split(" "),
);

/**
 * The code gate's features of a question, or undefined when its codes need no gate: none written,
 * one read with status context, or nothing else in the question.
 */
export function codeGateFeatures(question: Question, engine: Engine): number[] | undefined {
  const { entries, mentions } = question.numbers;
  if (!entries.length || mentions.some((mention) => mention.strongContext) || bareCodes(question))
    return undefined;
  const cues = question.cues();
  const features = question.features();
  const named = new Set(
    entries.flatMap((entry) => engine.index.featuresOf([entry.phrase, ...entry.aliases].join(" "))),
  );
  const content = features.filter((f) => !f.includes("+") && !/\d/.test(f));
  const search = engine.index.search(question.text, engine.tuning, {
    limit: 1,
    include: entries.map((entry) => entry.code),
    features,
  });
  const written = new Set(entries.map((entry) => entry.code));
  const ofCodes = search.hits.filter((hit) => written.has(hit.entry.code));
  const best = ofCodes.reduce((max, hit) => Math.max(max, hit.evidence), 0);
  const roles = [...cues.roles.values()];
  const numbers = question.text.match(/\d+(?:[.,]\d+)?/g) ?? [];
  const v: number[] = new Array(CODE_GATE_FEATURES.length);
  v[CODE_GATE_AT.bias] = 1;
  v[CODE_GATE_AT.weakContext] = flag(mentions.some((mention) => mention.statusContext));
  v[CODE_GATE_AT.arithmetic] = flag(ARITHMETIC.test(question.text));
  v[CODE_GATE_AT.identity] = flag(roles.some((role) => role.identity));
  v[CODE_GATE_AT.asksForCode] = flag(cues.asksForCode || roles.some((role) => role.proposed || role.option));
  v[CODE_GATE_AT.contentWords] = Math.log1p(content.length) / 2;
  v[CODE_GATE_AT.unknownShare] = search.unknownShare;
  v[CODE_GATE_AT.domainWords] = flag(cues.domainWords);
  v[CODE_GATE_AT.nameWords] = flag(content.some((f) => named.has(f)));
  v[CODE_GATE_AT.codeEvidence] = Math.log1p(best) / 3;
  v[CODE_GATE_AT.codeNamed] = flag(ofCodes.some((hit) => hit.namedOrKeyword));
  v[CODE_GATE_AT.topEvidence] = Math.log1p(search.hits[0]?.evidence ?? 0) / 3;
  v[CODE_GATE_AT.otherNumbers] = Math.min(3, Math.max(0, numbers.length - mentions.length)) / 3;
  v[CODE_GATE_AT.question] = flag(/\?/.test(question.text));
  v[CODE_GATE_AT.codes] = Math.min(2, entries.length) / 2;
  v[CODE_GATE_AT.otherSystem] = flag(cues.otherSystem);
  // "500 in prod :fire:", "451 lol ray bradbury": a message that opens with the code is about it more
  // often than a number met in passing is (a count or an id there is vetoed by its noun: "200 PRs").
  v[CODE_GATE_AT.leading] = flag(
    mentions.some((mention) => LEADING_MARKUP.test(question.text.slice(0, mention.index))),
  );
  return v;
}

/** Whether the codes written in the question are what it asks about (see above). */
export function codesAreAsked(question: Question, engine: Engine): boolean {
  const features = codeGateFeatures(question, engine);
  const gate = engine.tuning.codeGate;
  return !features || gateProbability(gate, CODE_GATE_FEATURES, features) >= gate.acceptAbove;
}

/** A number that is probably not a code ("room 503"): "not sure", the code only suggested. */
export function numbersNotAsked(question: Question): Answer {
  return emptyAnswer(question.query, "unknown", {
    suggestions: question.numbers.entries.map((entry) => ranked(entry, { why: entry.summary })),
  });
}

/** The codes written in the question: their cards. */
export function codes(question: Question, engine: Engine): Answer | undefined {
  const { entries } = question.numbers;
  // A class in a few words ("300 series") is the classes intent's, unless a code written is asked
  // about ("our 4xx family is mostly 404, what does 404 mean?").
  if (!entries.length) return undefined;
  if (classByDigit(question.text) && ![...question.cues().roles.values()].some((role) => role.identity))
    return undefined;
  if (!codesAreAsked(question, engine)) return numbersNotAsked(question);
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
