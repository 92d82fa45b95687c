import type { Catalog, Entry, Source, SourceFact } from "../../knowledge/catalog.ts";
import { normalizeName } from "../../knowledge/names.ts";
import { lookupFor } from "../reading/code-lookup.ts";
import { readQuestionCodes } from "../reading/reader.ts";
import { isSpace } from "../search/text.ts";
import { type Answer, type Engine, emptyAnswer, type Question, ranked, type SourceMatch } from "../types.ts";

/*
 * Where a status comes from. A question that contains a source's signal (an exception, an error
 * message, a log fragment: "upstream timed out", "no live upstreams", "CSRF verification failed",
 * Envoy's response flags in an access log, HAProxy's termination states) gets the facts that name the
 * source ("HAProxy answers 504 when ..."), and then the usual advice for the status. So does a
 * question that names a source and a situation ("what does Django return on a CSRF failure?") or a
 * source and a code ("nginx 499").
 */

/** How much a signal says on its own. */
type Strength =
  /** An exception, a log fragment, a message of several words: enough alone. */
  | "strong"
  /** A word or two of plain English, or a status's own name: only with the source named. */
  | "weak"
  /** A response flag or termination state (UH, sH--): only in a log line, or with the source named. */
  | "token";

interface Signal {
  readonly source: Source;
  readonly fact: SourceFact;
  readonly text: string;
  readonly lower: string;
  readonly strength: Strength;
  /**
   * Its words with something other than a letter or digit on both sides ("timed" in "upstream timed
   * out"): wherever the signal is in a text, these are whole words of it, so a text that lacks one
   * cannot contain the signal, and is ruled out without searching it for the signal.
   */
  readonly innerWords: readonly string[];
}

interface SourceIndex {
  /** Signals by one word of theirs (their longest), lower-cased. */
  readonly byWord: ReadonlyMap<string, readonly Signal[]>;
  /** Short tokens, exactly as written. */
  readonly tokens: ReadonlyMap<string, readonly Signal[]>;
  readonly longestToken: number;
  /** The first character (code) of each token. */
  readonly tokenFirstChars: ReadonlySet<number>;
  /**
   * The folded names and aliases people type for each source, by their first word; each also with a
   * space either side, as it is looked for in a folded text (made once here, not per question).
   */
  readonly namesByWord: ReadonlyMap<
    string,
    readonly { readonly source: Source; readonly name: string; readonly spaced: string }[]
  >;
  /** Each situation with its name and keywords, longest first. */
  readonly situations: readonly { readonly id: string; readonly keys: readonly SituationKey[] }[];
  /** Every inner word of a signal, with the mark of the last question that had it (see `nextMark`). */
  readonly innerWordMarks: Map<string, number>;
  /** Every word of `byWord`, with the mark of the last question whose signals under it were read. */
  readonly anchorVisits: Map<string, number>;
  /** Every longest word of a situation's key, with the mark of the last question that had it. */
  readonly situationAnchorMarks: Map<string, number>;
  /** The last mark given. */
  lastMark: number;
}

/**
 * A situation's name or keyword: lower-cased, its word-bounded pattern, and its longest word (its
 * longest run of letters and digits, "" when it has none).
 */
interface SituationKey {
  readonly key: string;
  readonly pattern: RegExp;
  readonly anchor: string;
}

/** Names that are also everyday words: they name a source only when written as one ("Express"). */
const EVERYDAY_NAMES = new Set([
  "express",
  "spring",
  "nest",
  "cf",
  "eloquent",
  "envoy",
  "fetch",
  "rails",
  "go",
]);

const indexes = new WeakMap<Catalog, SourceIndex>();

/** What a lookup of a word with nothing under it iterates: one shared list, not a new one per word. */
const NONE: readonly never[] = [];

