import type { Entry } from "../../knowledge/catalog.ts";
import { type Answer, type Engine, emptyAnswer, type Question, ranked, type Verdict } from "../types.ts";
import { notSure, scenarioAnswer } from "./scenarios.ts";

/**
 * A question with codes written in it and a situation around them ("our handler sends 500 when the
 * JSON body doesn't parse, what should it send", "should I use 403 here?"). The ranker weighs the
 * written codes with the situation: when the best answer is one of them and the question does not
 * ask for another, the codes are explained; otherwise the situation's code is recommended, with a
 * verdict on each code written. Short questions about a code ("what does 418 mean") are left to
 * the codes intent.
 */
export function verdict(question: Question, engine: Engine): Answer | undefined {
  if (!weighsWrittenCodes(question, engine)) return undefined;
  const written = question.numbers.entries;
  const ranking = question.ranking();
  const [top] = ranking.candidates;
  // A short question that proposes a code ("401 for banned user?") and whose situation the ranker
  // cannot place is still about that code: the codes intent explains it, rather than "not sure".
  if (!top || !ranking.accepted)
    return proposedOnly(question, engine) ? undefined : notSure(question, engine, ranking);
  const chosen = top.hit.entry;
  const roles = ranking.cues.roles.get(chosen.code);
  if (roles && (roles.identity || (!ranking.cues.asksForCode && !roles.proposed))) {
    // The question is about the codes it names: explain them, the best first.
    const others = written.filter((entry) => entry.code !== chosen.code);
    return {
      ...emptyAnswer(question.query, "code"),
      codes: [chosen, ...others].map((entry) => ranked(entry)),
    };
  }
  const answer = scenarioAnswer(question, engine, ranking);
  const fit = top.hit.scenario;
  return { ...answer, verdicts: written.slice(0, 3).map((entry) => verdictOn(engine, entry, chosen, fit)) };
}

/** Whether the question came here only because it proposes a code in a few words. */
function proposedOnly(question: Question, engine: Engine): boolean {
  return contextWords(question, engine, question.numbers.entries) < engine.tuning.ranker.contextWords;
}

/** Whether the question names codes within a situation, for the ranker to weigh. */
export function weighsWrittenCodes(question: Question, engine: Engine): boolean {
  const { entries } = question.numbers;
  if (!entries.length) return false;
  // Most questions with a code are the code and a word or two ("HTTP 503"): no situation to weigh.
  if (wordsBesideNumbers(question.folded) < engine.tuning.ranker.proposalWords) return false;
  const words = contextWords(question, engine, entries);
  if (words >= engine.tuning.ranker.contextWords) return true;
  // A code proposed for a situation in a few words: "is 500 right for a body that doesn't parse?"
  if (words < engine.tuning.ranker.proposalWords) return false;
  const cues = question.cues();
  return cues.asksForCode || [...cues.roles.values()].some((role) => role.proposed);
}

const nameWordsOf = new WeakMap<Entry, ReadonlySet<string>>();

/** The search features of an entry's names and origin (read once per entry). */
function nameWords(engine: Engine, entry: Entry): ReadonlySet<string> {
  let found = nameWordsOf.get(entry);
  if (!found) {
    // A set kept per entry: a question then gathers no set of its codes' name words.
    found = new Set(engine.index.featuresOf([entry.phrase, ...entry.aliases, entry.origin ?? ""].join(" ")));
    nameWordsOf.set(entry, found);
  }
  return found;
}

/** Content words of the question besides the codes and their names: how much situation it describes. */
export function contextWords(question: Question, engine: Engine, codes: readonly Entry[]): number {
  // The question's features are distinct already: counted, not gathered into a set again.
  let count = 0;
  for (const f of question.features())
    if (!f.includes("+") && !named(engine, codes, f) && !/\d/.test(f)) count++;
  return count;
}

/** Whether a feature is one of the name words of any of the codes. */
function named(engine: Engine, codes: readonly Entry[], feature: string): boolean {
  for (const entry of codes) if (nameWords(engine, entry).has(feature)) return true;
  return false;
}

/**
 * How many of the space-separated words of folded text are not all digits: what
 * text.split(" ").filter((word) => !/^\d+$/.test(word)).length counts (an empty text is one word),
 * without the list.
 */
function wordsBesideNumbers(folded: string): number {
  let count = 0;
  let start = 0;
  for (let i = 0; i <= folded.length; i++) {
    if (i < folded.length && folded.charCodeAt(i) !== 32) continue;
    let digits = i > start;
    for (let k = start; k < i && digits; k++) {
      const code = folded.charCodeAt(k);
      digits = code >= 48 && code <= 57;
    }
    if (!digits) count++;
    start = i + 1;
  }
  return count;
}

/** Whether a code the person proposed fits their situation, and why (or why the chosen one fits better). */
export function verdictOn(engine: Engine, proposed: Entry, chosen: Entry, fit?: string): Verdict {
  if (proposed.code === chosen.code) {
    return {
      code: proposed.code,
      entryId: proposed.id,
      right: true,
      why: fit ? `It fits: “${fit}”.` : proposed.summary,
    };
  }
  const instead = proposed.avoid_when.find((alternative) => alternative.use === chosen.code);
  const onlyWhen = chosen.avoid_when.find((alternative) => alternative.use === proposed.code);
  const comparison = engine.catalog.comparison(proposed.code, chosen.code);
  const why = instead
    ? `Use ${chosen.code} instead when: ${instead.when}`
    : onlyWhen
      ? `${proposed.code} fits only when: ${onlyWhen.when}`
      : comparison
        ? comparison.rule_of_thumb
        : `${chosen.code} fits the situation better: ${chosen.summary}`;
  return { code: proposed.code, entryId: proposed.id, right: false, why, better: chosen.code };
}
