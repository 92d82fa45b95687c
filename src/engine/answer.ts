import Fuse from "fuse.js";
import type { Catalog, Comparison, Entry } from "../knowledge/catalog.ts";
import { getCatalog } from "../knowledge/load.ts";
import { normalizeName } from "../knowledge/names.ts";
import { findNumbers, type NumberMention } from "./numbers.ts";
import { lookupFor } from "./reading/code-lookup.ts";
import { type SearchHit, SearchIndex } from "./search.ts";
import { features, foldText, words } from "./text.ts";
import type { Answer, NumberProblem, RankedCode } from "./types.ts";

/** Longer queries are cut here: no real question is longer, and it bounds the work per query. */
const MAX_QUERY_CHARS = 600;
/** A free-text match below this is not confident enough to recommend a code. */
const MIN_SCENARIO_SCORE = 0.28;
const MIN_SCENARIO_COVERAGE = 0.4;
/** One common word ("time", "page") explained is not evidence enough; one rare one ("throttling") is. */
const MIN_EVIDENCE = 2.3;
const SINGLE_WORD_MARGIN = 1.25;
const SHORT_QUESTION_PRECISION = 0.5;
const MIN_RUNNERS_UP = 2;
const MAX_RUNNERS_UP = 3;
/** Below this a match is not worth even suggesting. */
const MIN_SUGGESTION_SCORE = 0.15;

/** Every way of asking for help, matched against the lower-cased question. */
const HELP_PATTERN =
  /^(?:(?:\/?status\s+)?\/?help\b.*|usage|commands|examples|h|\?+|how to use\b.*|how (?:do|can|should) (?:i|we|you) use (?:this bot|this|it|you|the bot|status bot)\b.*|how does (?:this bot|this|it|the bot|status bot) work\b.*|what can (?:you|this bot|the bot) do\b.*)$/;

/** Words around a name that do not change which code is meant ("what does forbidden mean?"). */
const FILLER_WORDS =
  "what(?:'s| is| does| do| are)?|whats|mean(?:s|ing)?|status|code|http(?:\\/[\\d.]+)?|error|response|is|the|a|an|explain|define|definition|of|about|tell me|me|please|i got|got|getting|returned|returns|return";
const NAME_FILLER = new RegExp(`\\b(?:${FILLER_WORDS})\\b`, "g");
/** One word that is filler (for "is the query only numbers and filler?"). */
const FILLER_WORD = new RegExp(`^(?:${FILLER_WORDS})$`);

const COMPARE_PATTERNS: RegExp[] = [
  /\b(?:difference|differences|diff)\s+(?:between|of)\s+(.+?)\s+(?:and|&|vs\.?|versus)\s+(.+)$/,
  /\b(?:compare|comparing|comparison of)\s+(.+?)\s+(?:and|with|to|&|vs\.?|versus)\s+(.+)$/,
  /^(.+?)\s+(?:vs\.?|versus|v\.?|or|instead of|rather than|compared to|compared with|against)\s+(.+)$/,
];
const COMPARE_CUE =
  /\b(?:vs\.?|versus|or|difference|differences|diff|compare|comparing|between|instead of|rather than)\b/;

interface Engine {
  readonly catalog: Catalog;
  readonly index: SearchIndex;
  readonly names: Fuse<{ name: string; entry: Entry }>;
  /** Every word that occurs in a name, to skip fuzzy matching when a question shares none. */
  readonly nameWords: ReadonlySet<string>;
  readonly classNames: { digit: number; features: string }[];
  /** Each curated comparison's keywords as word sets ("authentication vs authorization"). */
  readonly comparisonKeys: { comparison: Comparison; words: string[] }[];
}

const engines = new WeakMap<Catalog, Engine>();

