import type { Entry } from "../../knowledge/catalog.ts";
import type { Candidate, Ranking } from "../search/ranker.ts";
import { type Answer, type Engine, emptyAnswer, type Question, type RankedCode, ranked } from "../types.ts";
import { withoutStrength } from "./numbers.ts";

/**
 * A situation in plain words ("username already taken during signup"): the code the ranker
 * recommends, why, and the runners-up. When it is not confident, "not sure" with the closest
 * suggestions: the last intent, it always answers.
 */
export function scenarios(question: Question, engine: Engine): Answer {
  const ranking = question.ranking();
  return ranking.accepted ? scenarioAnswer(question, engine, ranking) : notSure(question, engine, ranking);
}

/** The recommendation of a confident ranking, with its runners-up. */
export function scenarioAnswer(question: Question, engine: Engine, ranking: Ranking): Answer {
  const { candidates } = ranking;
  const top = candidates[0] as Candidate;
  const chosen = top.hit.entry;
  const recommended = ranked(chosen, { score: round(ranking.confidence), why: whyItFits(top) });
  // No response came (curl's 000, a browser's status 0): no status was sent, so none is a runner-up.
  if (chosen.code === 0) return { ...emptyAnswer(question.query, "scenario"), codes: [recommended] };
  const limits = engine.tuning.runnersUp;
  const neighbours = neighboursOfChosen(engine, chosen);
  // One loop over the candidates rather than a chain of filters, a slice and a map: the same
  // runners-up, and a function small enough that V8 optimises it once and cheaply (the chain, with
  // its closures inlined, was the costliest function of the engine to compile).
  const runnersUp: RankedCode[] = [];
  for (let at = 1; at < candidates.length && runnersUp.length < limits.max; at++) {
    const c = candidates[at] as Candidate;
    const { entry } = c.hit;
    // A vendor's code is a runner-up only next to another vendor code (the question was about one).
    if (!entry.registered && chosen.registered) continue;
    // Two entries of one code (a registered status and a vendor's meaning of it) are one runner-up.
    if (entry.code === chosen.code || runnersUp.some((r) => r.code === entry.code)) continue;
    if (!(c.hit.score > 0 || ranking.cues.roles.has(entry.code))) continue;
    if (!(c.probability >= top.probability * limits.neighbourShareOfTop)) continue;
    // A close second that shares only a word is noise; the codes the recommendation is confused
    // with (its alternatives and comparisons) are worth showing even a little further behind.
    if (!(neighbours.has(entry.code) || c.probability >= top.probability * limits.otherShareOfTop)) continue;
    runnersUp.push(ranked(entry, { score: round(c.probability), why: whyNot(engine, chosen, entry) }));
  }
  // Too few close matches: the codes the recommendation itself says to use instead are the natural
  // runners-up, and each comes with its reason.
  for (const alternative of chosen.avoid_when) {
    if (runnersUp.length >= limits.min) break;
    const entry = alternative.use === undefined ? undefined : engine.catalog.byCode(alternative.use)[0];
    if (!entry || entry.code === chosen.code || runnersUp.some((r) => r.code === entry.code)) continue;
    runnersUp.push(ranked(entry, { why: `Use ${entry.code} instead when: ${alternative.when}` }));
  }
  return {
    ...emptyAnswer(question.query, "scenario"),
    codes: [recommended, ...runnersUp],
  };
}

/** The codes a recommendation is confused with: its alternatives, related codes and comparisons. */
function neighboursOfChosen(engine: Engine, chosen: Entry): Set<number> {
  const neighbours = new Set<number>();
  for (const alternative of chosen.avoid_when)
    if (alternative.use !== undefined) neighbours.add(alternative.use);
  for (const code of chosen.related) neighbours.add(code);
  for (const comparison of engine.catalog.comparisonsOf(chosen.code))
    for (const code of comparison.codes) neighbours.add(code);
  return neighbours;
}

/** "Not sure", with the closest suggestions (never part of `codes`). */
export function notSure(question: Question, engine: Engine, ranking: Ranking): Answer {
  const minimum = engine.tuning.confidence.minSuggestionScore;
  const suggestions = ranking.candidates
    .filter((c) => c.hit.score >= minimum || ranking.cues.roles.has(c.hit.entry.code))
    .slice(0, 3)
    .map((c) => ranked(c.hit.entry, { score: round(c.probability), why: c.hit.entry.summary }));
  return {
    ...emptyAnswer(question.query, "unknown"),
    suggestions,
    problems: withoutStrength(question.numbers.problems),
  };
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

function whyItFits(candidate: Candidate): string {
  const { hit } = candidate;
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
