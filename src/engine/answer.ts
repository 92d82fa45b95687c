import type { Catalog } from "../knowledge/catalog.ts";
import { classes, classMatcher, classOverview } from "./intents/classes.ts";
import { compare, comparison, comparisonTopics } from "./intents/compare.ts";
import { help } from "./intents/help.ts";
import { NameMatcher, names } from "./intents/names.ts";
import { noResponse } from "./intents/no-response.ts";
import { codes, type NumbersRead, numberProblems, readNumbers } from "./intents/numbers.ts";
import { protocols } from "./intents/protocols.ts";
import { scenarios } from "./intents/scenarios.ts";
import { sources } from "./intents/sources.ts";
import { verdict } from "./intents/verdict.ts";
import { type Example, ExampleIndex } from "./search/examples.ts";
import { type Cues, readCues } from "./search/features.ts";
import { type Ranking, rank } from "./search/ranker.ts";
import { searchIndexes } from "./search/snapshot.ts";
import { foldText, isSpace } from "./search/text.ts";
import { TUNING, type Tuning } from "./tuning.ts";
import { type Answer, type Engine, emptyAnswer, type IntentHandler, type Question, ranked } from "./types.ts";

/** Longer queries are cut here: no real question is longer, and it bounds the work per query. */
const MAX_QUERY_CHARS = 600;

/**
 * The intents, in the order they are tried; the first to answer wins. Help first; then where a
 * pasted error or log line comes from (before other protocols: an errno in an nginx line is a detail
 * of the line, not the question) and another protocol's code; a whole class asked about, with codes of
 * it as examples; then comparisons, which may name the codes they compare;
 * a code proposed for a situation before the code alone; names before the free-text search, which
 * comes last and always answers (with "not sure" when nothing fits).
 */
export const INTENTS: readonly IntentHandler[] = [
  help,
  sources,
  protocols,
  noResponse,
  classOverview,
  compare,
  verdict,
  codes,
  classes,
  numberProblems,
  names,
];

interface Built {
  readonly engine: Engine;
  /** Example indexes by list of examples (another tuning may bring other examples). */
  readonly examples: WeakMap<readonly Example[], ExampleIndex>;
}

const built = new WeakMap<Catalog, Built>();

/**
 * The engine for a catalog: the search index and matchers are built once per catalog. Another
 * tuning (the bench tools try some) shares them.
 */
export function engineFor(catalog: Catalog, tuning: Tuning = TUNING): Engine {
  let cached = built.get(catalog);
  if (!cached) {
    // Read back from the last process's build when nothing they are built from has changed.
    const { index, examples, facts } = searchIndexes(catalog, TUNING.ranker.examples, factExamples(catalog));
    cached = {
      engine: {
        catalog,
        tuning: TUNING,
        index,
        examples,
        facts,
        names: new NameMatcher(catalog, TUNING),
        classes: classMatcher(catalog, index),
        comparisonTopics: comparisonTopics(catalog, index),
      },
      examples: new WeakMap([[TUNING.ranker.examples, examples]]),
    };
    built.set(catalog, cached);
  }
  const { engine } = cached;
  if (tuning === engine.tuning) return engine;
  let examples = cached.examples.get(tuning.ranker.examples);
  if (!examples) {
    examples = new ExampleIndex(tuning.ranker.examples, (text) => engine.index.readFeatures(text));
    cached.examples.set(tuning.ranker.examples, examples);
  }
  return { ...engine, tuning, examples };
}

/** Each fact about where a status comes from, as text to compare questions with. */
function factExamples(catalog: Catalog): Example[] {
  return catalog.facts.flatMap((fact) => {
    const source = catalog.sourceById(fact.sourceId);
    if (fact.code === undefined || !source) return [];
    const situation = catalog.situation(fact.situation);
    const text = [source.name, ...source.aliases, fact.what, ...fact.signals, ...(situation?.keywords ?? [])];
    return [{ text: text.join(". "), codes: [fact.code] }];
  });
}

/** Understands a question about HTTP status codes and answers it. Pure; never throws on any string. */
export function answer(query: string, catalog: Catalog, tuning: Tuning = TUNING): Answer {
  const engine = engineFor(catalog, tuning);
  const question = readQuestion(query, engine);
  for (const intent of INTENTS) {
    const found = intent(question, engine);
    if (found) return found;
  }
  return scenarios(question, engine);
}

