import { createRequire } from "node:module";
import type { z } from "zod";

/*
 * The schemas of data/, defined with zod when first asked for (`schemas()`): zod is loaded then, and
 * only then. A start whose data files were all validated before (their validated values are kept
 * with the parsed files, see files.ts) never loads it: zod is a good part of a start's module loading.
 */

/** The situation id a fact belongs to, or "other" (checked against data/situations.yaml). */
export const OTHER_SITUATION = "other";

/** Every schema, defined with the zod given. */
function define(z: typeof import("zod").z) {
  /** How strongly a specification asks for a header alongside the status code. */
  const HeaderRequirement = z.enum(["MUST", "SHOULD", "MAY", "convention"]);

  /**
   * What a client should do on receiving the code. The kinds are coarse on purpose: comparisons and
   * scenario explanations contrast them ("retry after a delay" vs "do not retry unchanged").
   */
  const RetryKind = z.enum([
    "not-an-error",
    "keep-waiting",
    "follow-redirect",
    "do-not-retry",
    "retry-after-change",
    "retry-after-delay",
    "retry-idempotent",
  ]);

  /**
   * What a cache may do with the response. `heuristic`: RFC 9110 §15.1's heuristically cacheable
   * codes (plus 451, RFC 7725), storable without explicit freshness. `explicit`: stored only with
   * explicit freshness (Cache-Control, Expires). `never`: caches must not store it at all (1xx are not
   * final responses, RFC 9111 §3; RFC 6585 forbids storing 428, 429, 431 and 511).
   */
  const Caching = z.enum(["heuristic", "explicit", "never"]);

  const CodeStatus = z.enum(["standard", "deprecated", "reserved", "temporary", "obsoleted", "unofficial"]);

  const text = z.string().trim().min(1);
  const statusNumber = z.number().int().min(0).max(999);
  /** A link we cite: an https URL (the loader rejects any other scheme). */
  const httpsUrl = z.url({ protocol: /^https$/, error: "must be an https URL" });

  const SpecSchema = z
    .object({
      document: text,
      section: text.optional(),
      url: httpsUrl.optional(),
      note: text.optional(),
    })
    .strict();

  const HeaderSchema = z
    .object({
      name: text,
      requirement: HeaderRequirement,
      note: text,
    })
    .strict();

  const AlternativeSchema = z
    .object({
      when: text,
      use: statusNumber.optional(),
    })
    .strict();

  const FormerNameSchema = z
    .object({
      name: text,
      source: text,
    })
    .strict();

  const EntrySchema = z
    .object({
      code: statusNumber,
      class: z.number().int().min(0).max(9),
      phrase: text,
      registry_phrase: text.optional(),
      former_names: z.array(FormerNameSchema).default([]),
      aliases: z.array(text).default([]),
      status: CodeStatus,
      origin: text.optional(),
      spec: SpecSchema,
      summary: text.max(150),
      meaning: text,
      use_when: z.array(text).min(1),
      avoid_when: z.array(AlternativeSchema).min(1),
      headers: z.array(HeaderSchema).default([]),
      retry: z.object({ kind: RetryKind, advice: text }).strict(),
      caching: Caching,
      related: z.array(statusNumber).default([]),
      scenarios: z.array(text).min(1),
      keywords: z.array(text).default([]),
      notes: z.array(text).default([]),
    })
    .strict();

  const ComparisonSchema = z
    .object({
      codes: z.tuple([statusNumber, statusNumber]),
      rule_of_thumb: text.max(300),
      differences: z
        .array(z.object({ aspect: text, first: text, second: text }).strict())
        .min(1)
        .max(8),
      choose_first_when: text,
      choose_second_when: text,
      keywords: z.array(text).default([]),
    })
    .strict();

  const ClassSchema = z
    .object({
      class: z.number().int().min(1).max(5),
      name: text,
      meaning: text,
      advice: z.array(text).min(1),
      keywords: z.array(text).default([]),
    })
    .strict();

  const VocabularySchema = z
    .object({
      synonyms: z.array(z.array(text).min(2)).default([]),
    })
    .strict();

  // --- Where statuses come from (data/sources/, data/situations.yaml) -------------------------------

  /** What kind of software produces or reports the status. `spec` is a specification's own rules. */
  const SourceKind = z.enum(["framework", "server", "edge", "client", "spec"]);

  /** An id people can also type: lowercase letters, digits and hyphens ("ingress-nginx"). */
  const slugId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens");

  const SituationSchema = z
    .object({
      id: slugId,
      name: text,
      description: text,
      keywords: z.array(text).default([]),
    })
    .strict();

  const FactSchema = z
    .object({
      /** The HTTP status this fact is about; absent when no HTTP status is involved at all. */
      code: statusNumber.optional(),
      /** The catalog entry meant, when the number is unofficial ("499-nginx"). */
      entry: text.optional(),
      situation: text,
      /** One sentence in our own words: "HAProxy answers 504 when ...". */
      what: text.max(300),
      /** Exact strings people paste: exception classes, messages, log fragments, response flags. */
      signals: z.array(text).default([]),
      link: httpsUrl,
    })
    .strict();

  const SourceSchema = z
    .object({
      id: slugId,
      name: text,
      kind: SourceKind,
      /** Other names people type for it ("k8s ingress", "drf", "undici"). */
      aliases: z.array(text).default([]),
      summary: text.max(150),
      home: httpsUrl,
      facts: z.array(FactSchema).min(1),
    })
    .strict();

  // --- Other protocols' codes (data/protocols.yaml) -------------------------------------------------

  const ProtocolCodeSchema = z
    .object({
      /** The code as written: 550, "5.1.1", 1006, 14, 104. */
      code: z.union([z.number().int().min(0), text]).optional(),
      /** A range of codes with one meaning, e.g. [4000, 4999]. */
      range: z.tuple([z.number().int().min(0), z.number().int().min(0)]).optional(),
      /** The symbolic name: UNAVAILABLE, ECONNRESET, Normal Closure. */
      name: text.optional(),
      /** Other spellings of the name ("Canceled" for CANCELLED). */
      aliases: z.array(text).default([]),
      meaning: text.max(200),
      /** The HTTP status a standard mapping gives it (gRPC -> HTTP). */
      http: statusNumber.optional(),
      /** The catalog entry meant when `http` is unofficial ("499-nginx"). */
      http_entry: text.optional(),
    })
    .strict();

  const ProtocolSchema = z
    .object({
      id: slugId,
      name: text,
      summary: text.max(200),
      /** Words that show a text is about this protocol ("smtp", "mailbox", "close code"). */
      keywords: z.array(text).min(1),
      /** Regular expressions (case-insensitive) for the ways its codes are written ("5.1.1"). */
      patterns: z.array(text).default([]),
      link: httpsUrl,
      /** A standard HTTP mapping of the codes, when one exists; every code then names its `http`. */
      http_mapping: z.object({ name: text, link: httpsUrl }).strict().optional(),
      codes: z.array(ProtocolCodeSchema).min(1),
    })
    .strict();

  return {
    HeaderRequirement,
    RetryKind,
    Caching,
    CodeStatus,
    SpecSchema,
    HeaderSchema,
    AlternativeSchema,
    FormerNameSchema,
    EntrySchema,
    ComparisonSchema,
    ClassSchema,
    VocabularySchema,
    SourceKind,
    SituationSchema,
    FactSchema,
    SourceSchema,
    ProtocolCodeSchema,
    ProtocolSchema,
  };
}

