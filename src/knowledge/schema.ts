import { z } from "zod";

/** How strongly a specification asks for a header alongside the status code. */
export const HeaderRequirement = z.enum(["MUST", "SHOULD", "MAY", "convention"]);

/**
 * What a client should do on receiving the code. The kinds are coarse on purpose: comparisons and
 * scenario explanations contrast them ("retry after a delay" vs "do not retry unchanged").
 */
export const RetryKind = z.enum([
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
export const Caching = z.enum(["heuristic", "explicit", "never"]);

export const CodeStatus = z.enum([
  "standard",
  "deprecated",
  "reserved",
  "temporary",
  "obsoleted",
  "unofficial",
]);

const text = z.string().trim().min(1);
const statusNumber = z.number().int().min(0).max(999);

export const SpecSchema = z
  .object({
    document: text,
    section: text.optional(),
    url: z.url().optional(),
    note: text.optional(),
  })
  .strict();

export const HeaderSchema = z
  .object({
    name: text,
    requirement: HeaderRequirement,
    note: text,
  })
  .strict();

export const AlternativeSchema = z
  .object({
    when: text,
    use: statusNumber.optional(),
  })
  .strict();

export const FormerNameSchema = z
  .object({
    name: text,
    source: text,
  })
  .strict();

export const EntrySchema = z
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

export const ComparisonSchema = z
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

export const ClassSchema = z
  .object({
    class: z.number().int().min(1).max(5),
    name: text,
    meaning: text,
    advice: z.array(text).min(1),
    keywords: z.array(text).default([]),
  })
  .strict();

export const VocabularySchema = z
  .object({
    synonyms: z.array(z.array(text).min(2)).default([]),
  })
  .strict();

export type RawEntry = z.infer<typeof EntrySchema>;
export type RawComparison = z.infer<typeof ComparisonSchema>;
export type RawClass = z.infer<typeof ClassSchema>;
export type RetryKind = z.infer<typeof RetryKind>;
export type CodeStatus = z.infer<typeof CodeStatus>;
export type Caching = z.infer<typeof Caching>;
export type HeaderRequirement = z.infer<typeof HeaderRequirement>;
export type Vocabulary = z.infer<typeof VocabularySchema>;
