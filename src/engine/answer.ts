import type { Catalog } from "../knowledge/catalog.ts";
import { classes, classMatcher } from "./intents/classes.ts";
import { compare, comparison, comparisonTopics } from "./intents/compare.ts";
import { help } from "./intents/help.ts";
import { nameMatcher, names } from "./intents/names.ts";
import { codes, numberProblems, readNumbers } from "./intents/numbers.ts";
import { protocols } from "./intents/protocols.ts";
import { scenarios } from "./intents/scenarios.ts";
import { sources } from "./intents/sources.ts";
import { verdict } from "./intents/verdict.ts";
import { SearchIndex } from "./search/index.ts";
import { foldText } from "./search/text.ts";
import { TUNING, type Tuning } from "./tuning.ts";
import { type Answer, type Engine, emptyAnswer, type IntentHandler, type Question, ranked } from "./types.ts";

/** Longer queries are cut here: no real question is longer, and it bounds the work per query. */
const MAX_QUERY_CHARS = 600;

/**
 * The intents, in the order they are tried; the first to answer wins. Help first; then what only
 * a pasted log or another protocol says; then comparisons, which may name the codes they compare;
 * a code proposed for a situation before the code alone; names before the free-text search, which
 * comes last and always answers (with "not sure" when nothing fits).
 */
const INTENTS: readonly IntentHandler[] = [
  help,
  protocols,
  sources,
  compare,
  verdict,
  codes,
  classes,
  numberProblems,
  names,
];

const engines = new WeakMap<Catalog, Engine>();

/**
 * The engine for a catalog: the search index and matchers are built once per catalog. Another
 * tuning (the bench tools try some) shares them.
 */
export function engineFor(catalog: Catalog, tuning: Tuning = TUNING): Engine {
  let engine = engines.get(catalog);
  if (!engine) {
    const index = new SearchIndex(catalog);
    engine = {
      catalog,
      tuning: TUNING,
      index,
      names: nameMatcher(catalog, TUNING),
      classes: classMatcher(catalog, index),
      comparisonTopics: comparisonTopics(catalog, index),
    };
    engines.set(catalog, engine);
  }
  return tuning === engine.tuning ? engine : { ...engine, tuning };
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
  const text = query
    .slice(0, MAX_QUERY_CHARS)
    .replace(/<[@#!][^>]*>/g, " ")
    // Control characters (pasted terminal output, fuzzed input) carry no meaning here.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .trim();
  const lower = foldText(text);
  return {
    query,
    text,
    folded: lower
      .replace(/[^\w\s'/]/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
    bare: lower.replace(/[!.\s]+$/, "").trim(),
    numbers: readNumbers(engine, text),
  };
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
