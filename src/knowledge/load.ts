import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import {
  type Catalog,
  type ClassInfo,
  type Comparison,
  type Entry,
  type Protocol,
  pairKey,
  type Situation,
  type Source,
  type SourceFact,
} from "./catalog.ts";
import { DataError, type Located, readList, readYaml, rememberChecked, yamlFiles } from "./files.ts";
import { normalizeName, slug } from "./names.ts";
import { loadProtocols, protocolCodeIndex } from "./protocols.ts";
import { type RawEntry, schemas, type Vocabulary } from "./schema.ts";
import { loadSituations, loadSources, statusResolver } from "./sources.ts";

export { DataError } from "./files.ts";

/** The data directory shipped with the app (works from src/ and from the compiled dist/). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

function readVocabulary(dir: string): Vocabulary {
  const path = join(dir, "vocabulary.yaml");
  const { file, parsed, checked } = readYaml(dir, path);
  if (checked !== undefined) return checked as Vocabulary;
  const result = schemas().VocabularySchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DataError(
      file,
      undefined,
      issue?.path.map(String).join(".") || undefined,
      issue?.message ?? "invalid",
    );
  }
  rememberChecked(path, result.data);
  return result.data;
}

function labelOf(item: unknown, index: number, key: string): string {
  if (item && typeof item === "object" && key in item) {
    const value = (item as Record<string, unknown>)[key];
    return Array.isArray(value) ? value.join(" vs ") : String(value);
  }
  return `#${index + 1}`;
}

/** Each item of a list file, validated (or as validated last time: see rememberChecked). */
function validate<S extends z.ZodType>(
  schema: () => S,
  { path, file, items, checked }: { path: string; file: string; items: unknown[]; checked?: unknown },
  labelKey: string,
): Located<z.infer<S>>[] {
  if (Array.isArray(checked) && checked.length === items.length)
    return (checked as z.infer<S>[]).map((value) => ({ value, file }));
  const values = items.map((item, index) => {
    const result = schema().safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = issue?.path.map(String).join(".") || undefined;
      throw new DataError(file, labelOf(item, index, labelKey), field, issue?.message ?? "invalid");
    }
    return result.data as z.infer<S>;
  });
  rememberChecked(path, values);
  return values.map((value) => ({ value, file }));
}

function buildEntries(raw: Located<RawEntry>[]): Entry[] {
  const byNumber = new Map<number, string[]>();
  const withIds = raw.map(({ value, file }) => {
    const registered = value.status !== "unofficial";
    const id = registered ? String(value.code) : `${value.code}-${slug(value.origin ?? "")}`;
    byNumber.set(value.code, [...(byNumber.get(value.code) ?? []), id]);
    return { value, file, id, registered };
  });
  return withIds.map(({ value, file, id, registered }) => ({
    ...value,
    id,
    registered,
    file,
    sharesNumberWith: (byNumber.get(value.code) ?? []).filter((other) => other !== id),
  }));
}

function checkEntries(entries: Entry[], registeredFiles: Set<string>): void {
  const seen = new Map<string, Entry>();
  for (const entry of entries) {
    const fail = (field: string | undefined, problem: string): never => {
      throw new DataError(entry.file, String(entry.code), field, problem);
    };
    const earlier = seen.get(entry.id);
    if (earlier) fail(undefined, `defined twice (also in ${earlier.file})`);
    seen.set(entry.id, entry);
    if (entry.class !== Math.floor(entry.code / 100)) {
      fail("class", `is ${entry.class} but ${entry.code} belongs to class ${Math.floor(entry.code / 100)}`);
    }
    const inRegisteredFile = registeredFiles.has(entry.file);
    if (inRegisteredFile && !entry.registered) fail("status", "unofficial codes belong in unofficial.yaml");
    if (!inRegisteredFile && entry.registered) fail("status", "must be unofficial in this file");
    if (entry.registered) {
      if (entry.code < 100 || entry.code > 599) fail("code", "registered codes are 100-599");
      if (entry.origin !== undefined) fail("origin", "only unofficial codes have an origin");
      if (!entry.spec.url) fail("spec.url", "registered codes need a link to their specification");
    } else if (entry.origin === undefined) {
      fail("origin", "an unofficial code must name its origin (the vendor or software that uses it)");
    }
  }
}

