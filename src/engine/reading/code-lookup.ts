import type { Catalog } from "../../knowledge/catalog.ts";
import { normalizeName } from "../../knowledge/names.ts";

/**
 * What the Slack helpers need to know about status codes, taken from the catalog so that no fact
 * about a code is written in code: which numbers we can explain, their names, and which RFC section
 * defines each.
 */
export interface CodeLookup {
  /** True when the catalog has at least one meaning for the number. */
  isKnown(code: number): boolean;
  /** The code's names (current phrase, former names, aliases), folded with `normalizeName`. */
  names(code: number): readonly string[];
  /** The code defined by a section of an RFC ("9110", "15.5.5" -> 404), if the catalog says so. */
  codeForSection(rfc: string, section: string): number | undefined;
}

type CatalogEntries = Pick<Catalog, "entries">;

const RFC_NUMBER = /\brfc\s*-?(\d{3,5})\b/i;

function rfcOf(entry: CatalogEntries["entries"][number]): string | undefined {
  return (entry.spec.document.match(RFC_NUMBER) ?? entry.spec.url?.match(RFC_NUMBER))?.[1];
}

export function codeLookup(catalog: CatalogEntries): CodeLookup {
  const names = new Map<number, Set<string>>();
  const sections = new Map<string, number>();
  for (const entry of catalog.entries) {
    const set = names.get(entry.code) ?? new Set<string>();
    for (const name of [
      entry.phrase,
      entry.registry_phrase,
      ...entry.former_names.map((f) => f.name),
      ...entry.aliases,
    ]) {
      const folded = name ? normalizeName(name) : "";
      if (folded) set.add(folded);
    }
    names.set(entry.code, set);
    const rfc = rfcOf(entry);
    const section = entry.spec.section?.trim();
    // The registered meaning wins when several entries point at one section.
    if (rfc && section && (entry.registered || !sections.has(`${rfc}#${section}`))) {
      sections.set(`${rfc}#${section}`, entry.code);
    }
  }
  return {
    isKnown: (code) => names.has(code),
    names: (code) => [...(names.get(code) ?? [])],
    codeForSection: (rfc, section) => sections.get(`${rfc}#${section}`),
  };
}
