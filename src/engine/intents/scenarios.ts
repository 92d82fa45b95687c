import type { Entry } from "../../knowledge/catalog.ts";
import type { SearchHit } from "../search/index.ts";
import { type Answer, type Engine, emptyAnswer, type Question, ranked } from "../types.ts";
import { withoutStrength } from "./numbers.ts";

/**
 * A situation in plain words ("username already taken during signup"): the code the free-text
 * search recommends, why, and the runners-up. When no match is confident, "not sure" with the
 * closest suggestions: the last intent, it always answers.
 */
export function scenarios(question: Question, engine: Engine): Answer {
  const { confidence, runnersUp: limits } = engine.tuning;
  const { hits, meaningfulWords } = engine.index.search(question.text, engine.tuning, 8);
  const unique = dedupeByCode(hits);
  const [top, second] = unique;
  if (!top || !isConfident(engine, top, second, meaningfulWords)) {
    const suggestions = unique.filter((hit) => hit.score >= confidence.minSuggestionScore).slice(0, 3);
    return {
      ...emptyAnswer(question.query, "unknown"),
      suggestions: suggestions.map((hit) =>
        ranked(hit.entry, { score: round(hit.score), why: hit.entry.summary }),
      ),
      problems: withoutStrength(question.numbers.problems),
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
    .filter(
      (hit) => hit.score >= Math.max(confidence.minSuggestionScore, top.score * limits.neighbourShareOfTop),
    )
    // A close second that shares only a word is noise; the codes the recommendation is confused
    // with (its alternatives and comparisons) are worth showing even a little further behind.
    .filter((hit) => neighbours.has(hit.entry.code) || hit.score >= top.score * limits.otherShareOfTop)
    .slice(0, limits.max)
    .map((hit) => ranked(hit.entry, { score: round(hit.score), why: whyNot(engine, top.entry, hit.entry) }));
  // Too few close matches: the codes the recommendation itself says to use instead are the natural
  // runners-up, and each comes with its reason.
  for (const alternative of top.entry.avoid_when) {
    if (runnersUp.length >= limits.min) break;
    const entry = alternative.use === undefined ? undefined : engine.catalog.byCode(alternative.use)[0];
    if (!entry || entry.code === top.entry.code || runnersUp.some((r) => r.code === entry.code)) continue;
    runnersUp.push(ranked(entry, { why: `Use ${entry.code} instead when: ${alternative.when}` }));
  }
  return {
    ...emptyAnswer(question.query, "scenario"),
    codes: [ranked(top.entry, { score: round(top.score), why: whyItFits(top) }), ...runnersUp],
  };
}

function isConfident(engine: Engine, top: SearchHit, second: SearchHit | undefined, meaningfulWords: number) {
  const { confidence } = engine.tuning;
  // A single word ("kubernetes") must point at one code clearly, not at several equally.
  const distinct = meaningfulWords > 1 || !second || top.score >= confidence.singleWordMargin * second.score;
  // Two words of the question explained at least ("write me a poem" shares only "write" with 412).
  const enough = top.matchedWords >= Math.min(2, meaningfulWords) || top.coverage >= confidence.fullCoverage;
  // A short question must hit a name or keyword, or most of a scenario: "ship it" touches only one
  // word of "cancel an order that has already shipped", "what is docker" one word of a 407 scenario.
  const specific =
    meaningfulWords > 2 || top.namedOrKeyword || top.scenarioPrecision >= confidence.shortQuestionPrecision;
  return (
    distinct &&
    enough &&
    specific &&
    top.score >= confidence.minScore &&
    top.coverage >= confidence.minCoverage &&
    top.evidence >= confidence.minEvidence
  );
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
