// Where statuses come from: data/situations.yaml and data/sources/<kind>/<id>.yaml.
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import type { Entry, Situation, Source, SourceFact } from "./catalog.ts";
import { DataError, firstIssue, readList, readYaml, rememberChecked, yamlFiles } from "./files.ts";
import { normalizeName } from "./names.ts";
import { OTHER_SITUATION, type RawFact, type RawSituation, type RawSource, schemas } from "./schema.ts";

/** The entry a status number means in a fact, or the problem with it, named by field. */
export type StatusResolution = { entryId: string } | { field: "code" | "entry"; problem: string };

/** Resolves a status number, and the unofficial entry named with it, against the catalog's entries. */
export type StatusResolver = (code: number, entryId: string | undefined) => StatusResolution;

export function statusResolver(entries: readonly Entry[]): StatusResolver {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const byNumber = new Map<number, Entry[]>();
  for (const entry of entries) byNumber.set(entry.code, [...(byNumber.get(entry.code) ?? []), entry]);
  return (code, entryId) => {
    const meanings = byNumber.get(code);
    if (!meanings) return { field: "code", problem: `code ${code} is not in the catalog` };
    if (entryId !== undefined) {
      const entry = byId.get(entryId);
      if (!entry) return { field: "entry", problem: `unknown entry "${entryId}"` };
      if (entry.code !== code) {
        return { field: "entry", problem: `entry "${entryId}" is code ${entry.code}, not ${code}` };
      }
      return { entryId };
    }
    const registered = meanings.find((entry) => entry.registered);
    if (registered) return { entryId: registered.id };
    const ids = meanings.map((entry) => entry.id).join(", ");
    return { field: "entry", problem: `${code} is unofficial: name the entry meant (${ids})` };
  };
}

export function loadSituations(dir: string): Situation[] {
  const path = join(dir, "situations.yaml");
  const { file, items, checked } = readList(dir, path);
  // As validated last time (rememberChecked), when the file and the validation are the same.
  const valid =
    Array.isArray(checked) && checked.length === items.length ? (checked as RawSituation[]) : undefined;
  const seen = new Set<string>();
  const situations = items.map((item, index) => {
    let situation = valid?.[index];
    if (situation === undefined) {
      const result = schemas().SituationSchema.safeParse(item);
      const label = labelOf(item, index);
      if (!result.success) {
        const { field, message } = firstIssue(result.error);
        throw new DataError(file, label, field, message, "situation");
      }
      situation = result.data;
    }
    const { id } = situation;
    if (id === OTHER_SITUATION) {
      throw new DataError(file, id, "id", `"${OTHER_SITUATION}" is built in; do not define it`, "situation");
    }
    if (seen.has(id)) throw new DataError(file, id, "id", "defined twice", "situation");
    seen.add(id);
    return situation;
  });
  if (!valid) rememberChecked(path, situations);
  return situations;
}

function labelOf(item: unknown, index: number): string {
  const id = item && typeof item === "object" ? (item as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : `#${index + 1}`;
}

/** "#3 (502, upstream-refused)": a fact's position with what identifies it to a reader. */
function factLabel(index: number, fact: unknown): string {
  const { code, situation } = (fact && typeof fact === "object" ? fact : {}) as Partial<RawFact>;
  const parts = [code, situation].filter((part) => part !== undefined && part !== null);
  return `#${index + 1}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

/** Every source file: data/sources/<kind>/<id>.yaml, the folder naming the kind. */
function sourceFiles(dir: string): { kind: string; path: string }[] {
  const root = join(dir, "sources");
  if (!existsSync(root)) throw new DataError("data/sources", undefined, undefined, "folder is missing");
  return readdirSync(root)
    .sort()
    .flatMap((name) => {
      const path = join(root, name);
      if (!statSync(path).isDirectory()) {
        throw new DataError(
          `data/sources/${name}`,
          undefined,
          undefined,
          `belongs in a folder named after its kind (${schemas().SourceKind.options.join(", ")})`,
        );
      }
      return yamlFiles(path).map((file) => ({ kind: name, path: file }));
    });
}

export function loadSources(dir: string, resolve: StatusResolver, situations: ReadonlySet<string>): Source[] {
  const sources: Source[] = [];
  const ids = new Map<string, string>();
  const names = new Map<string, string>();
  for (const { kind, path } of sourceFiles(dir)) {
    const { file, parsed, checked } = readYaml(dir, path);
    const stem = basename(path, extname(path));
    // As validated last time (rememberChecked), when the file and the validation are the same.
    const result =
      checked !== undefined
        ? { success: true as const, data: checked as RawSource }
        : schemas().SourceSchema.safeParse(parsed);
    if (!result.success) {
      const { path: where, field, message } = firstIssue(result.error);
      if (where[0] === "facts" && typeof where[1] === "number") {
        const facts = (parsed as { facts?: unknown[] }).facts ?? [];
        const rest = where.slice(2).map(String).join(".") || undefined;
        throw new DataError(file, factLabel(where[1], facts[where[1]]), rest, message, "fact");
      }
      throw new DataError(file, stem, field, message, "source");
    }
    const raw = result.data;
    if (checked === undefined) rememberChecked(path, raw);
    const failSource = (field: string, problem: string): never => {
      throw new DataError(file, raw.id, field, problem, "source");
    };
    if (raw.id !== stem) failSource("id", `must match the file name (${stem})`);
    if (raw.kind !== kind) failSource("kind", `is ${raw.kind} but the file is in the ${kind} folder`);
    const earlier = ids.get(raw.id);
    if (earlier) failSource("id", `defined twice (also in ${earlier})`);
    ids.set(raw.id, file);
    for (const [index, name] of [raw.id, raw.name, ...raw.aliases].entries()) {
      const key = normalizeName(name);
      const owner = names.get(key);
      if (owner && owner !== raw.id) {
        failSource(
          index < 2 ? (index === 0 ? "id" : "name") : `aliases.${index - 2}`,
          `"${name}" also names ${owner}`,
        );
      }
      names.set(key, raw.id);
    }

    const facts = raw.facts.map((fact, index): SourceFact => {
      const failFact = (field: string, problem: string): never => {
        throw new DataError(file, factLabel(index, fact), field, problem, "fact");
      };
      if (fact.situation !== OTHER_SITUATION && !situations.has(fact.situation)) {
        failFact("situation", `unknown situation "${fact.situation}" (see situations.yaml, or use "other")`);
      }
      let entryId: string | undefined;
      if (fact.code !== undefined) {
        const resolution = resolve(fact.code, fact.entry);
        if ("problem" in resolution) failFact(resolution.field, resolution.problem);
        else entryId = resolution.entryId;
      } else if (fact.entry !== undefined) {
        failFact("entry", "an entry needs its code");
      }
      const seenSignals = new Set<string>();
      fact.signals.forEach((signal, at) => {
        if (seenSignals.has(signal)) failFact(`signals.${at}`, `"${signal}" is listed twice`);
        seenSignals.add(signal);
      });
      return {
        sourceId: raw.id,
        index: index + 1,
        code: fact.code,
        entryId,
        situation: fact.situation,
        what: fact.what,
        signals: fact.signals,
        link: fact.link,
      };
    });
    sources.push({
      id: raw.id,
      name: raw.name,
      kind: raw.kind,
      aliases: raw.aliases,
      summary: raw.summary,
      home: raw.home,
      facts,
      file,
    });
  }
  return sources;
}
