import type { RawClass, RawComparison, RawEntry, Vocabulary } from "./schema.ts";

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
}

export function pairKey(a: number, b: number): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}