/** Reads a question once for every intent: cleaned, folded, its numbers read. */
export function readQuestion(query: string, engine: Engine): Question {
  return new ReadQuestion(query, engine);
}

/** A question and what is read from it, each part read once when an intent first asks for it. */
class ReadQuestion implements Question {
  readonly text: string;
  readonly lower: string;
  readonly folded: string;
  readonly bare: string;
  readonly numbers: NumbersRead;
  private readWords: readonly string[] | undefined;
  private readFeatures: readonly string[] | undefined;
  private readCues: Cues | undefined;
  private readRanking: Ranking | undefined;

  constructor(
    readonly query: string,
    private readonly engine: Engine,
  ) {
    this.text = query
      .slice(0, MAX_QUERY_CHARS)
      .replace(/<[@#!][^>]*>/g, " ")
      // Control characters (pasted terminal output, fuzzed input) carry no meaning here.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
      .replace(/[\u0000-\u001f\u007f]/g, " ")
      .trim();
    // A text with a character past Latin-1 is a two-byte string, which toLowerCase lowers through
    // ICU: slowly, for hundreds of characters. Lowered once here for every intent that reads it.
    this.lower = this.text.toLowerCase();
    const lower = foldText(this.text, this.lower);
    this.folded = foldedWords(lower);
    this.bare = withoutTrailingMarks(lower).trim();
    this.numbers = readNumbers(engine, this.text);
  }

  words(): readonly string[] {
    this.readWords ??= this.lower.match(/[a-z0-9]+/g) ?? [];
    return this.readWords;
  }

  features(): readonly string[] {
    this.readFeatures ??= this.engine.index.questionFeatures(this.text);
    return this.readFeatures;
  }

  cues(): Cues {
    this.readCues ??= readCues(this);
    return this.readCues;
  }

  ranking(): Ranking {
    this.readRanking ??= rank(this, this.engine);
    return this.readRanking;
  }
}

/** Scratch for foldedWords: grown when a longer text comes, never shrunk. */
let foldedScratch = new Uint8Array(1024);
const latin1 = new TextDecoder("latin1");

/**
 * The words of a folded text as the intents' patterns read them: every run of characters other
 * than letters, digits, "_", "'" and "/" one space, none at either end. The same text as
 * lower.replace(/[^\w\s'/]+/g, " ").replace(/\s{2,}|[^\S ]/g, " ").trim(), made in one pass
 * that allocates only the result (the chain made two copies of a long question and the parts of
 * each): whitespace and the replaced marks end up as one space either way. Every character kept
 * is ASCII, so the result is written as bytes.
 */
function foldedWords(lower: string): string {
  if (foldedScratch.length < lower.length) foldedScratch = new Uint8Array(lower.length * 2);
  const out = foldedScratch;
  let length = 0;
  let gap = false;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (isFoldedWordChar(code)) {
      if (gap && length > 0) out[length++] = 32;
      gap = false;
      out[length++] = code;
    } else gap = true;
  }
  return latin1.decode(out.subarray(0, length));
}

/** What \w matches (A-Z, a-z, 0-9, _), "'" and "/". */
function isFoldedWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    code === 95 ||
    code === 39 ||
    code === 47
  );
}

/**
 * The text without its trailing run of "!", "." and whitespace: what .replace(/[!.\s]+$/, "")
 * gives, read from the end, where the regex tried every position of a long question for a run
 * that reaches the end.
 */
export function withoutTrailingMarks(text: string): string {
  let end = text.length;
  while (end > 0) {
    const code = text.charCodeAt(end - 1);
    if (code !== 33 && code !== 46 && !isSpace(code)) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

/** The answer for one catalog entry (what a related-code button asks for). */
export function answerForEntry(entryId: string, catalog: Catalog): Answer | undefined {
  const entry = catalog.entry(entryId);
  return entry ? { ...emptyAnswer(entryId, "code"), codes: [ranked(entry)] } : undefined;
}

/** The comparison of two codes (what a compare button asks for). */
export function answerForPair(first: number, second: number, catalog: Catalog): Answer | undefined {
  const a = catalog.byCode(first)[0];
  const b = catalog.byCode(second)[0];
  if (!a || !b || a.code === b.code) return undefined;
  return comparison(`${first} vs ${second}`, engineFor(catalog), a, b);
}
