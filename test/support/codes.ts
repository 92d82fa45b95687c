import { type CodeLookup, codeLookup } from "../../src/engine/reading/code-lookup.ts";
import type { Catalog } from "../../src/knowledge/catalog.ts";

interface FakeEntry {
  code: number;
  phrase: string;
  document?: string;
  section?: string;
  url?: string;
  former?: string[];
  aliases?: string[];
  registryPhrase?: string;
  unofficial?: boolean;
}

const rfc9110 = (section: string) => ({
  document: "RFC 9110",
  section,
  url: `https://www.rfc-editor.org/rfc/rfc9110#section-${section}`,
});

/** A small catalog of codes for helper tests (the real one is tested by the data's own tests). */
export const FAKE_ENTRIES: FakeEntry[] = [
  { code: 200, phrase: "OK", ...rfc9110("15.3.1") },
  { code: 301, phrase: "Moved Permanently", ...rfc9110("15.4.2") },
  { code: 401, phrase: "Unauthorized", ...rfc9110("15.5.2") },
  { code: 403, phrase: "Forbidden", ...rfc9110("15.5.4") },
  { code: 404, phrase: "Not Found", ...rfc9110("15.5.5") },
  {
    code: 413,
    phrase: "Content Too Large",
    ...rfc9110("15.5.14"),
    former: ["Payload Too Large", "Request Entity Too Large"],
  },
  {
    code: 418,
    phrase: "I'm a teapot",
    ...rfc9110("15.5.19"),
    aliases: ["teapot"],
    registryPhrase: "(Unused)",
  },
  {
    code: 429,
    phrase: "Too Many Requests",
    document: "RFC 6585",
    section: "4",
    url: "https://www.rfc-editor.org/rfc/rfc6585#section-4",
  },
  { code: 499, phrase: "Client Closed Request", document: "nginx", unofficial: true },
  { code: 500, phrase: "Internal Server Error", ...rfc9110("15.6.1") },
  { code: 502, phrase: "Bad Gateway", ...rfc9110("15.6.3") },
  { code: 503, phrase: "Service Unavailable", ...rfc9110("15.6.4") },
];

export function fakeCatalog(entries: FakeEntry[] = FAKE_ENTRIES): Pick<Catalog, "entries"> {
  return {
    entries: entries.map((e) => ({
      id: e.unofficial ? `${e.code}-nginx` : String(e.code),
      code: e.code,
      class: Math.floor(e.code / 100),
      phrase: e.phrase,
      registry_phrase: e.registryPhrase,
      former_names: (e.former ?? []).map((name) => ({ name, source: "RFC 7231" })),
      aliases: e.aliases ?? [],
      registered: !e.unofficial,
      spec: { document: e.document ?? "RFC 9110", section: e.section, url: e.url },
    })) as unknown as Catalog["entries"],
  };
}

export function fakeCodes(entries?: FakeEntry[]): CodeLookup {
  return codeLookup(fakeCatalog(entries));
}
