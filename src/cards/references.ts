/**
 * Button and menu values: what a card's control points at, written and read in this one module.
 * A value is a compact reference ("code:499-nginx", "pair:401,403", "class:4", "q:<query>") so that
 * a click can rebuild the card without any stored state. Bare values ("404", "401,403", "4", a
 * query) are read too: values of cards sent before a change of format still work.
 */
export type Reference =
  | { readonly kind: "code"; readonly entryId: string }
  | { readonly kind: "pair"; readonly first: number; readonly second: number }
  | { readonly kind: "class"; readonly digit: number }
  | { readonly kind: "query"; readonly query: string };

/** Slack's limit on a button value. */
const MAX_VALUE = 2000;

/**
 * A code of the catalog, as a number: one to three digits. Not only 100-599: the catalog has
 * unofficial codes such as 0 (No Response Received), 783 and 999, and a comparison may involve them.
 */
const CODE = "\\d{1,3}";
const PAIR = new RegExp(`^(${CODE})\\s*[,;/ ]\\s*(${CODE})$`);
/** Bare values (cards sent before the prefixes existed) only ever held three-digit codes. */
const BARE_PAIR = /^(\d{3})\s*[,;/ ]\s*(\d{3})$/;
const ENTRY_ID = /^\d{3}(?:-[a-z0-9-]+)?$/;

/** The value of a control that opens a reference. */
export function referenceValue(reference: Reference): string {
  switch (reference.kind) {
    case "code":
      return `code:${reference.entryId}`;
    case "pair":
      return `pair:${reference.first},${reference.second}`;
    case "class":
      return `class:${reference.digit}`;
    case "query":
      return `q:${reference.query}`.slice(0, MAX_VALUE);
  }
}

/** The reference that rebuilds the card of an answer (the Share button carries it). */
export function referenceOf(answer: {
  intent: string;
  query: string;
  codes: readonly { code: number; entryId: string }[];
  classDigit?: number;
}): Reference {
  const [first, second] = answer.codes;
  if (answer.intent === "code" && first && answer.codes.length === 1)
    return { kind: "code", entryId: first.entryId };
  if (answer.intent === "compare" && first && second)
    return { kind: "pair", first: first.code, second: second.code };
  if (answer.intent === "class" && answer.classDigit !== undefined)
    return { kind: "class", digit: answer.classDigit };
  return { kind: "query", query: answer.query };
}

export function parseReference(value: string | undefined): Reference | undefined {
  const text = value?.trim() ?? "";
  if (!text) return undefined;
  const colon = text.indexOf(":");
  const prefix = colon > 0 ? text.slice(0, colon) : "";
  const rest = colon > 0 ? text.slice(colon + 1).trim() : text;
  switch (prefix) {
    case "code":
      return rest ? { kind: "code", entryId: rest } : undefined;
    case "pair": {
      const pair = rest.match(PAIR);
      return pair ? { kind: "pair", first: Number(pair[1]), second: Number(pair[2]) } : undefined;
    }
    case "class":
      return classReference(rest);
    case "q":
      return rest ? { kind: "query", query: rest } : undefined;
  }
  const pair = text.match(BARE_PAIR);
  if (pair) return { kind: "pair", first: Number(pair[1]), second: Number(pair[2]) };
  if (ENTRY_ID.test(text)) return { kind: "code", entryId: text };
  // The Home tab's class menu sent bare digits ("4") before it sent "class:4".
  if (/^[1-5](?:xx)?$/i.test(text)) return classReference(text);
  return { kind: "query", query: text };
}

function classReference(text: string): Reference | undefined {
  const digit = Number(text.replace(/xx$/i, ""));
  return Number.isInteger(digit) && digit >= 1 && digit <= 5 ? { kind: "class", digit } : undefined;
}

/**
 * What an answer to a message ("Explain HTTP codes") shows: the cards of the codes the message
 * mentions, or the card of an answer (a scenario, a comparison...).
 */
export type MessageAnswer = { readonly kind: "codes"; readonly codes: readonly number[] } | Reference;

/** A "Share in thread" button: what to share, and the thread to share it in. */
export interface ThreadShare {
  readonly channel: string;
  readonly threadTs: string;
  readonly answer: MessageAnswer;
}

const CHANNEL_ID = /^[CDG][A-Z0-9]+$/;
const MESSAGE_TS = /^\d{1,12}\.\d{1,8}$/;
const CODES = new RegExp(`^${CODE}(?:,${CODE}){0,9}$`);

/**
 * The value of a "Share in thread" button: "thread:<channel>:<thread ts>:<what>", where <what> is
 * "codes:503,429" or a reference ("q:<question>", "pair:401,403"...). Undefined when it would not
 * fit in a button value: cutting a question short could change its answer.
 */
export function threadShareValue(share: ThreadShare): string | undefined {
  const what =
    share.answer.kind === "codes" ? `codes:${share.answer.codes.join(",")}` : referenceValue(share.answer);
  const value = `thread:${share.channel}:${share.threadTs}:${what}`;
  if (share.answer.kind === "query" && `q:${share.answer.query}` !== what) return undefined;
  return value.length <= MAX_VALUE ? value : undefined;
}

export function parseThreadShare(value: string | undefined): ThreadShare | undefined {
  const match = value?.match(/^thread:([^:]+):([^:]+):(.+)$/s);
  if (!match) return undefined;
  const [, channel = "", threadTs = "", what = ""] = match;
  if (!CHANNEL_ID.test(channel) || !MESSAGE_TS.test(threadTs)) return undefined;
  if (what.startsWith("codes:")) {
    const codes = what.slice("codes:".length);
    if (!CODES.test(codes)) return undefined;
    return { channel, threadTs, answer: { kind: "codes", codes: codes.split(",").map(Number) } };
  }
  const answer = parseReference(what);
  return answer ? { channel, threadTs, answer } : undefined;
}