function indexFor(catalog: Catalog): SourceIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = buildIndex(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

const BARE_STATUS_FIELD =
  /^"?(?:status|status_?code|code|http_?status|http_?code|response_?code)"?\s*[=:]\s*"?\d{3}"?$/i;

function strengthOf(catalog: Catalog, signal: string): Strength {
  const compact = signal.replace(/-+$/, "");
  if (/^<?[A-Za-z]{1,3}>?$/.test(compact) || /^[A-Za-z]{2}--$/.test(signal)) return "token";
  // A status's own name, with or without its number ("413 Request Entity Too Large"), is no clue to
  // who sent it; neither is a word or two of plain English ("default backend", "field required").
  const folded = normalizeName(signal.replace(/^\d{3}\s+/, ""));
  if (catalog.byName(folded).length > 0) return "weak";
  // An error code of three or more words run together ("NoSuchBucket", "SignatureDoesNotMatch") is a
  // product's own, however plain its letters; unless it is a status's name ("MethodNotAllowed").
  // Exception and error class names are not: "NotFoundException" and "SocketTimeoutException" are
  // written by many frameworks and clients, so they stay weak unless the product is named.
  if (/^[A-Z][a-z]+(?:[A-Z][a-z]+){2,}$/.test(signal) && !/(?:Exception|Error)$/.test(signal)) {
    const words = signal.match(/[A-Z][a-z]+/g) ?? [];
    if (catalog.byName(normalizeName(words.join(" "))).length === 0) return "strong";
  }
  // A bare status field ("status=503", '"statusCode": 404') is in every access log: no clue to who sent it.
  if (BARE_STATUS_FIELD.test(signal)) return "weak";
  const plain = /^[a-z' ]+$/i.test(signal) && signal.trim().split(/\s+/).length <= 2;
  const shouting = /^[A-Z_]+$/.test(signal);
  return plain || shouting ? "weak" : "strong";
}

function buildIndex(catalog: Catalog): SourceIndex {
  const byWord = new Map<string, Signal[]>();
  const tokens = new Map<string, Signal[]>();
  for (const source of catalog.sources) {
    for (const fact of source.facts) {
      for (const text of fact.signals) {
        const lower = text.toLowerCase();
        const signal: Signal = {
          source,
          fact,
          text,
          lower,
          strength: strengthOf(catalog, text),
          innerWords: innerWordsOf(lower),
        };
        if (signal.strength === "token") {
          tokens.set(text, [...(tokens.get(text) ?? []), signal]);
          continue;
        }
        const words = signal.lower.match(/[a-z0-9]+/g) ?? [];
        const anchor = words.reduce((longest, word) => (word.length > longest.length ? word : longest), "");
        if (!anchor) continue;
        byWord.set(anchor, [...(byWord.get(anchor) ?? []), signal]);
      }
    }
  }
  const namesByWord = new Map<string, { source: Source; name: string; spaced: string }[]>();
  for (const source of catalog.sources) {
    for (const name of [source.name, ...source.aliases].map(normalizeName)) {
      const first = name.split(" ")[0] ?? "";
      if (name.length > 1)
        namesByWord.set(first, [...(namesByWord.get(first) ?? []), { source, name, spaced: ` ${name} ` }]);
    }
  }
  const situations = catalog.situations.map((situation) => ({
    id: situation.id,
    keys: [situation.name, ...situation.keywords]
      .map((keyword) => keyword.toLowerCase())
      .sort((a, b) => b.length - a.length)
      .map(
        (key): SituationKey => ({
          key,
          pattern: new RegExp(`\\b${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`),
          anchor: (key.match(/[a-z0-9]+/g) ?? []).reduce(
            (longest, word) => (word.length > longest.length ? word : longest),
            "",
          ),
        }),
      ),
  }));
  const longestToken = Math.max(0, ...[...tokens.keys()].map((token) => token.length));
  const tokenFirstChars = new Set([...tokens.keys()].map((token) => token.charCodeAt(0)));
  const innerWordMarks = new Map<string, number>();
  for (const signals of byWord.values())
    for (const signal of signals) for (const word of signal.innerWords) innerWordMarks.set(word, 0);
  const anchorVisits = new Map<string, number>([...byWord.keys()].map((word) => [word, 0]));
  const situationAnchorMarks = new Map<string, number>();
  for (const situation of situations)
    for (const { anchor } of situation.keys) if (anchor !== "") situationAnchorMarks.set(anchor, 0);
  return {
    byWord,
    tokens,
    longestToken,
    tokenFirstChars,
    namesByWord,
    situations,
    innerWordMarks,
    anchorVisits,
    situationAnchorMarks,
    lastMark: 0,
  };
}

/** The runs of letters and digits of a lower-cased text that neither start nor end it. */
function innerWordsOf(lower: string): string[] {
  const inner: string[] = [];
  for (const match of lower.matchAll(/[a-z0-9]+/g)) {
    if (match.index > 0 && match.index + match[0].length < lower.length) inner.push(match[0]);
  }
  return inner;
}

/** The sources a question names ("nginx", "k8s ingress", "Express" but not "express my thanks"). */
function namedSources(index: SourceIndex, text: string, words: readonly string[]): Set<Source> {
  const named = new Set<Source>();
  let folded: string | undefined;
  for (const word of words) {
    for (const { source, name, spaced } of index.namesByWord.get(word) ?? NONE) {
      if (named.has(source)) continue;
      if (name.includes(" ")) {
        folded ??= ` ${normalizeName(text)} `;
        if (!folded.includes(spaced)) continue;
      }
      if (EVERYDAY_NAMES.has(name) && !writtenAsName(text, name)) continue;
      named.add(source);
    }
  }
  return named;
}

/** "Express", "express()", "spring.jpa": an everyday word written as a name or in code. */
function writtenAsName(text: string, name: string): boolean {
  return writtenAsNamePattern(name).test(text);
}

/**
 * The pattern of each everyday name, made once: a long question says "go" or "fetch" often, and
 * each made a new RegExp (V8 initialises every one it makes, even from its compilation cache).
 */
const writtenAsNamePatterns = new Map<string, RegExp>();

function writtenAsNamePattern(name: string): RegExp {
  let pattern = writtenAsNamePatterns.get(name);
  if (pattern === undefined) {
    const capitalised = name[0]?.toUpperCase() + name.slice(1);
    pattern = new RegExp(`\\b${capitalised}\\b|\\b${name}(?=[.(/])`);
    writtenAsNamePatterns.set(name, pattern);
  }
  return pattern;
}

/** A line with a quoted request line and a status after it: an access log. */
const ACCESS_LOG = /"(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s[^"\n]{1,400}"\s+[1-5]\d\d\b/;
/** A log line at all: a timestamp, an address, a level, a pid. */
const LOG_LINE =
  /\d{4}-\d\d-\d\d[T ]\d\d:\d\d|\[\d\d\/[A-Z][a-z]{2}\/\d{4}|\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}:\d{2,5}\b|\b[a-z]+\[\d+\]:/;

/** The signals a question contains, with whether each may count. */
function signalsIn(
  index: SourceIndex,
  text: string,
  lower: string,
  words: readonly string[],
  named: ReadonlySet<Source>,
): Signal[] {
  const found: Signal[] = [];
  const mark = nextMark(index);
  let innerWordsMarked = false;
  // Each word's signals once, in the order the words first occur: its anchor marked as visited,
  // rather than an earlier occurrence looked for in a long question's hundred words.
  for (const word of words) {
    const signals = index.byWord.get(word);
    if (!signals || index.anchorVisits.get(word) === mark) continue;
    index.anchorVisits.set(word, mark);
    for (const signal of signals) {
      // The text is searched for the signal only when it has all of its inner words: about half
      // the searches of a long question, whose text is hundreds of characters.
      if (signal.innerWords.length > 0) {
        if (!innerWordsMarked) markInnerWords(index, words, mark);
        innerWordsMarked = true;
        if (!allMarked(index.innerWordMarks, signal.innerWords, mark)) continue;
      }
      if (!lower.includes(signal.lower)) continue;
      if (signal.strength === "weak" && !named.has(signal.source)) continue;
      found.push(signal);
    }
  }
  // Flags and states have two capitals or a "--" or "<": most questions have none.
  if (index.tokens.size === 0 || !/[A-Z]{2}|[A-Za-z]{2}--|<[A-Z]/.test(text)) return found;
  // Whether the text is a log line is asked only of a token some signal is written as: most
  // questions' capitals ("HTTP", "API") are none, and the two patterns are not run for them.
  let logLine: boolean | undefined;
  const isLogLine = () => {
    logLine ??= ACCESS_LOG.test(text) || LOG_LINE.test(text);
    return logLine;
  };
  // The text's whitespace-separated words, found by index: only the short ones are cut out (a long
  // question has a hundred words, and most are no flag).
  let end = 0;
  while (end < text.length) {
    let start = end;
    while (start < text.length && isSpace(text.charCodeAt(start))) start++;
    end = start;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    // Flags and states are short: "UH", "sH--", "<NOSRV>" with some punctuation around.
    if (end === start || end - start > index.longestToken + 4) continue;
    // The word without the punctuation around a flag (`(UH,` is UH, as /^[("'[{,]+|[)"'\]},.;:]+$/g
    // cuts) is cut out only when it could be a token: no longer than the longest, starting as one
    // does. In an UPPERCASE question every short word has the capitals that let this loop run.
    let from = start;
    let to = end;
    while (from < to && isTokenLead(text.charCodeAt(from))) from++;
    while (to > from && isTokenTrail(text.charCodeAt(to - 1))) to--;
    if (to === from || to - from > index.longestToken || !index.tokenFirstChars.has(text.charCodeAt(from)))
      continue;
    const token = text.slice(from, to);
    for (const signal of index.tokens.get(token) ?? NONE) {
      const named_ = named.has(signal.source);
      // Envoy's flags follow the status in an access log; HAProxy's four-character states stand out
      // in any log line.
      const inLog =
        signal.text.endsWith("--") || signal.text.startsWith("<")
          ? isLogLine()
          : flagAfterStatus(text, token);
      if (named_ || inLog) found.push(signal);
    }
  }
  return found;
}

/**
 * A new number for a question's marks in the maps the index keeps (their keys never change), so
 * that its words are looked up without a set of them made per question. Marks stay small integers:
 * past MAX_MARK they wrap to 1, and every mark given before is forgotten.
 */
function nextMark(index: SourceIndex): number {
  index.lastMark = index.lastMark >= MAX_MARK ? 1 : index.lastMark + 1;
  if (index.lastMark === 1) {
    for (const word of index.innerWordMarks.keys()) index.innerWordMarks.set(word, 0);
    for (const word of index.anchorVisits.keys()) index.anchorVisits.set(word, 0);
    for (const word of index.situationAnchorMarks.keys()) index.situationAnchorMarks.set(word, 0);
  }
  return index.lastMark;
}

/** Marks the inner words of signals that are among a question's words. */
function markInnerWords(index: SourceIndex, words: readonly string[], mark: number): void {
  for (const word of words) if (index.innerWordMarks.has(word)) index.innerWordMarks.set(word, mark);
}

/** Every word is marked with `mark`. */
function allMarked(marks: ReadonlyMap<string, number>, words: readonly string[], mark: number): boolean {
  for (const word of words) if (marks.get(word) !== mark) return false;
  return true;
}

/** Marks stay small integers: they wrap to 1 past this. */
const MAX_MARK = 0x3fffffff;

/** ( " ' [ { , what may stand before a flag (compared by code: no one-character string per character). */
function isTokenLead(code: number): boolean {
  return code === 40 || code === 34 || code === 39 || code === 91 || code === 123 || code === 44;
}

/** ) " ' ] } , . ; : what may stand after a flag. */
function isTokenTrail(code: number): boolean {
  return (
    code === 41 ||
    code === 34 ||
    code === 39 ||
    code === 93 ||
    code === 125 ||
    code === 44 ||
    code === 46 ||
    code === 59 ||
    code === 58
  );
}

function flagAfterStatus(text: string, token: string): boolean {
  return ACCESS_LOG.test(text) && new RegExp(`"\\s+[1-5]\\d\\d\\s+(?:[A-Z]{2},)*${token}\\b`).test(text);
}

const STRENGTH_ORDER: Record<Strength, number> = { strong: 2, token: 1, weak: 0 };

/**
 * The situations a question's words name, longest keyword first. `words` are the runs of letters and
 * digits of `lower`.
 */
function situationsIn(index: SourceIndex, lower: string, words: readonly string[]): string[] {
  // The keys' longest words that the question has are marked, rather than its hundred words put
  // in a set per question.
  const mark = nextMark(index);
  const marks = index.situationAnchorMarks;
  for (const word of words) if (marks.has(word)) marks.set(word, mark);
  const found: { id: string; length: number }[] = [];
  for (const situation of index.situations) {
    // Most keys are nowhere in the question, and are ruled out before their regex runs: first by
    // their longest word, then by a substring test. A word-bounded match of a key is a substring of
    // the text, and each run of letters and digits in the key is then a whole run of the text (the
    // characters around it are the key's own, or what its \b allows), so the same keys match.
    const hit = situation.keys.find(
      ({ key, pattern, anchor }) =>
        (anchor === "" || marks.get(anchor) === mark) && lower.includes(key) && pattern.test(lower),
    );
    if (hit) found.push({ id: situation.id, length: hit.key.length });
  }
  return found.sort((a, b) => b.length - a.length).map((s) => s.id);
}

function match(fact: SourceFact, signal?: string): SourceMatch {
  return { sourceId: fact.sourceId, fact: fact.index, ...(signal ? { signal } : {}) };
}

const MAX_FACTS = 3;

/** Words that set two things against each other. */
const COMPARING = /\b(?:vs|versus|difference|differences|differ|compared?|comparison)\b/;

/** A question for the status that ought to be used, not for the one there is. */
const ASKS_ADVICE =
  /\b(?:should|shall|ought|supposed|better|correct|proper|right|semantic\w*|recommend\w*|appropriate|ideally|map (?:it|this|that|them) to|what do (?:i|we) (?:return|send|use)|(?:to|do (?:i|we)) (?:return|send|use))\b/;

function grpcKey(code: string): number | string {
  return /^\d+$/.test(code) ? Number(code) : code;
}

/** What the source facts say about a question: the facts that explain it, and the status they name. */
export interface SourcePick {
  readonly facts: readonly SourceMatch[];
  /** The status the best fact names (or, for a client that reports any status, the one written). */
  readonly entry: Entry | undefined;
  /**
   * How it was found: a signal in the text (an error message, a log fragment), or a source named
   * with a situation ("django ... csrf failure") or with the code written ("why does HAProxy answer 503").
   */
  readonly by: "signal" | "situation" | "code";
}

const picks = new WeakMap<Question, SourcePick | null>();

/** The source facts that explain a question, read once per question. */
export function pickSource(question: Question, engine: Engine): SourcePick | undefined {
  let pick = picks.get(question);
  if (pick === undefined) {
    pick = findSource(question, engine) ?? null;
    picks.set(question, pick);
  }
  return pick ?? undefined;
}

/**
 * A pasted error or log line gets the facts of its source, and so does a question about a code a
 * source answers with ("why does HAProxy answer 503?"). A question that asks which status to use, or
 * that names a source and a situation, is weighed by the ranker with the source's status as one of
 * its features: the facts answer only when the ranker agrees with them.
 */
export function sources(question: Question, engine: Engine): Answer | undefined {
  // Two codes set against each other ("522 vs 524, what's the difference?") are a comparison, even
  // when one of the source's signals is in the question.
  if (question.numbers.entries.length >= 2 && COMPARING.test(question.folded)) return undefined;
  const pick = pickSource(question, engine);
  if (!pick) return undefined;
  // What a product does, asked as such, is its fact; asked what would be right instead ("laravel
  // returns 419 ... what should it be?", "is that standard?"), the ranker must agree with it.
  if (pick.by !== "situation" && !question.cues().asksForCode && !ASKS_ADVICE.test(question.folded))
    return answerWith(question, pick);
  // A pasted failure below HTTP ("curl: (7) Failed to connect", "Read timed out.") asked "which
  // status?" has none: its facts say so. Advice asked ("what should the gateway return?") is the ranker's.
  if (!pick.entry)
    return pick.by === "signal" && !ASKS_ADVICE.test(question.folded)
      ? answerWith(question, pick)
      : undefined;
  const ranking = question.ranking();
  const top = ranking.candidates[0];
  return ranking.accepted && top?.hit.entry.code === pick.entry.code ? answerWith(question, pick) : undefined;
}

function findSource(question: Question, engine: Engine): SourcePick | undefined {
  const { catalog } = engine;
  if (catalog.sources.length === 0) return undefined;
  const index = indexFor(catalog);
  const text = question.text;
  if (!/[A-Za-z]{2}/.test(text)) return undefined;
  const { lower } = question;
  // Words as the names and signals were indexed: folded, split at anything but letters and digits.
  const words = question.words();
  const named = namedSources(index, text, words);
  // The signals do not depend on the reading: a text with no signal and no source named has nothing
  // to pick, whatever its codes (the paths below all need one or the other).
  const signals = signalsIn(index, text, lower, words, named);
  if (signals.length === 0 && named.size === 0) return undefined;
  const reading = readQuestionCodes(text, lookupFor(catalog));
  // A gRPC status ("rpc error: code = DeadlineExceeded desc = ...") is the question itself: the
  // protocols intent answers it.
  if (
    reading.others.some(
      (other) => other.protocol === "grpc" && catalog.protocolCode("grpc", grpcKey(other.code)),
    )
  ) {
    return undefined;
  }
  const written = new Set(reading.codes.map((code) => code.value));

  if (signals.length > 0) {
    // A fact several of whose signals are in the text is the more specific one ("Authentication
    // credentials were not provided." with SessionAuthentication is DRF's 403, not its 401).
    const matchedOfFact = new Map<SourceFact, number>();
    for (const signal of signals) matchedOfFact.set(signal.fact, (matchedOfFact.get(signal.fact) ?? 0) + 1);
    const score = (signal: Signal) =>
      (named.has(signal.source) ? 1000 : 0) +
      STRENGTH_ORDER[signal.strength] * 200 +
      (signal.fact.code !== undefined && written.has(signal.fact.code) ? 150 : 0) +
      ((matchedOfFact.get(signal.fact) ?? 1) - 1) * 120 +
      Math.min(signal.text.length, 100);
    // An access log's status field or a status line says what was sent: a fact naming another status
    // (a default the configuration changed, "limit_req_status 429") gives way to a fact that names it,
    // or to the logged status alone.
    const logged = new Set(
      reading.codes
        .filter((code) => code.evidence === "access-log" || code.evidence === "status-line")
        .map((code) => code.value),
    );
    const agrees = (signal: Signal) =>
      logged.size === 0 || (signal.fact.code !== undefined && logged.has(signal.fact.code));
    const ranked_ = [...signals].sort((a, b) => Number(agrees(b)) - Number(agrees(a)) || score(b) - score(a));
    const best = ranked_[0] as Signal;
    // No fact names the logged status: the status is the answer (the codes intent's card).
    if (!agrees(best)) return undefined;
    // The best fact, and others the same signal text points at (nginx and ingress-nginx share some).
    const facts: SourceMatch[] = [];
    for (const signal of ranked_) {
      if (facts.length >= MAX_FACTS) break;
      if (signal !== best && signal.lower !== best.lower) continue;
      if (facts.some((f) => f.sourceId === signal.fact.sourceId && f.fact === signal.fact.index)) continue;
      facts.push(match(signal.fact, signal.text));
    }
    return picked(question, engine, facts, best.fact, "signal");
  }

  if (named.size === 0) return undefined;
  const namedIds = new Set([...named].map((source) => source.id));
  const ofNamed = catalog.facts.filter((fact) => namedIds.has(fact.sourceId));
  const pickFacts = (facts: readonly SourceFact[], by: SourcePick["by"]) =>
    facts.length
      ? picked(
          question,
          engine,
          facts.slice(0, MAX_FACTS).map((fact) => match(fact)),
          facts[0],
          by,
        )
      : undefined;
  // A source and a situation: "what does Django return on a CSRF failure?"
  for (const situation of situationsIn(index, lower, words)) {
    const found = pickFacts(
      ofNamed.filter((fact) => fact.situation === situation),
      "situation",
    );
    if (found) return found;
  }
  // A source and a registered code: "why does HAProxy answer 503?", "nginx 502". (A vendor's own
  // code, "nginx 499", has a card that is about that vendor already.)
  const entries = question.numbers.entries;
  const [entry] = entries;
  if (entries.length === 1 && entry?.registered)
    return pickFacts(
      ofNamed.filter((fact) => fact.code === entry.code),
      "code",
    );
  return undefined;
}

function picked(
  question: Question,
  engine: Engine,
  facts: readonly SourceMatch[],
  best: SourceFact | undefined,
  by: SourcePick["by"],
): SourcePick {
  const { catalog } = engine;
  // The status the fact names; for a client that reports whatever status came ("Request failed with
  // status code 404"), the one written in the question.
  const entry =
    (best?.entryId ? catalog.entry(best.entryId) : undefined) ?? question.numbers.entries[0] ?? undefined;
  return { facts, entry, by };
}

function answerWith(question: Question, pick: SourcePick): Answer {
  return {
    ...emptyAnswer(question.query, "source"),
    sources: pick.facts,
    codes: pick.entry ? [ranked(pick.entry)] : [],
  };
}