/** The engine for a catalog: the search index and name matcher are built once per catalog. */
export function engineFor(catalog: Catalog = getCatalog()): Engine {
  let engine = engines.get(catalog);
  if (!engine) {
    const index = new SearchIndex(catalog);
    const nameList = catalog.entries.flatMap((entry) =>
      [entry.phrase, ...entry.former_names.map((f) => f.name), ...entry.aliases].map((name) => ({
        name: normalizeName(name),
        entry,
      })),
    );
    const names = new Fuse(nameList, {
      keys: ["name"],
      includeScore: true,
      threshold: 0.3,
      ignoreLocation: true,
    });
    const classNames = catalog.classes.flatMap((info) =>
      [info.name, ...info.keywords].map((name) => ({ digit: info.class, features: classKey(index, name) })),
    );
    const nameWords = new Set(nameList.flatMap(({ name }) => name.split(" ")));
    // Only keywords that are themselves a contrast ("permanent vs temporary redirect") name a topic.
    const comparisonKeys = catalog.comparisons.flatMap((comparison) =>
      comparison.keywords
        .filter((keyword) => /\b(?:vs\.?|versus|or)\b/i.test(keyword))
        .map((keyword) => ({
          comparison,
          words: [...new Set(index.featuresOf(keyword).filter((f) => !f.includes("+")))],
        })),
    );
    engine = { catalog, index, names, classNames, nameWords, comparisonKeys };
    engines.set(catalog, engine);
  }
  return engine;
}

function classKey(index: SearchIndex, text: string): string {
  const key = features(words(index.rewriter.rewrite(text)))
    .filter(
      (f) =>
        !f.includes("+") && !["code", "error", "respons", "class", "categori", "list", "all"].includes(f),
    )
    .sort()
    .join(" ");
  return key;
}

function ranked(entry: Entry, extra: Partial<RankedCode> = {}): RankedCode {
  return { code: entry.code, entryId: entry.id, ...extra };
}

function empty(query: string, intent: Answer["intent"], rest: Partial<Answer> = {}): Answer {
  return { query, intent, codes: [], suggestions: [], problems: [], ...rest };
}