export type Schemas = ReturnType<typeof define>;

let defined: Schemas | undefined;

/** The schemas (loading zod, as CommonJS: this is called from synchronous loaders). */
export function schemas(): Schemas {
  defined ??= define((createRequire(import.meta.url)("zod") as typeof import("zod")).z);
  return defined;
}

export type RawEntry = z.infer<Schemas["EntrySchema"]>;
export type RawComparison = z.infer<Schemas["ComparisonSchema"]>;
export type RawClass = z.infer<Schemas["ClassSchema"]>;
export type RetryKind = z.infer<Schemas["RetryKind"]>;
export type CodeStatus = z.infer<Schemas["CodeStatus"]>;
export type Caching = z.infer<Schemas["Caching"]>;
export type HeaderRequirement = z.infer<Schemas["HeaderRequirement"]>;
export type Vocabulary = z.infer<Schemas["VocabularySchema"]>;
export type SourceKind = z.infer<Schemas["SourceKind"]>;
export type RawSituation = z.infer<Schemas["SituationSchema"]>;
export type RawFact = z.infer<Schemas["FactSchema"]>;
export type RawSource = z.infer<Schemas["SourceSchema"]>;
export type RawProtocolCode = z.infer<Schemas["ProtocolCodeSchema"]>;
export type RawProtocol = z.infer<Schemas["ProtocolSchema"]>;
