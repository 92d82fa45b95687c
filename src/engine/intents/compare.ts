import type { Catalog, Comparison, Entry } from "../../knowledge/catalog.ts";
import type { SearchIndex } from "../search/index.ts";
import { foldText } from "../search/text.ts";
import { type Answer, type Engine, emptyAnswer, type Question, ranked } from "../types.ts";
import { entryByName } from "./names.ts";
import { type Problem, withoutStrength } from "./numbers.ts";

const COMPARE_PATTERNS: RegExp[] = [
  /\b(?:difference|differences|diff)\s+(?:between|of)\s+(.+?)\s+(?:and|&|vs\.?|versus)\s+(.+)$/,
  /\b(?:compare|comparing|comparison of)\s+(.+?)\s+(?:and|with|to|&|vs\.?|versus)\s+(.+)$/,
  /^(.+?)\s+(?:vs\.?|versus|v\.?|or|instead of|rather than|compared to|compared with|against)\s+(.+)$/,
];
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

/** "401 vs 403", "forbidden or unauthorized", "difference between authentication and authorization". */
export function compare(question: Question, engine: Engine): Answer | undefined {
  const { entries, problems } = question.numbers;
  const pair =
    (entries.length < 2 ? comparedByName(engine, question.text, entries) : undefined) ??
    (entries.length === 0 ? comparedByTopic(engine, question.text) : undefined);
  if (pair) return comparison(question.query, engine, pair[0], pair[1]);
  if (entries.length !== 2) return undefined;
  const [first, second] = entries as [Entry, Entry];
  return comparison(question.query, engine, first, second, problems);
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
function comparedByTopic(engine: Engine, text: string): [Entry, Entry] | undefined {
  if (!COMPARE_CUE.test(foldText(text))) return undefined;
  const { index } = engine;
  const asked = new Set([...index.featuresOf(text), ...index.featuresOf(index.correctText(text))]);
  const askedWords = new Set(index.featuresOf(text).filter((f) => !f.includes("+")));
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

function sideEntry(engine: Engine, side: string, numbered: readonly Entry[]): Entry | undefined {
  const trimmed = side
    .replace(/^.*\b(?:use|return|send|pick|choose|between)\s+/, "")
    .replace(/\b(?:for|when|if|in|on)\b.*$/, "")
    .trim();
  const number = trimmed.match(/\b\d{3}\b/)?.[0];
  if (number) return numbered.find((entry) => entry.code === Number(number));
  return entryByName(engine, trimmed, true);
}