function checkReferences(entries: Entry[], comparisons: Located<Comparison>[]): void {
  const numbers = new Set(entries.map((entry) => entry.code));
  for (const entry of entries) {
    entry.related.forEach((code, index) => {
      if (!numbers.has(code)) {
        throw new DataError(
          entry.file,
          String(entry.code),
          `related.${index}`,
          `unknown related code ${code}`,
        );
      }
      if (code === entry.code) {
        throw new DataError(
          entry.file,
          String(entry.code),
          `related.${index}`,
          "a code is not related to itself",
        );
      }
    });
    entry.avoid_when.forEach((alternative, index) => {
      if (alternative.use !== undefined && !numbers.has(alternative.use)) {
        throw new DataError(
          entry.file,
          String(entry.code),
          `avoid_when.${index}.use`,
          `unknown code ${alternative.use}`,
        );
      }
    });
  }
  const pairs = new Map<string, string>();
  for (const { value, file } of comparisons) {
    const [a, b] = value.codes;
    for (const code of value.codes) {
      if (!numbers.has(code)) {
        throw new DataError(file, `${a} vs ${b}`, "codes", `compares code ${code}, which does not exist`);
      }
    }
    if (a === b) throw new DataError(file, `${a} vs ${b}`, "codes", "compares a code with itself");
    const key = pairKey(a, b);
    if (pairs.has(key))
      throw new DataError(file, `${a} vs ${b}`, "codes", "duplicate pair (compared already)");
    pairs.set(key, file);
  }
}

function checkClasses(classes: Located<ClassInfo>[]): void {
  const seen = new Set<number>();
  for (const { value, file } of classes) {
    if (seen.has(value.class)) throw new DataError(file, `${value.class}xx`, "class", "defined twice");
    seen.add(value.class);
  }
  for (let digit = 1; digit <= 5; digit++) {
    if (!seen.has(digit)) {
      throw new DataError(classes[0]?.file ?? "classes.yaml", `${digit}xx`, "class", "missing class");
    }
  }
}

