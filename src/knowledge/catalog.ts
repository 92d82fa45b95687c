import type { RawClass, RawComparison, RawEntry, RawSituation, SourceKind, Vocabulary } from "./schema.ts";

/** One meaning of a status number: the registered one, or one vendor's unofficial use of it. */
export interface Entry extends RawEntry {
  /** "403" for a registered code, "499-nginx" for an unofficial one. */
  readonly id: string;
  readonly registered: boolean;
  /** Where the entry came from, for error messages and maintainers. */
  readonly file: string;
  /** Other entries that use the same number (a clash with the registry or another vendor). */
  readonly sharesNumberWith: readonly string[];
}

export interface Comparison extends RawComparison {
  readonly id: string;
}

export type ClassInfo = RawClass;

/** A common situation that produces a status (data/situations.yaml): "upstream-timeout". */
export type Situation = RawSituation;

/** One fact about where a status comes from: "HAProxy answers 504 when ...". */
export interface SourceFact {
  /** The source it belongs to ("haproxy"). */
  readonly sourceId: string;
  /** Its 1-based position among its source's facts. */
  readonly index: number;
  /** The HTTP status; undefined for failures that produce no status at all (connection refused). */
  readonly code: number | undefined;
  /** The catalog entry the status means here: registered ("504") or unofficial ("499-nginx"). */
  readonly entryId: string | undefined;
  /** A situation id from data/situations.yaml, or "other". */
  readonly situation: string;
  /** One sentence in our own words. */
  readonly what: string;
  /** Exact strings people paste: exception classes, messages, log fragments, response flags. */
  readonly signals: readonly string[];
  /** Official documentation or source code that grounds the fact (https). */
  readonly link: string;
}

/** A framework, server, edge, client or specification and the statuses it produces or reports. */
export interface Source {
  readonly id: string;
  readonly name: string;
  readonly kind: SourceKind;
  /** Other names people type for it ("k8s ingress", "drf"). */
  readonly aliases: readonly string[];
  readonly summary: string;
  readonly home: string;
  readonly facts: readonly SourceFact[];
  readonly file: string;
}

/** One code of another protocol (SMTP 550, WebSocket 1006, gRPC 14, errno 104). */
export interface ProtocolCode {
  readonly protocolId: string;
  /** The code as written ("550", "5.1.1", "1006"); undefined for a range. */
  readonly code: string | undefined;
  /** The code as a number when it is one. */
  readonly number: number | undefined;
  /** Inclusive range of codes sharing one meaning ([4000, 4999]). */
  readonly range: readonly [number, number] | undefined;
  /** Symbolic name: "UNAVAILABLE", "ECONNRESET", "Normal Closure". */
  readonly name: string | undefined;
  readonly aliases: readonly string[];
  readonly meaning: string;
  /** The HTTP status a standard mapping gives it (gRPC -> HTTP, as grpc-gateway does). */
  readonly http: number | undefined;
  /** The catalog entry of that HTTP status ("503", or "499-nginx" for gRPC CANCELLED). */
  readonly httpEntryId: string | undefined;
}

/** Another protocol whose reply codes look like HTTP statuses but are not. */
export interface Protocol {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  /** Words that show a text is about this protocol. */
  readonly keywords: readonly string[];
  /** How its codes are written, compiled once, case-insensitive. */
  readonly patterns: readonly RegExp[];
  readonly link: string;
  /** The standard HTTP mapping of its codes, if one exists. */
  readonly httpMapping: { readonly name: string; readonly link: string } | undefined;
  readonly codes: readonly ProtocolCode[];
}

export interface Catalog {
  readonly entries: readonly Entry[];
  readonly comparisons: readonly Comparison[];
  readonly classes: readonly ClassInfo[];
  /** Words people use for the same idea, for the search (data/vocabulary.yaml). */
  readonly vocabulary: Vocabulary;
  /** The entry with this id ("403", "499-nginx"). */
  entry(id: string): Entry | undefined;
  /** The IANA-registered meaning of a number, if it has one. */
  registered(code: number): Entry | undefined;
  /** Every meaning of a number: the registered one first, then unofficial ones. */
  byCode(code: number): readonly Entry[];
  /** Entries whose current or former name (or alias) matches, case- and punctuation-insensitively. */
  byName(name: string): readonly Entry[];
  /** Registered codes of a class, in numeric order (unofficial ones with `includeUnofficial`). */
  byClass(digit: number, options?: { includeUnofficial?: boolean }): readonly Entry[];
  classInfo(digit: number): ClassInfo | undefined;
  /** The curated comparison of two codes, in either order. */
  comparison(a: number, b: number): Comparison | undefined;
  /** Every curated comparison that involves this code. */
  comparisonsOf(code: number): readonly Comparison[];

  /** The situations facts are filed under (data/situations.yaml), "other" excluded. */
  readonly situations: readonly Situation[];
  situation(id: string): Situation | undefined;
  /** Frameworks, servers, edges, clients and specs, by kind then id (data/sources/). */
  readonly sources: readonly Source[];
  sourceById(id: string): Source | undefined;
  /** A source by id, name or alias, case- and punctuation-insensitively ("Ingress NGINX", "drf"). */
  sourceByName(name: string): Source | undefined;
  /** Every source fact, in source order. */
  readonly facts: readonly SourceFact[];
  /** Facts about any meaning of this number (registered or unofficial). */
  factsForCode(code: number): readonly SourceFact[];
  /** Facts about one catalog entry ("504", "499-nginx"). */
  factsForEntry(id: string): readonly SourceFact[];
  factsForSituation(situation: string): readonly SourceFact[];
  /** Other protocols whose codes are not HTTP statuses (data/protocols.yaml). */
  readonly protocols: readonly Protocol[];
  protocol(id: string): Protocol | undefined;
  /**
   * A protocol's code by number (14, 550), written code ("5.1.1") or name ("UNAVAILABLE", "NotFound",
   * "econnreset"); a number inside a range finds the range.
   */
  protocolCode(protocolId: string, key: number | string): ProtocolCode | undefined;
}

/** Folds a protocol code's name or written code for lookup: "NOT_FOUND", "NotFound" -> "notfound". */
export function protocolKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]+/g, "");
}

export function pairKey(a: number, b: number): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}
