// Other protocols' codes that are not HTTP statuses: data/protocols.yaml.
import { join } from "node:path";
import { type Protocol, type ProtocolCode, protocolKey } from "./catalog.ts";
import { DataError, firstIssue, readList, rememberChecked } from "./files.ts";
import { type RawProtocol, type RawProtocolCode, schemas } from "./schema.ts";
import type { StatusResolver } from "./sources.ts";

function codeLabel(code: Partial<RawProtocolCode> | undefined, index: number): string {
  if (code?.code !== undefined) return String(code.code);
  if (Array.isArray(code?.range)) return code.range.join("-");
  return `#${index + 1}`;
}

export function loadProtocols(dir: string, resolve: StatusResolver): Protocol[] {
  const path = join(dir, "protocols.yaml");
  const { file, items, checked } = readList(dir, path);
  // As validated last time (rememberChecked), when the file and the validation are the same.
  const valid =
    Array.isArray(checked) && checked.length === items.length ? (checked as RawProtocol[]) : undefined;
  const validated: RawProtocol[] = [];
  const seen = new Set<string>();
  const protocols = items.map((item, index) => {
    const known = valid?.[index];
    const result = known ? { success: true as const, data: known } : schemas().ProtocolSchema.safeParse(item);
    const id = (item as { id?: unknown } | null)?.id;
    const label = typeof id === "string" ? id : `#${index + 1}`;
    if (!result.success) {
      const { path, field, message } = firstIssue(result.error);
      if (path[0] === "codes" && typeof path[1] === "number") {
        const codes = (item as { codes?: Partial<RawProtocolCode>[] }).codes ?? [];
        const rest = path.slice(2).map(String).join(".") || undefined;
        throw new DataError(
          file,
          `${label}, code ${codeLabel(codes[path[1]], path[1])}`,
          rest,
          message,
          "protocol",
        );
      }
      throw new DataError(file, label, field, message, "protocol");
    }
    const raw = result.data;
    validated.push(raw);
    const failProtocol = (field: string, problem: string): never => {
      throw new DataError(file, raw.id, field, problem, "protocol");
    };
    if (seen.has(raw.id)) failProtocol("id", "defined twice");
    seen.add(raw.id);

    const patterns = raw.patterns.map((pattern, at) => {
      try {
        return new RegExp(pattern, "i");
      } catch (error) {
        return failProtocol(`patterns.${at}`, `not a valid regular expression: ${(error as Error).message}`);
      }
    });

    const keys = new Set<string>();
    const codes = raw.codes.map((code, at): ProtocolCode => {
      const failCode = (field: string, problem: string): never => {
        throw new DataError(file, `${raw.id}, code ${codeLabel(code, at)}`, field, problem, "protocol");
      };
      if ((code.code === undefined) === (code.range === undefined)) {
        failCode("code", "give either a code or a range");
      }
      if (code.range && code.range[0] > code.range[1]) failCode("range", "the range runs backwards");
      for (const key of [code.code, code.name, ...code.aliases]) {
        if (key === undefined) continue;
        const folded = protocolKey(String(key));
        if (keys.has(folded)) failCode(code.code === key ? "code" : "name", `"${key}" is listed twice`);
        keys.add(folded);
      }
      let httpEntryId: string | undefined;
      if (code.http !== undefined) {
        const resolution = resolve(code.http, code.http_entry);
        if ("problem" in resolution)
          failCode(resolution.field === "code" ? "http" : "http_entry", resolution.problem);
        else httpEntryId = resolution.entryId;
      } else if (code.http_entry !== undefined) {
        failCode("http_entry", "needs http");
      }
      if (raw.http_mapping && code.code !== undefined && code.http === undefined) {
        failCode("http", `${raw.http_mapping.name} maps every code: give its HTTP status`);
      }
      const written = code.code === undefined ? undefined : String(code.code);
      return {
        protocolId: raw.id,
        code: written,
        number: written !== undefined && /^\d+$/.test(written) ? Number(written) : undefined,
        range: code.range,
        name: code.name,
        aliases: code.aliases,
        meaning: code.meaning,
        http: code.http,
        httpEntryId,
      };
    });
    return {
      id: raw.id,
      name: raw.name,
      summary: raw.summary,
      keywords: raw.keywords,
      patterns,
      link: raw.link,
      httpMapping: raw.http_mapping,
      codes,
    };
  });
  if (!valid) rememberChecked(path, validated);
  return protocols;
}

/** Lookup of one protocol's codes by number, written code and name; ranges checked last. */
export function protocolCodeIndex(protocol: Protocol): (key: number | string) => ProtocolCode | undefined {
  const byKey = new Map<string, ProtocolCode>();
  const ranges = protocol.codes.filter((code) => code.range !== undefined);
  for (const code of protocol.codes) {
    for (const key of [code.code, code.name, ...code.aliases]) {
      if (key !== undefined) byKey.set(protocolKey(key), code);
    }
  }
  return (key) => {
    const written = typeof key === "number" ? String(key) : key.trim();
    const exact = byKey.get(protocolKey(written));
    if (exact) return exact;
    if (!/^\d+$/.test(written)) return undefined;
    const number = Number(written);
    return ranges.find(({ range }) => range !== undefined && number >= range[0] && number <= range[1]);
  };
}
