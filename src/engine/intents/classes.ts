import type { Catalog } from "../../knowledge/catalog.ts";
import type { SearchIndex } from "../search/index.ts";
import { CLASS_OVERVIEW_ELSEWHERE } from "../search/other-languages.ts";
import { features, foldText, splitsIntoMoreThan } from "../search/text.ts";
import { type Answer, type Engine, emptyAnswer, type Question } from "../types.ts";

/** The classes by the search key of each of their names ("client error" -> 4). */
export interface ClassMatcher {
  readonly byKey: ReadonlyMap<string, number>;
}

const CLASS_FILLER =
  /\b(?:what|which|are|is|a|an|the|show|me|list|all|of|http|status|statuses|codes?|errors?|responses?|class|classes|category|categories|kinds?|types?|overview|summary|explain|about|tell|family|families|range|ranges|series|group|groups|level|block|bucket|set|in general|generally|overall|as a whole)\b/g;
/**
 * A class written with its digit: "4xx", "5**", "500s", "30x", "300 series", "200 range", "100-level
 * codes", "codes starting with 2".
 */
const CLASS_BY_DIGIT =
  /\b([1-5])\s?xx\b|\b([1-5])\*\*|\b([1-5])00'?s\b|\b([1-5])0x\b|\b([1-5])00[- ]?(?:series|range|level|family|class|block|group|band|bucket)\b|\b(?:start(?:s|ing)?|begin(?:s|ning)?|beginning) (?:with|w|w\/) (?:an? |the )?(?:digit |number )?([1-5])\b/;
/** A class, then words for all of it: "5xx responses in general", "the 2xx codes as a whole". */
const CLASS_IN_GENERAL = String.raw`\b[1-5]xx(?: (?:status|http|class|codes?|responses?|errors?|family|range|category|series|mean|means|are|is|do|does))* (?:in general|overall|generally|as a whole|as a (?:group|class|family|category)|as (?:groups|classes|families|categories))\b`;
/** "In general", then a question about a class: "in general, should clients retry 4xx?". */
const GENERALLY_ASKED = String.raw`\b(?:in general|generally|broadly),? (?:should|do|does|are|is|can|what|how|which)\b[^.?!]{0,40}\b[1-5]xx\b`;
/** A class, then its name as a class: "the 4xx family", "the 2xx success class". */
const CLASS_AS_A_CLASS = String.raw`\b[1-5]xx (?:success |redirect(?:ion)? |client error |server error )?(?:class|family|category)\b`;
const OVERVIEW = new RegExp(
  String.raw`\b(?:overview|rundown|run down|family|families|summary|summarize|list|all the|every|cheat ?sheet|which codes|what codes|what are (?:the|all)|kinds of|types of|explain the|as a (?:whole|class|group)|(?:whole|entire) (?:class|range)|the (?:whole|entire) [1-5]xx|[1-5]xx (?:class|range|category) (?:mean|means|is about)|general (?:rule|meaning|explanation|description))\b|${CLASS_IN_GENERAL}|${CLASS_AS_A_CLASS}|${GENERALLY_ASKED}`,
);
const KEY_FILLER = new Set(["code", "error", "respons", "class", "categori", "list", "all"]);

export function classMatcher(catalog: Catalog, index: SearchIndex): ClassMatcher {
  const byKey = new Map<string, number>();
  for (const info of catalog.classes) {
    for (const name of [info.name, ...info.keywords]) {
      const key = classKey(index, name);
      if (!byKey.has(key)) byKey.set(key, info.class);
    }
  }
  return { byKey };
}

/**
 * A class written with its digit in a short question ("300 series"): its number is not a code. (A
 * plural, "we get 500s", is the code's: the codes intent answers it.)
 */
export function classByDigit(text: string): boolean {
  const folded = foldText(text);
  const match = !splitsIntoMoreThan(folded, 10) ? folded.match(CLASS_BY_DIGIT) : null;
  return match !== null && match[3] === undefined;
}

/**
 * A whole class asked about, with codes of it written as examples ("what's the whole 1xx class about?
 * I only ever see 101 for websockets", "cosa significano in generale i codici 2xx? ... solo 200"):
 * the class overview, before the intents that would explain the codes written. Not when a code written
 * is asked about ("our 4xx family is mostly 404, what does 404 mean?"), two codes are compared, another
 * code is asked for, or a code is proposed when one is asked for ("we send 400 for every 4xx in
 * general, is 422 better?"); not for a code's plural ("500s across the entire range").
 */
