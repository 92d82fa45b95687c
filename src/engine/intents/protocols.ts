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
 * answer's code. A question with an HTTP status the format or its words point at is not this kind.
 */
export function protocols(question: Question, engine: Engine): Answer | undefined {
  const { catalog } = engine;
  const reading = readQuestionCodes(question.text, lookupFor(catalog));
  if (reading.codes.some((code) => code.evidence !== undefined)) return undefined;
  const reply =
    reading.others.map((other) => replyFor(catalog, other)).find((found) => found !== undefined) ??
    (reading.codes.length === 0 ? replyByPattern(catalog, question.text) : undefined);
  if (!reply) return undefined;
  const code = reply.key === undefined ? undefined : catalog.protocolCode(reply.protocolId, reply.key);
  const entry = code?.httpEntryId ? catalog.entry(code.httpEntryId) : undefined;
  // The mapped status is the answer only when an HTTP client is in the question (a gateway, a REST
  // caller, "in HTTP terms"); a gRPC error on its own is gRPC's, and its card shows the mapping.
  const bridged = entry !== undefined && HTTP_BRIDGE.test(question.text);
  return {
    ...emptyAnswer(question.query, "protocol"),
    protocol: reply,
    codes: entry && bridged ? [ranked(entry)] : [],
  };
}

/** Words that put an HTTP client between another protocol and the person asking. */
const HTTP_BRIDGE =
  /\b(?:https?|rest|restful|gateway|grpc-gateway|transcod\w*|json|espv2|esp|cloud endpoints|envoy|proxy|browser|maps?|mapped|mapping|equivalent|translat\w*|becomes?|clients? (?:sees?|gets?|receives?))\b|->|→|=>|"code"\s*:\s*\d/i;

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
 * the protocol's keywords in the question: a pattern alone ("code 1020") may be an HTTP vendor's.
 */
function replyByPattern(catalog: Catalog, text: string): ProtocolReply | undefined {
  let lower: string | undefined;
  for (const protocol of catalog.protocols) {
    for (const pattern of protocol.patterns) {
      const match = pattern.exec(text);
      if (!match) continue;
      lower ??= text.toLowerCase();
      const said = lower;
      if (protocol.keywords.some((keyword) => mentions(said, keyword))) {
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

/** The code inside a pattern's match: the first word or number of it the protocol knows. */
function replyInMatch(catalog: Catalog, protocol: Protocol, matched: string): ProtocolReply {
  const words = matched.match(/[A-Za-z_]+|\d+(?:\.\d+)*/g) ?? [];
  for (const word of words) {
    const key = keyOf(word);
    if (catalog.protocolCode(protocol.id, key)) return { protocolId: protocol.id, written: word, key };
  }
  return { protocolId: protocol.id, written: matched.trim() };
}
