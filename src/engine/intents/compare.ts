import type { Catalog, Comparison, Entry } from "../../knowledge/catalog.ts";
import type { SearchIndex } from "../search/index.ts";
import { AGAINST_ELSEWHERE } from "../search/other-languages.ts";
import { foldText, splitsIntoMoreThan } from "../search/text.ts";
import { type Answer, type Engine, emptyAnswer, type Question, ranked } from "../types.ts";
import { entryByName } from "./names.ts";
import { codesAreAsked, numbersNotAsked, type Problem, withoutStrength } from "./numbers.ts";
import { contextWords, verdictOn } from "./verdict.ts";

const COMPARE_PATTERNS: RegExp[] = [
  /\b(?:difference|differences|diff)\s+(?:between|of)\s+(.+?)\s+(?:and|&|vs\.?|versus)\s+(.+)$/,
  /\b(?:compare|comparing|comparison of)\s+(.+?)\s+(?:and|with|to|&|vs\.?|versus)\s+(.+)$/,
  /^(.+?)\s+(?:vs\.?|versus|v\.?|or|instead of|rather than|compared to|compared with|against)\s+(.+)$/,
];
const MAX_NAMED_COMPARISON_WORDS = 24;
/** Content words beyond which a question is not a comparison asked by topic. */
const MAX_TOPIC_WORDS = 12;
const COMPARE_CUE =
  /\b(?:vs\.?|versus|or|difference|differences|diff|compare|comparing|between|instead of|rather than)\b/;

/** Each curated comparison's contrast keywords as word sets ("authentication vs authorization"). */
export type ComparisonTopics = readonly {
  readonly comparison: Comparison;
  readonly words: readonly string[];
}[];

export function comparisonTopics(catalog: Catalog, index: SearchIndex): ComparisonTopics {
  // Only keywords that are themselves a contrast ("permanent vs temporary redirect") name a topic.
  return catalog.comparisons.flatMap((comparison) =>
    comparison.keywords
      .filter((keyword) => /\b(?:vs\.?|versus|or)\b/i.test(keyword))
      .map((keyword) => ({
        comparison,
        words: [...new Set(index.featuresOf(keyword).filter((f) => !f.includes("+")))],
      })),
  );
}

/**
 * "401 vs 403", "forbidden or unauthorized", "difference between authentication and authorization".
 * Asked about a situation ("302 or 307 for that?"), the one that fits it comes first, with verdicts.
 */
export function compare(question: Question, engine: Engine): Answer | undefined {
  const { entries, problems } = question.numbers;
  const named =
    (entries.length < 2 ? comparedByName(engine, question.text, entries) : undefined) ??
    (entries.length === 0 ? comparedByTopic(engine, question) : undefined);
  const pair = named ?? (entries.length === 2 ? (entries as [Entry, Entry]) : undefined);
  if (!pair) return undefined;
  // Two numbers are a comparison of codes only when they are codes ("what is 404 + 100" is not).
  if (!named && !codesAreAsked(question, engine)) return numbersNotAsked(question);
  const compared = () => comparison(question.query, engine, pair[0], pair[1], named ? [] : problems);
  if (contextWords(question, engine, pair) < engine.tuning.ranker.contextWords) return compared();
  // A story that writes two codes without setting them against each other ("we redirect with 302,
  // fetch follows it and gets a 200: what should the API return instead?") asks for neither of
  // them in particular: the verdict intent weighs them among every candidate.
  if (!named && !setAgainstEachOther(question, pair)) return undefined;
  const answer = compared();
  const ranking = question.ranking();
  const score = (entry: Entry) =>
    ranking.candidates.find((c) => c.hit.entry.code === entry.code)?.score ?? Number.NEGATIVE_INFINITY;
  const [better, worse] = score(pair[1]) > score(pair[0]) ? [pair[1], pair[0]] : pair;
  return {
    ...answer,
    codes: [ranked(better), ranked(worse)],
    verdicts: [verdictOn(engine, better, better), verdictOn(engine, worse, better)],
  };
}

/** Words that set two things against each other, wherever they are in the question. */
const AGAINST =
  /\b(?:vs\.?|versus|difference|differences|diff|compare|compared|comparing|comparison|between)\b/;

/** Two written codes are options ("302 or 307", "between 502 and 504", "401 vs 403"), not two facts of a story. */
function setAgainstEachOther(question: Question, pair: readonly [Entry, Entry]): boolean {
  const { roles } = question.cues();
  return (
    pair.some((entry) => roles.get(entry.code)?.option) ||
    AGAINST.test(question.folded) ||
    AGAINST_ELSEWHERE.test(question.folded)
  );
}

/** The answer comparing two codes. */
export function comparison(
  query: string,
  engine: Engine,
  first: Entry,
  second: Entry,
  problems: readonly Problem[] = [],
): Answer {
  const curated = engine.catalog.comparison(first.code, second.code);
  return {
    ...emptyAnswer(query, "compare"),
    codes: [ranked(first), ranked(second)],
    comparison: { first: first.code, second: second.code, curated: curated !== undefined },
    problems: withoutStrength(problems.filter((p) => p.strong)),
  };
}

/**
 * "difference between authentication and authorization errors": a comparison asked by topic, matched
 * against the curated comparisons' keywords (every word of a keyword must be in the question).
 */
function comparedByTopic(engine: Engine, question: Question): [Entry, Entry] | undefined {
  if (!COMPARE_CUE.test(question.folded)) return undefined;
  const askedWords = new Set(question.features().filter((f) => !f.includes("+")));
  // The keyword must be most of the question (see below): a long description is never a topic.
  if (askedWords.size > MAX_TOPIC_WORDS) return undefined;
  // As written too: spelling correction must not turn "authn" into another word.
  const asked = new Set([...question.features(), ...engine.index.featuresOf(question.text)]);
  let best: Comparison | undefined;
  let bestSize = 1;
  for (const { comparison, words: keyWords } of engine.comparisonTopics) {
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
function comparedByName(
  engine: Engine,
  text: string,
  numbered: readonly Entry[],
): [Entry, Entry] | undefined {
  const folded = foldText(text)
    .replace(/[?!.]+$/, "")
    .trim();
  // Names are a few words each: a description with an "or" in it is not a comparison by name (and
  // the patterns below cost time in proportion to the square of its length).
  if (splitsIntoMoreThan(folded, MAX_NAMED_COMPARISON_WORDS) || !COMPARE_CUE.test(folded)) return undefined;
  for (const pattern of COMPARE_PATTERNS) {
    const match = folded.match(pattern);
    if (!match) continue;
    const left = sideEntry(engine, match[1] ?? "", numbered);
    const right = sideEntry(engine, match[2] ?? "", numbered);
    if (left && right && left.code !== right.code) return [left, right];
  }
  return undefined;
}

function sideEntry(engine: Engine, side: string, numbered: readonly Entry[]): Entry | undefined {
  const trimmed = side
    .replace(/^.*\b(?:use|return|send|pick|choose|between)\s+/, "")
    .replace(/\b(?:for|when|if|in|on)\b.*$/, "")
    .trim();
  const number = trimmed.match(/\b\d{3}\b/)?.[0];
  if (number) return numbered.find((entry) => entry.code === Number(number));
  return entryByName(engine, trimmed, true);
}