export function classOverview(question: Question, _engine: Engine): Answer | undefined {
  if (!question.numbers.entries.length) return undefined;
  // Folded with its punctuation, so that a pattern stays within its sentence.
  const folded = foldText(question.text);
  const explicit = folded.match(CLASS_BY_DIGIT);
  if (!explicit || explicit[3] !== undefined) return undefined;
  if (!CLASS_ITSELF.test(folded) && !CLASS_OVERVIEW_ELSEWHERE.test(folded)) return undefined;
  if (COMPARING.test(folded) || ASKS_ABOUT_A_CODE.test(folded)) return undefined;
  const cues = question.cues();
  if (cues.asksForAlternative) return undefined;
  for (const role of cues.roles.values())
    if (role.identity || (role.proposed && cues.asksForCode)) return undefined;
  const digit = Number(explicit.slice(1).find((d) => d));
  return emptyAnswer(question.query, "class", { classDigit: digit });
}

/** A code asked about: "is 504 a gateway problem?", "what does 404 mean?", "why is 503 ...". */
const ASKS_ABOUT_A_CODE =
  /\b(?:is|does|did|what does|what is|what's|whats|why does|why is) (?:a |an |the |http )?\d{3}\b/;

/**
 * A comparison asked for: not a class overview ("the difference between 502 and 504"). Codes of the
 * class set against each other in passing are its examples ("a rundown of the 5xx family? I always
 * blank on 502 vs 503 vs 504").
 */
const COMPARING = /\b(?:difference|differences|compare|compared|comparing)\b|\bbetween \d{3} and \d{3}\b/;

/**
 * Words about a class as a whole, next to it: "the 2xx family", "5xx responses in general", "the
 * whole 1xx class", "broadly, should clients retry 4xx": not OVERVIEW's words anywhere in a longer
 * message ("logs every email as failed ... a different 2xx", "the whole 5xx spike").
 */
const CLASS_ITSELF = new RegExp(
  [
    CLASS_IN_GENERAL,
    CLASS_AS_A_CLASS,
    String.raw`\b(?:whole|entire) [1-5]xx (?:(?:informational|success|redirect(?:ion)?|client error|server error) )?(?:class|family|range|category|group|codes|responses)\b`,
    String.raw`\b(?:class|family|category) (?:of )?[1-5]xx\b`,
    String.raw`\b(?:class|family|range|category) as a whole\b`,
    String.raw`\bthe (?:whole|entire) (?:family|class|category)\b`,
    GENERALLY_ASKED,
  ].join("|"),
);

/** "4xx", "5** errors", "server errors", "what are the 3xx codes": the class overview. */
export function classes(question: Question, engine: Engine): Answer | undefined {
  const digit = classAsked(engine, question.text);
  return digit === undefined ? undefined : emptyAnswer(question.query, "class", { classDigit: digit });
}

function classAsked(engine: Engine, text: string): number | undefined {
  const folded = foldText(text);
  const long = splitsIntoMoreThan(folded, 10);
  const explicit = folded.match(CLASS_BY_DIGIT);
  // In a description, a class is an overview asked for, or a hint at the code wanted ("a 1xx code for that").
  if (explicit && (!long || OVERVIEW.test(folded) || CLASS_OVERVIEW_ELSEWHERE.test(folded)))
    return Number(explicit.slice(1).find((digit) => digit));
  // A class named in words is a short question; a description is not worth rewriting for it, unless
  // it asks for a class by that word ("which class is redirection?", "what family is 'informational'").
  if (explicit) return undefined;
  if (long) return CLASS_ASKED.test(folded) ? classNamedIn(engine, folded) : undefined;
  const key = classKey(engine.index, folded.replace(CLASS_FILLER, " "));
  return key ? engine.classes.byKey.get(key) : undefined;
}

/** A class asked for by name in a longer question. */
const CLASS_ASKED =
  /\b(?:which|what|whats|what's) (?:status )?(?:code )?(?:class|family|range|category|group)\b|\b(?:class|family|range|category) of (?:http )?(?:status )?codes\b/;

/** The one class whose name or keyword is written in the text, if exactly one is. */
function classNamedIn(engine: Engine, folded: string): number | undefined {
  const found = new Set<number>();
  for (const info of engine.catalog.classes) {
    for (const name of [info.name, ...info.keywords]) {
      const key = name.toLowerCase();
      if (/^[1-5]xx$/.test(key)) continue;
      if (new RegExp(`\\b${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(folded))
        found.add(info.class);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function classKey(index: SearchIndex, text: string): string {
  // rewriteWords is what words(rewrite(text)) splits again, without the join and the second split.
  return features(index.rewriter.rewriteWords(text))
    .filter((f) => !f.includes("+") && !KEY_FILLER.has(f))
    .sort()
    .join(" ");
}
