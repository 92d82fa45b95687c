import type { Catalog } from "../../knowledge/catalog.ts";
import { normalizeName } from "../../knowledge/names.ts";

/**
 * What the reader needs to know about status codes, taken from the catalog so that no fact about a
 * code is written in code: which numbers we can explain, their names, which RFC section defines each,
 * and the words that go with them.
 */
export interface CodeLookup {
  /** True when the catalog has at least one meaning for the number. */
  isKnown(code: number): boolean;
  /** The code's names (current phrase, former names, aliases), folded with `normalizeName`. */
  names(code: number): readonly string[];
  /** The code defined by a section of an RFC ("9110", "15.5.5" -> 404), if the catalog says so. */
  codeForSection(rfc: string, section: string): number | undefined;
  /** The code a folded name stands for ("not found" -> 404, "teapot" -> 418); registered first. */
  codeForName(folded: string): number | undefined;
  /** The same, for registered codes' names only ("redirect" is only an unofficial 451's name). */
  registeredCodeForName(folded: string): number | undefined;
  /** True for a word that names the origin of an unofficial code ("nginx", "cloudflare", "esri"). */
  isOriginWord(word: string): boolean;
  /** The first word of each of the code's names and keywords, folded ("429" -> "rate", "too", ...). */
  topicWords(code: number): ReadonlySet<string>;
}

type CatalogEntries = Pick<Catalog, "entries">;

const RFC_NUMBER = /\brfc\s*-?(\d{3,5})\b/i;

/** Words of an origin that do not name it ("AWS Elastic Load Balancing", "Informal proxy convention"). */
const ORIGIN_FILLER = new Set(
  `and the of for http server servers proxy informal convention legacy rate limit attribution disputed
  framework parental controls requests resumable proposal hosting elastic load balancing windows
  microsoft web`.split(/\s+/),
);

function rfcOf(entry: CatalogEntries["entries"][number]): string | undefined {
  return (entry.spec.document.match(RFC_NUMBER) ?? entry.spec.url?.match(RFC_NUMBER))?.[1];
}

const EMPTY: ReadonlySet<string> = new Set();

export function codeLookup(catalog: CatalogEntries): CodeLookup {
  const names = new Map<number, string[]>();
  const byName = new Map<string, { code: number; registered: boolean }>();
  const sections = new Map<string, number>();
  const topics = new Map<number, Set<string>>();
  const originWords = new Set<string>();
  for (const entry of catalog.entries) {
    const list = names.get(entry.code) ?? [];
    const entryNames = [
      entry.phrase,
      entry.registry_phrase,
      ...entry.former_names.map((f) => f.name),
      ...entry.aliases,
    ];
    const topic = topics.get(entry.code) ?? new Set<string>();
    for (const name of entryNames) {
      const folded = name ? normalizeName(name) : "";
      if (!folded) continue;
      if (!list.includes(folded)) list.push(folded);
      const known = byName.get(folded);
      if (!known || (entry.registered && !known.registered)) {
        byName.set(folded, { code: entry.code, registered: entry.registered });
      }
      topic.add(folded.split(" ")[0] ?? "");
    }
    for (const keyword of entry.keywords ?? []) {
      const first = normalizeName(keyword).split(" ")[0];
      if (first && !/^\d/.test(first)) topic.add(first);
    }
    names.set(entry.code, list);
    topics.set(entry.code, topic);
    if (!entry.registered && entry.origin) {
      for (const word of normalizeName(entry.origin).split(" ")) {
        if (word.length >= 3 && !ORIGIN_FILLER.has(word)) originWords.add(word);
      }
    }
    const rfc = rfcOf(entry);
    const section = entry.spec.section?.trim();
    // The registered meaning wins when several entries point at one section.
    if (rfc && section && (entry.registered || !sections.has(`${rfc}#${section}`))) {
      sections.set(`${rfc}#${section}`, entry.code);
    }
  }
  return {
    isKnown: (code) => names.has(code),
    names: (code) => names.get(code) ?? [],
    codeForSection: (rfc, section) => sections.get(`${rfc}#${section}`),
    codeForName: (folded) => byName.get(folded)?.code,
    registeredCodeForName: (folded) => {
      const known = byName.get(folded);
      return known?.registered ? known.code : undefined;
    },
    isOriginWord: (word) => originWords.has(word),
    topicWords: (code) => topics.get(code) ?? EMPTY,
  };
}

const lookups = new WeakMap<object, CodeLookup>();

/** The lookup for a catalog, built once per catalog. */
export function lookupFor(catalog: CatalogEntries): CodeLookup {
  let lookup = lookups.get(catalog);
  if (!lookup) {
    lookup = codeLookup(catalog);
    lookups.set(catalog, lookup);
  }
  return lookup;
}