/** Loads, validates and indexes the knowledge in `dir`. Throws a DataError naming what is wrong. */
export function loadCatalog(dir: string = DEFAULT_DATA_DIR): Catalog {
  const list = (path: string) => ({ path, ...readList(dir, path) });
  const codeFiles = yamlFiles(join(dir, "codes")).map(list);
  const unofficial = list(join(dir, "unofficial.yaml"));
  const comparisonsFile = list(join(dir, "comparisons.yaml"));
  const classesFile = list(join(dir, "classes.yaml"));

  const rawEntries = [...codeFiles, unofficial].flatMap((read) =>
    validate(() => schemas().EntrySchema, read, "code"),
  );
  const entries = buildEntries(rawEntries);
  checkEntries(entries, new Set(codeFiles.map(({ file }) => file)));

  const comparisons = validate(() => schemas().ComparisonSchema, comparisonsFile, "codes").map(
    ({ value, file }) => ({ value: { ...value, id: pairKey(...value.codes) }, file }),
  );
  checkReferences(entries, comparisons);
  const classes = validate(() => schemas().ClassSchema, classesFile, "class");
  checkClasses(classes);
  const vocabulary = readVocabulary(dir);

  const resolve = statusResolver(entries);
  const situations = loadSituations(dir);
  const sources = loadSources(dir, resolve, new Set(situations.map((situation) => situation.id)));
  const protocols = loadProtocols(dir, resolve);

  return indexCatalog(
    entries,
    comparisons.map(({ value }) => value),
    classes.map(({ value }) => value).sort((a, b) => a.class - b.class),
    vocabulary,
    { situations, sources, protocols },
  );
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface Provenance {
  situations: Situation[];
  sources: Source[];
  protocols: Protocol[];
}

function indexCatalog(
  entries: Entry[],
  comparisons: Comparison[],
  classes: ClassInfo[],
  vocabulary: Vocabulary,
  { situations, sources, protocols }: Provenance,
): Catalog {
  // Array.prototype.sort is stable: unofficial meanings of one number keep the order of the data
  // file, which lists the most common meaning first.
  const sorted = [...entries].sort((a, b) => a.code - b.code || Number(b.registered) - Number(a.registered));
  const byId = new Map(sorted.map((entry) => [entry.id, entry]));
  const byNumber = new Map<number, Entry[]>();
  const byClassAll = new Map<number, Entry[]>();
  const byName = new Map<string, Entry[]>();
  for (const entry of sorted) {
    push(byNumber, entry.code, entry);
    push(byClassAll, entry.class, entry);
    const names = [
      entry.phrase,
      entry.registry_phrase,
      ...entry.former_names.map((f) => f.name),
      ...entry.aliases,
    ];
    for (const name of new Set(names.filter((n): n is string => !!n).map(normalizeName))) {
      if (name) push(byName, name, entry);
    }
  }
  const byClassRegistered = new Map(
    [...byClassAll].map(([digit, list]) => [digit, list.filter((entry) => entry.registered)]),
  );
  const byPair = new Map(comparisons.map((comparison) => [comparison.id, comparison]));
  const byComparedCode = new Map<number, Comparison[]>();
  for (const comparison of comparisons) {
    for (const code of comparison.codes) push(byComparedCode, code, comparison);
  }
  const classInfo = new Map(classes.map((info) => [info.class, info]));

  const situationById = new Map(situations.map((situation) => [situation.id, situation]));
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const sourceByName = new Map<string, Source>();
  for (const source of sources) {
    for (const name of [source.id, source.name, ...source.aliases])
      sourceByName.set(normalizeName(name), source);
  }
  const facts = sources.flatMap((source) => source.facts);
  const factsByCode = new Map<number, SourceFact[]>();
  const factsByEntry = new Map<string, SourceFact[]>();
  const factsBySituation = new Map<string, SourceFact[]>();
  for (const fact of facts) {
    if (fact.code !== undefined) push(factsByCode, fact.code, fact);
    if (fact.entryId !== undefined) push(factsByEntry, fact.entryId, fact);
    push(factsBySituation, fact.situation, fact);
  }
  const protocolById = new Map(protocols.map((protocol) => [protocol.id, protocol]));
  const codeLookups = new Map(protocols.map((protocol) => [protocol.id, protocolCodeIndex(protocol)]));

  return {
    entries: sorted,
    comparisons,
    classes,
    vocabulary,
    entry: (id) => byId.get(id),
    registered: (code) => byNumber.get(code)?.find((entry) => entry.registered),
    byCode: (code) => byNumber.get(code) ?? [],
    byName: (name) => byName.get(normalizeName(name)) ?? [],
    byClass: (digit, options) =>
      (options?.includeUnofficial ? byClassAll.get(digit) : byClassRegistered.get(digit)) ?? [],
    classInfo: (digit) => classInfo.get(digit),
    comparison: (a, b) => byPair.get(pairKey(a, b)),
    comparisonsOf: (code) => byComparedCode.get(code) ?? [],
    situations,
    situation: (id) => situationById.get(id),
    sources,
    sourceById: (id) => sourceById.get(id),
    sourceByName: (name) => sourceByName.get(normalizeName(name)),
    facts,
    factsForCode: (code) => factsByCode.get(code) ?? [],
    factsForEntry: (id) => factsByEntry.get(id) ?? [],
    factsForSituation: (situation) => factsBySituation.get(situation) ?? [],
    protocols,
    protocol: (id) => protocolById.get(id),
    protocolCode: (protocolId, key) => codeLookups.get(protocolId)?.(key),
  };
}

let shared: Catalog | undefined;

/** The app's catalog, loaded from data/ on first use and kept for the life of the process. */
export function getCatalog(): Catalog {
  shared ??= loadCatalog();
  return shared;
}
