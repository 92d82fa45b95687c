import Fuse from "fuse.js";
import type { Catalog, Entry } from "../../knowledge/catalog.ts";
import { normalizeName } from "../../knowledge/names.ts";
import { foldText } from "../search/text.ts";
import type { Tuning } from "../tuning.ts";
import { type Answer, type Engine, emptyAnswer, type Question, ranked } from "../types.ts";

/** Words around a name that do not change which code is meant ("what does forbidden mean?"). */
const FILLER_WORDS =
  "what(?:'s| is| does| do| are)?|whats|mean(?:s|ing)?|status|code|http(?:\\/[\\d.]+)?|error|response|is|the|a|an|explain|define|definition|of|about|tell me|me|please|i got|got|getting|returned|returns|return";
const NAME_FILLER = new RegExp(`\\b(?:${FILLER_WORDS})\\b`, "g");
const FILLER_WORD = new RegExp(`^(?:${FILLER_WORDS})$`);

/** One word that is filler (for "is the question only numbers and filler?"). */
export function isFillerWord(word: string): boolean {
  return FILLER_WORD.test(word);
}

/** Every current and former name and alias, for typo-tolerant lookups. */
export interface NameMatcher {
  readonly fuzzy: Fuse<{ name: string; entry: Entry }>;
  /** Every word that occurs in a name, to skip fuzzy matching when a question shares none. */
  readonly words: ReadonlySet<string>;
}

export function nameMatcher(catalog: Catalog, tuning: Tuning): NameMatcher {
  const list = catalog.entries.flatMap((entry) =>
    [entry.phrase, ...entry.former_names.map((f) => f.name), ...entry.aliases].map((name) => ({
      name: normalizeName(name),
      entry,
    })),
  );
  const fuzzy = new Fuse(list, {
    keys: ["name"],
    includeScore: true,
    threshold: tuning.names.fuzzyIndexThreshold,
    ignoreLocation: true,
  });
  return { fuzzy, words: new Set(list.flatMap(({ name }) => name.split(" "))) };
}

/** "forbidden", "gatway timeout", "what does payload too large mean": the card of the code named. */
export function names(question: Question, engine: Engine): Answer | undefined {
  const entry = entryByName(engine, question.text);
  return entry ? { ...emptyAnswer(question.query, "code"), codes: [ranked(entry)] } : undefined;
}

/** A code named by its current or former name, tolerating typos ("gatway timeout"). */
export function entryByName(engine: Engine, text: string, strict = false): Entry | undefined {
  // The longest name has six words; a long question is not a name, however it is spelt.
  if (text.split(/\s+/).length > 10) return undefined;
  const { catalog, index, tuning } = engine;
  const preferRegistered = (list: readonly Entry[]) => list.find((entry) => entry.registered) ?? list[0];
  // Names may contain filler words themselves ("Multi-Status", "Internal Server Error").
  const whole = catalog.byName(text);
  if (whole.length) return preferRegistered(whole);
  const stripped = normalizeName(foldText(text).replace(NAME_FILLER, " "));
  if (!stripped || stripped.split(" ").length > 7) return undefined;
  const exact = catalog.byName(stripped);
  if (exact.length) return preferRegistered(exact);
  const corrected = normalizeName(index.correctText(stripped));
  const fixed = catalog.byName(corrected);
  if (fixed.length) return preferRegistered(fixed);
  // Fuzzy matching costs about a millisecond; names are short, so long questions skip it.
  const typed = corrected.split(" ");
  if (stripped.length < 5 || typed.length > 4) return undefined;
  if (typed.filter((word) => engine.names.words.has(word)).length * 2 < typed.length) return undefined;
  const [best] = engine.names.fuzzy.search(corrected, { limit: 1 });
  const threshold = strict ? tuning.names.strictFuzzyThreshold : tuning.names.fuzzyThreshold;
  if (!best || (best.score ?? 1) > threshold) return undefined;
  const ratio = best.item.name.length / corrected.length;
  if (ratio < tuning.names.minLengthRatio || ratio > tuning.names.maxLengthRatio) return undefined;
  return best.item.entry;
}
