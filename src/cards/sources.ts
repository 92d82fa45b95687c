import type { Answer } from "../engine/types.ts";
import type { Catalog } from "../knowledge/catalog.ts";
import type { Block } from "./blocks.ts";
import { context, escapeMrkdwn, section } from "./mrkdwn.ts";

/** The facts of an answer's sources, resolved in the catalog. */
function factsOf(answer: Answer, catalog: Catalog) {
  return (answer.sources ?? []).flatMap((match) => {
    const source = catalog.sourceById(match.sourceId);
    const fact = source?.facts[match.fact - 1];
    return source && fact ? [{ source, fact, signal: match.signal }] : [];
  });
}

/**
 * Where the status comes from: each matched fact names its source ("*HAProxy*: answers 504 when
 * ..."), with the signal the question contained and a link to the documentation that grounds it.
 */
export function sourceBlocks(answer: Answer, catalog: Catalog, options: { compact?: boolean } = {}): Block[] {
  const facts = factsOf(answer, catalog).slice(0, options.compact ? 1 : undefined);
  if (!facts.length) return [];
  const lines = facts.map(({ source, fact, signal }) => {
    const seen = signal && !options.compact ? ` _(you pasted “${escapeMrkdwn(signal)}”)_` : "";
    // Most facts name their source already ("HAProxy answers 504 when ..."); the others get it first.
    const named = fact.what.slice(0, 40).toLowerCase().includes(source.name.toLowerCase());
    const what = named
      ? escapeMrkdwn(fact.what).replace(escapeMrkdwn(source.name), `*${escapeMrkdwn(source.name)}*`)
      : `*${escapeMrkdwn(source.name)}*: ${escapeMrkdwn(fact.what)}`;
    return `${what}${seen}`;
  });
  const links = facts.map(({ source, fact }) => `<${fact.link}|${escapeMrkdwn(source.name)} docs>`);
  return [section(lines.join("\n")), context(...[...new Set(links)])];
}

/** One line for fallbacks and notifications: the first fact. */
export function sourceText(answer: Answer, catalog: Catalog): string | undefined {
  const [first] = factsOf(answer, catalog);
  if (!first) return undefined;
  const named = first.fact.what.slice(0, 40).toLowerCase().includes(first.source.name.toLowerCase());
  return named ? first.fact.what : `${first.source.name}: ${first.fact.what}`;
}
