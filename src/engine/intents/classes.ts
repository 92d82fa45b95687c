import type { Catalog } from "../../knowledge/catalog.ts";
import type { SearchIndex } from "../search/index.ts";
import { features, foldText, words } from "../search/text.ts";
import { type Answer, type Engine, emptyAnswer, type Question } from "../types.ts";

/** The classes by the search key of each of their names ("client error" -> 4). */
export interface ClassMatcher {
  readonly byKey: ReadonlyMap<string, number>;
}

const CLASS_FILLER =
  /\b(?:what|which|are|is|the|show|me|list|all|of|http|status|codes?|errors?|responses?|class|category|kinds?|types?|overview|summary|explain|about|tell)\b/g;
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

/** "4xx", "5** errors", "server errors", "what are the 3xx codes": the class overview. */
export function classes(question: Question, engine: Engine): Answer | undefined {
  const digit = classAsked(engine, question.text);
  return digit === undefined ? undefined : emptyAnswer(question.query, "class", { classDigit: digit });
}

function classAsked(engine: Engine, text: string): number | undefined {
  const folded = foldText(text);
  const explicit = folded.match(/\b([1-5])\s?xx\b|\b([1-5])\*\*|\b([1-5])00s\b/);
  if (explicit) return Number(explicit[1] ?? explicit[2] ?? explicit[3]);
  // A class named in words is a short question; a description is not worth rewriting for it.
  if (folded.split(/\s+/).length > 10) return undefined;
  const key = classKey(engine.index, folded.replace(CLASS_FILLER, " "));
  return key ? engine.classes.byKey.get(key) : undefined;
}

function classKey(index: SearchIndex, text: string): string {
  return features(words(index.rewriter.rewrite(text)))
    .filter((f) => !f.includes("+") && !KEY_FILLER.has(f))
    .sort()
    .join(" ");
}
