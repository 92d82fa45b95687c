import type { Catalog, Entry } from "../knowledge/catalog.ts";
import type { ClassMatcher } from "./intents/classes.ts";
import type { ComparisonTopics } from "./intents/compare.ts";
import type { NameMatcher } from "./intents/names.ts";
import type { NumbersRead } from "./intents/numbers.ts";
import type { ExampleIndex } from "./search/examples.ts";
import type { Cues } from "./search/features.ts";
import type { SearchIndex } from "./search/index.ts";
import type { Ranking } from "./search/ranker.ts";
import type { Tuning } from "./tuning.ts";

/** What kind of question the query was. */
export type Intent =
  | "code"
  | "compare"
  | "class"
  | "scenario"
  | "help"
  | "unknown"
  /** Another protocol's code (SMTP 550, gRPC UNAVAILABLE): said to be not HTTP, mapped where a standard mapping exists. */
  | "protocol"
  /** A pasted error or log line, or a source and its situation: which source answers which status and when. */
  | "source";

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
  /** For `protocol`: the other protocol's code, as the catalog knows it. */
  readonly protocol?: ProtocolReply;
  /** For `source`: the source facts that explain the question, best first. */
  readonly sources?: readonly SourceMatch[];
  /** For `unknown` (and weak matches): things the person may have meant. Never part of `codes`. */
  readonly suggestions: readonly RankedCode[];
  /** Numbers in the query that are not codes we know (unassigned, out of range). */
  readonly problems: readonly NumberProblem[];
  /** For a situation with a code proposed ("should I use 403 here?"): whether each code fits. */
  readonly verdicts?: readonly Verdict[];
}

/** Whether a code the person proposed (or uses now) is right for their situation. */
export interface Verdict {
  readonly code: number;
  readonly entryId: string;
  readonly right: boolean;
  /** Why it fits, or why the recommendation fits better. */
  readonly why: string;
  /** The better code, when it is wrong. */
  readonly better?: number;
}

/** Another protocol's code in a question (data/protocols.yaml). */
export interface ProtocolReply {
  readonly protocolId: string;
  /** The code as the question writes it: "550", "1006", "UNAVAILABLE", "ECONNRESET". */
  readonly written: string;
  /** How to look it up again in the catalog (catalog.protocolCode); undefined when it has no entry. */
  readonly key?: number | string;
}

/** One source fact that explains a question (data/sources/). */
export interface SourceMatch {
  readonly sourceId: string;
  /** The fact's 1-based position among its source's facts. */
  readonly fact: number;
  /** The signal the question contains, as the data writes it; undefined when matched by name and situation or code. */
  readonly signal?: string;
}

/** What the engine builds once per catalog, and the tuning it answers with. */
export interface Engine {
  readonly catalog: Catalog;
  readonly tuning: Tuning;
  readonly index: SearchIndex;
  /** The training questions, for the ranker's nearest-neighbour evidence. */
  readonly examples: ExampleIndex;
  /** The facts about where statuses come from (data/sources/), compared with questions the same way. */
  readonly facts: ExampleIndex;
  readonly names: NameMatcher;
  readonly classes: ClassMatcher;
  readonly comparisonTopics: ComparisonTopics;
}

/** A question as every intent sees it, read once by the dispatcher. */
export interface Question {
  /** As asked. */
  readonly query: string;
  /** Cut to a bounded length, Slack mentions and control characters removed. */
  readonly text: string;
  /** `text` lower-cased (toLowerCase, nothing else): read by several intents, made once. */
  readonly lower: string;
  /** Folded to lower case, punctuation but apostrophes and slashes dropped. */
  readonly folded: string;
  /** Folded, trailing punctuation dropped. */
  readonly bare: string;
  /** The codes written as numbers, and the numbers that cannot be codes. */
  readonly numbers: NumbersRead;
  /** The runs of letters and digits of `lower` (read once, when first asked for). */
  readonly words: () => readonly string[];
  /** Its distinct search features, spelling corrected (read once, when first asked for). */
  readonly features: () => readonly string[];
  /** What it asks and the role of each code written in it (read once, when first asked for). */
  readonly cues: () => Cues;
  /** The learned ranking of the codes that could answer it (computed once, when first asked for). */
  readonly ranking: () => Ranking;
}

/** One intent: an answer when the question is of its kind, else undefined (the next one tries). */
export type IntentHandler = (question: Question, engine: Engine) => Answer | undefined;

/** A code of an answer. */
export function ranked(entry: Entry, extra: Partial<RankedCode> = {}): RankedCode {
  return { code: entry.code, entryId: entry.id, ...extra };
}

/** An answer with no codes yet. */
export function emptyAnswer(query: string, intent: Intent, rest: Partial<Answer> = {}): Answer {
  return { query, intent, codes: [], suggestions: [], problems: [], ...rest };
}

/**
 * The HTTP status codes an answer recommends or explains, best first: what `ask --json` lists as
 * `codes`. A status is a three-digit integer (RFC 9110 §15): a tool's placeholder for "no response
 * arrived" (curl's and an ALB's 000, a browser's status 0) is explained by the card, but no response
 * ever carries it.
 */
export function statusCodes(answer: Answer): number[] {
  const codes: number[] = [];
  for (const each of answer.codes) if (each.code >= 100) codes.push(each.code);
  return codes;
}
