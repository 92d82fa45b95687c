import type { Catalog, Protocol } from "../../knowledge/catalog.ts";
import { lookupFor } from "../reading/code-lookup.ts";
import type { ProtocolCode as CodeRead } from "../reading/protocols.ts";
import { readQuestionCodes } from "../reading/reader.ts";
import {
  type Answer,
  type Engine,
  emptyAnswer,
  type ProtocolReply,
  type Question,
  ranked,
} from "../types.ts";

/**
 * Another protocol's code (SMTP 550, FTP 226, SIP 486, WebSocket close 1006, gRPC 14, errno 104):
 * said to be not HTTP, in one line, instead of the HTTP card for the same number; with the HTTP
 * status a standard mapping gives it (gRPC -> HTTP as grpc-gateway maps it), which is then the
 * answer's code whether or not HTTP is named. A question with an HTTP status the format or its words
 * point at is not this kind.
 */
export function protocols(question: Question, engine: Engine): Answer | undefined {
  const { catalog } = engine;
  const reading = readQuestionCodes(question.text, lookupFor(catalog));
  // Numbers of one or two digits ("Error: 14 UNAVAILABLE") cannot be HTTP statuses, whatever their format.
  const statuses = reading.codes.filter((code) => code.value >= 100);
  const replies = reading.others.flatMap((other) => replyFor(catalog, other) ?? []);
  // An HTTP status written as such is what is asked about, unless it is written in prose beside a
  // code with a standard HTTP mapping, as a proposal or what is done today: "grpc-gateway OUT_OF_RANGE
  // maps to? Jonas says send 416" and "our gateway returns 500 for NOT_FOUND" ask for the mapping. A
  // status line or an access log's status is what happened; a status asked about ("what does HTTP
  // 429 mean") is the question.
  const evidenced = statuses.filter((code) => code.evidence !== undefined);
  if (evidenced.length > 0) {
    if (!replies.some((each) => httpEntryOf(catalog, each))) return undefined;
    const roles = question.cues().roles;
    const inProse = evidenced.every((code) => {
      const role = roles.get(code.value);
      return (
        code.evidence !== "status-line" &&
        code.evidence !== "access-log" &&
        role !== undefined &&
        !role.identity
      );
    });
    if (!inProse) return undefined;
  }
  const reply =
    replies[0] ??
    (statuses.length === 0 ? replyByPattern(catalog, question.text, question.lower) : undefined);
  if (!reply) return undefined;
  // A code with a standard HTTP mapping (gRPC's, as grpc-gateway maps it) answers with that status,
  // and two such codes set against each other with both; the card still says the code is gRPC's.
  // Other protocols' codes have no HTTP mapping: no HTTP code.
  const entries = new Map<string, ReturnType<typeof ranked>>();
  for (const each of replies.length > 0 ? replies : [reply]) {
    if (each.protocolId !== reply.protocolId || each.key === undefined) continue;
    const entry = httpEntryOf(catalog, each);
    if (entry && !entries.has(entry.id)) entries.set(entry.id, ranked(entry));
  }
  // "our BFF gets ECONNREFUSED from inventory, what should it return?": the other protocol's code is
  // what happened upstream, and the question is which HTTP status to answer with. Only for codes with
  // no HTTP mapping (a gRPC code's mapping is that answer).
  if (entries.size === 0 && ASKS_WHAT_TO_ANSWER.test(question.text)) return undefined;
  return {
    ...emptyAnswer(question.query, "protocol"),
    protocol: reply,
    codes: [...entries.values()],
  };
}

/**
 * Which status a server ought to answer with: "what should the gateway return", "which status should
 * the upgrade get"; not a person's next step ("what should I do when I get ECONNREFUSED").
 */
const ASKS_WHAT_TO_ANSWER =
  /\b(?:should|ought to|supposed to)\s+(?:the|our|my|your|this|that|it|we|they|a|an)\s+(?:[\w'-]+\s+){0,3}?(?:return|send|respond|reply|answer)\b|\b(?:what|which)\s+(?:http\s+)?(?:status(?: code)?|code|response)\s+(?:[\w'-]+\s+){0,4}?should\b/i;

/** The HTTP status a standard mapping gives another protocol's code, if it has one. */
function httpEntryOf(catalog: Catalog, reply: ProtocolReply) {
  if (reply.key === undefined) return undefined;
  const id = catalog.protocolCode(reply.protocolId, reply.key)?.httpEntryId;
  return id ? catalog.entry(id) : undefined;
}

function keyOf(written: string): number | string {
  return /^\d+$/.test(written) ? Number(written) : written;
}

/** A code the reader found next to a protocol's words, if the catalog has that protocol. */
function replyFor(catalog: Catalog, other: CodeRead): ProtocolReply | undefined {
  const protocol = catalog.protocol(other.protocol);
  if (!protocol) return undefined;
  const key = keyOf(other.code);
  const known = catalog.protocolCode(protocol.id, key);
  // A name the reader guessed at (an upper-case word near "grpc") must be one of the protocol's.
  if (!known && typeof key === "string") return undefined;
  return { protocolId: protocol.id, written: other.code, ...(known ? { key } : {}) };
}

/**
 * The protocols' own patterns ("227 Entering Passive Mode", "[Errno 111]"), trusted only with one of
 * the protocol's keywords in the question (a pattern alone, "code 1020", may be an HTTP vendor's) or
 * when the match writes a code with its own name ("Error: 14 UNAVAILABLE: ..."). `lower` is the text lower-cased.
 */
function replyByPattern(catalog: Catalog, text: string, lower: string): ProtocolReply | undefined {
  for (const protocol of catalog.protocols) {
    for (const pattern of protocol.patterns) {
      const match = pattern.exec(text);
      if (!match) continue;
      if (
        protocol.keywords.some((keyword) => mentions(lower, keyword)) ||
        selfNamed(catalog, protocol, match[0])
      ) {
        return replyInMatch(catalog, protocol, match[0]);
      }
    }
  }
  return undefined;
}

function mentions(lower: string, keyword: string): boolean {
  const at = lower.indexOf(keyword.toLowerCase());
  if (at < 0) return false;
  const before = lower[at - 1];
  const after = lower[at + keyword.length];
  return !(before && /[a-z0-9]/.test(before)) && !(after && /[a-z0-9]/.test(after));
}

/** A pattern's match that writes one of the protocol's codes by both its number and its name. */
function selfNamed(catalog: Catalog, protocol: Protocol, matched: string): boolean {
  const numbers = matched.match(/\d+/g) ?? [];
  const words = matched.match(/[A-Za-z][A-Za-z_]+/g) ?? [];
  return numbers.some((number) => {
    const code = catalog.protocolCode(protocol.id, Number(number));
    return code !== undefined && words.some((word) => catalog.protocolCode(protocol.id, word) === code);
  });
}

/** The code inside a pattern's match: the first word or number of it the protocol knows. */
function replyInMatch(catalog: Catalog, protocol: Protocol, matched: string): ProtocolReply {
  const words = matched.match(/[A-Za-z_]+|\d+(?:\.\d+)*/g) ?? [];
  for (const word of words) {
    const key = keyOf(word);
    if (catalog.protocolCode(protocol.id, key)) return { protocolId: protocol.id, written: word, key };
  }
  return { protocolId: protocol.id, written: matched.trim() };
}