/** Understands a question about HTTP status codes and answers it. Pure; never throws on any string. */
export function answer(query: string, catalog: Catalog = getCatalog()): Answer {
  const engine = engineFor(catalog);
  const text = clean(query);
  const folded = foldText(text)
    .replace(/[^\w\s'/]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const bare = foldText(text)
    .replace(/[!.\s]+$/, "")
    .trim();
  if (!folded || HELP_PATTERN.test(bare)) {
    // Something was typed, but nothing we can read (emoji, symbols): that is not a request for help.
    return folded || !query.trim() || /^\?+$/.test(bare) ? empty(query, "help") : empty(query, "unknown");
  }

  const { entries, problems } = readNumbers(engine, text);
  const named = entries.length < 2 ? comparedByName(engine, text, entries) : undefined;
  if (named) return compare(query, engine, named[0], named[1]);
  const topic = entries.length === 0 ? comparedByTopic(engine, text) : undefined;
  if (topic) return compare(query, engine, topic[0], topic[1]);

  if (entries.length === 2) {
    const [first, second] = entries as [Entry, Entry];
    return compare(query, engine, first, second, problems);
  }
  if (entries.length > 0) {
    return { ...empty(query, "code"), codes: entries.map((entry) => ranked(entry)), problems };
  }
  const digit = classAsked(engine, text);
  if (digit !== undefined) return { ...empty(query, "class"), classDigit: digit };

  const strongProblems = problems.filter((problem) => problem.strong);
  if (strongProblems.length) return numberProblemAnswer(query, engine, strongProblems);

  const byName = entryByName(engine, text);
  if (byName) return { ...empty(query, "code"), codes: [ranked(byName)] };

  return searchAnswer(query, engine, text, problems);
}

function clean(query: string): string {
  return (
    query
      .slice(0, MAX_QUERY_CHARS)
      .replace(/<[@#!][^>]*>/g, " ")
      // Control characters (pasted terminal output, fuzzed input) carry no meaning here.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
      .replace(/[\u0000-\u001f\u007f]/g, " ")
      .trim()
  );
}

interface Problem extends NumberProblem {
  readonly strong: boolean;
}

/** The status codes written as numbers in a query, and the numbers that cannot be status codes. */
function readNumbers(engine: Engine, text: string): { entries: Entry[]; problems: Problem[] } {
  const mentions = findNumbers(text, lookupFor(engine.catalog));
  const onlyNumbers = words(text).every(
    (word) => /^\d+$/.test(word) || FILLER_WORD.test(word) || word.length < 2,
  );
  const entries: Entry[] = [];
  const problems: Problem[] = [];
  for (const mention of mentions) {
    const found = engine.catalog.byCode(mention.value);
    // "000" (and a bare "status 0") is what curl and AWS ELB report when no response came.
    const zero = mention.value === 0 && (mention.text.length === 3 || mention.statusContext);
    if ((mention.text.length === 3 || zero) && found.length) {
      const entry = pickMeaning(engine, found, text);
      if (!entries.some((e) => e.code === entry.code)) entries.push(entry);
      continue;
    }
    const strong = mention.statusContext || onlyNumbers || (mentions.length === 1 && words(text).length <= 3);
    if (mention.text.length !== 3 && !strong) continue;
    problems.push(numberProblem(mention, strong || mention.text.length === 3));
  }
  // Next to real codes, odd numbers are ids or counts ("user 123 gets a 404"), not questions.
  return { entries, problems: entries.length ? [] : problems };
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

function numberProblemAnswer(query: string, engine: Engine, problems: Problem[]): Answer {
  const suggestions = problems
    .filter((p) => p.kind === "unassigned" && p.code !== undefined)
    .map((p) => engine.catalog.registered(Math.floor((p.code ?? 0) / 100) * 100))
    .filter((entry): entry is Entry => entry !== undefined)
    .map((entry) => ranked(entry, { why: `what clients fall back to for an unknown ${entry.class}xx code` }));
  return {
    ...empty(query, "unknown"),
    problems: problems.map(({ strong: _strong, ...p }) => p),
    suggestions,
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

/**
 * "difference between authentication and authorization errors": a comparison asked by topic, matched
 * against the curated comparisons' keywords (every word of a keyword must be in the question).
 */
function comparedByTopic(engine: Engine, text: string): [Entry, Entry] | undefined {
  if (!COMPARE_CUE.test(foldText(text))) return undefined;
  const asked = new Set([
    ...engine.index.featuresOf(text),
    ...engine.index.featuresOf(engine.index.correctText(text)),
  ]);
  const askedWords = new Set(engine.index.featuresOf(text).filter((f) => !f.includes("+")));
  let best: Comparison | undefined;
  let bestSize = 1;
  for (const { comparison, words: keyWords } of engine.comparisonKeys) {
    // The keyword must be most of the question, not a detail of a question about something else.
    if (keyWords.length * 10 < askedWords.size * 6) continue;
    if (keyWords.length > bestSize && keyWords.every((word) => asked.has(word))) {
      best = comparison;
      bestSize = keyWords.length;
    }
  }
  if (!best) return undefined;
  const [first, second] = best.codes.map((code) => engine.catalog.byCode(code)[0]);
  return first && second ? [first, second] : undefined;
}

/** "forbidden vs unauthorized", "401 or forbidden", "difference between not found and gone". */
function comparedByName(engine: Engine, text: string, numbered: Entry[]): [Entry, Entry] | undefined {
  const folded = foldText(text)
    .replace(/[?!.]+$/, "")
    .trim();
  if (!COMPARE_CUE.test(folded)) return undefined;
  for (const pattern of COMPARE_PATTERNS) {
    const match = folded.match(pattern);
    if (!match) continue;
    const left = sideEntry(engine, match[1] ?? "", numbered);
    const right = sideEntry(engine, match[2] ?? "", numbered);
    if (left && right && left.code !== right.code) return [left, right];
  }
  return undefined;
}

function sideEntry(engine: Engine, side: string, numbered: Entry[]): Entry | undefined {
  const trimmed = side
    .replace(/^.*\b(?:use|return|send|pick|choose|between)\s+/, "")
    .replace(/\b(?:for|when|if|in|on)\b.*$/, "")
    .trim();
  const number = trimmed.match(/\b\d{3}\b/)?.[0];
  if (number) return numbered.find((entry) => entry.code === Number(number));
  return entryByName(engine, trimmed, true);
}

/** A code named by its current or former name, tolerating typos ("gatway timeout"). */
function entryByName(engine: Engine, text: string, strict = false): Entry | undefined {
  // The longest name has six words; a long question is not a name, however it is spelt.
  if (text.split(/\s+/).length > 10) return undefined;
  const preferRegistered = (list: readonly Entry[]) => list.find((entry) => entry.registered) ?? list[0];
  // Names may contain filler words themselves ("Multi-Status", "Internal Server Error").
  const whole = engine.catalog.byName(text);
  if (whole.length) return preferRegistered(whole);
  const stripped = normalizeName(foldText(text).replace(NAME_FILLER, " "));
  if (!stripped || stripped.split(" ").length > 7) return undefined;
  const exact = engine.catalog.byName(stripped);
  if (exact.length) return preferRegistered(exact);
  const corrected = normalizeName(engine.index.correctText(stripped));
  const fixed = engine.catalog.byName(corrected);
  if (fixed.length) return preferRegistered(fixed);
  // Fuzzy matching costs about a millisecond; names are short, so long questions skip it.
  const typed = corrected.split(" ");
  if (stripped.length < 5 || typed.length > 4) return undefined;
  if (typed.filter((word) => engine.nameWords.has(word)).length * 2 < typed.length) return undefined;
  const [best] = engine.names.search(corrected, { limit: 1 });
  const threshold = strict ? 0.2 : 0.25;
  if (!best || (best.score ?? 1) > threshold) return undefined;
  // Fuse matches substrings; the name must also be about as long as what was typed.
  const ratio = best.item.name.length / corrected.length;
  if (ratio < 0.75 || ratio > 1.35) return undefined;
  return best.item.entry;
}

function classAsked(engine: Engine, text: string): number | undefined {
  const folded = foldText(text);
  const explicit = folded.match(/\b([1-5])\s?xx\b|\b([1-5])\*\*|\b([1-5])00s\b/);
  if (explicit) return Number(explicit[1] ?? explicit[2] ?? explicit[3]);
  // A class named in words is a short question; a description is not worth rewriting for it.
  if (folded.split(/\s+/).length > 10) return undefined;
  const key = classKey(
    engine.index,
    folded.replace(
      /\b(?:what|which|are|is|the|show|me|list|all|of|http|status|codes?|errors?|responses?|class|category|kinds?|types?|overview|summary|explain|about|tell)\b/g,
      " ",
    ),
  );
  if (!key) return undefined;
  return engine.classNames.find((candidate) => candidate.features === key)?.digit;
}

function compare(
  query: string,
  engine: Engine,
  first: Entry,
  second: Entry,
  problems: Problem[] = [],
): Answer {
  const curated = engine.catalog.comparison(first.code, second.code);
  return {
    ...empty(query, "compare"),
    codes: [ranked(first), ranked(second)],
    comparison: { first: first.code, second: second.code, curated: curated !== undefined },
    problems: problems.filter((p) => p.strong).map(({ strong: _strong, ...p }) => p),
  };
}

function searchAnswer(query: string, engine: Engine, text: string, problems: Problem[]): Answer {
  const { hits, meaningfulWords } = engine.index.search(text, 8);
  const unique = dedupeByCode(hits);
  const [top, second] = unique;
  // A single word ("kubernetes") must point at one code clearly, not at several equally.
  const distinct = meaningfulWords > 1 || !second || (top?.score ?? 0) >= SINGLE_WORD_MARGIN * second.score;
  // Two words of the question explained at least ("write me a poem" shares only "write" with 412).
  const enough = (top?.matchedWords ?? 0) >= Math.min(2, meaningfulWords) || (top?.coverage ?? 0) >= 0.6;
  // A short question must hit a name or keyword, or most of a scenario: "ship it" touches only one
  // word of "cancel an order that has already shipped", "what is docker" one word of a 407 scenario.
  const specific =
    meaningfulWords > 2 ||
    (top?.namedOrKeyword ?? false) ||
    (top?.scenarioPrecision ?? 0) >= SHORT_QUESTION_PRECISION;
  const confident =
    distinct &&
    enough &&
    specific &&
    top &&
    top.score >= MIN_SCENARIO_SCORE &&
    top.coverage >= MIN_SCENARIO_COVERAGE &&
    top.evidence >= MIN_EVIDENCE;
  if (!confident) {
    const suggestions = unique.filter((hit) => hit.score >= MIN_SUGGESTION_SCORE).slice(0, 3);
    return {
      ...empty(query, "unknown"),
      suggestions: suggestions.map((hit) =>
        ranked(hit.entry, { score: round(hit.score), why: hit.entry.summary }),
      ),
      problems: problems.map(({ strong: _strong, ...p }) => p),
    };
  }
  const neighbours = new Set([
    ...top.entry.avoid_when.flatMap((alternative) =>
      alternative.use === undefined ? [] : [alternative.use],
    ),
    ...top.entry.related,
    ...engine.catalog.comparisonsOf(top.entry.code).flatMap((comparison) => comparison.codes),
  ]);
  const runnersUp = unique
    .slice(1)
    // A vendor's code is a runner-up only next to another vendor code (the question was about one).
    .filter((hit) => hit.entry.registered || !top.entry.registered)
    .filter((hit) => hit.score >= Math.max(MIN_SUGGESTION_SCORE, top.score * 0.4))
    // A close second that shares only a word is noise; the codes the recommendation is confused
    // with (its alternatives and comparisons) are worth showing even a little further behind.
    .filter((hit) => neighbours.has(hit.entry.code) || hit.score >= top.score * 0.75)
    .slice(0, MAX_RUNNERS_UP)
    .map((hit) => ranked(hit.entry, { score: round(hit.score), why: whyNot(engine, top.entry, hit.entry) }));
  // Too few close matches: the codes the recommendation itself says to use instead are the natural
  // runners-up, and each comes with its reason.
  for (const alternative of top.entry.avoid_when) {
    if (runnersUp.length >= MIN_RUNNERS_UP) break;
    const entry = alternative.use === undefined ? undefined : engine.catalog.byCode(alternative.use)[0];
    if (!entry || entry.code === top.entry.code || runnersUp.some((r) => r.code === entry.code)) continue;
    runnersUp.push(ranked(entry, { why: `Use ${entry.code} instead when: ${alternative.when}` }));
  }
  return {
    ...empty(query, "scenario"),
    codes: [ranked(top.entry, { score: round(top.score), why: whyItFits(top) }), ...runnersUp],
  };
}

function dedupeByCode(hits: SearchHit[]): SearchHit[] {
  const seen = new Set<number>();
  return hits.filter((hit) => {
    if (seen.has(hit.entry.code)) return false;
    seen.add(hit.entry.code);
    return true;
  });
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

function whyItFits(hit: SearchHit): string {
  return hit.scenario ? `Closest situation: “${hit.scenario}”. ${hit.entry.summary}` : hit.entry.summary;
}

/** Why a runner-up is not the recommendation: the curated rule of thumb, else our own advice. */
function whyNot(engine: Engine, chosen: Entry, other: Entry): string {
  const avoid = chosen.avoid_when.find((alternative) => alternative.use === other.code);
  if (avoid) return `Use ${other.code} instead when: ${avoid.when}`;
  const comparison = engine.catalog.comparison(chosen.code, other.code);
  if (comparison) return comparison.rule_of_thumb;
  return other.summary;
}

/** The answer for one catalog entry (what a related-code button asks for). */
export function answerForEntry(entryId: string, catalog: Catalog = getCatalog()): Answer | undefined {
  const entry = catalog.entry(entryId);
  return entry ? { ...empty(entryId, "code"), codes: [ranked(entry)] } : undefined;
}

/** The comparison of two codes (what a compare button asks for). */
export function answerForPair(
  first: number,
  second: number,
  catalog: Catalog = getCatalog(),
): Answer | undefined {
  const engine = engineFor(catalog);
  const a = catalog.byCode(first)[0];
  const b = catalog.byCode(second)[0];
  if (!a || !b || a.code === b.code) return undefined;
  return compare(`${first} vs ${second}`, engine, a, b);
}

/** The overview of a class (what the Home tab's class browser asks for). */
export function answerForClass(digit: number, catalog: Catalog = getCatalog()): Answer | undefined {
  return catalog.classInfo(digit) ? { ...empty(`${digit}xx`, "class"), classDigit: digit } : undefined;
}
