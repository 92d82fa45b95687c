/** What kind of question the query was. */
export type Intent = "code" | "compare" | "class" | "scenario" | "help" | "unknown";

/** One code in an answer, with the catalog entry it refers to and, for scenarios, why it fits. */
export interface RankedCode {
  readonly code: number;
  /** Catalog entry id: "403", or "499-nginx" for an unofficial meaning. */
  readonly entryId: string;
  readonly why?: string;
  /** 0..1, higher is a better match (scenario and name searches only). */
  readonly score?: number;
}

/** A number that looks like a status code but is not one we can describe. */
export interface NumberProblem {
  readonly kind: "unassigned" | "out-of-range";
  readonly text: string;
  readonly code?: number;
  readonly message: string;
}

export interface Answer {
  readonly query: string;
  readonly intent: Intent;
  /** What we answer with, best first. For a comparison the two compared codes come first. */
  readonly codes: readonly RankedCode[];
  /** The class digit, for a class overview. */
  readonly classDigit?: number;
  /** For `compare`: the pair, and whether we hold a curated comparison of it. */
  readonly comparison?: { readonly first: number; readonly second: number; readonly curated: boolean };
  /** For `unknown` (and weak matches): things the person may have meant. Never part of `codes`. */
  readonly suggestions: readonly RankedCode[];
  /** Numbers in the query that are not codes we know (unassigned, out of range). */
  readonly problems: readonly NumberProblem[];
}
