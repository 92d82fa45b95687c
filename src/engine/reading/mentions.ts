import { normalizeName } from "../../knowledge/names.ts";
import { slackToPlainText } from "../../slack/messages/text.ts";
import type { CodeLookup } from "./code-lookup.ts";

/*
 * Finds status codes that a message mentions unambiguously: "HTTP 503", "503 Service Unavailable",
 * "status 502", "a 404 error", "getting 429s", a pasted "HTTP/1.1 404 Not Found". A bare number
 * ("200 users", "404 signups") is never a mention: the words around it must say it is a status.
 */

/** A three-digit number that is not part of a bigger number, a decimal, a price, a path or an id. */
const CANDIDATE =
  /(?<![\w.,$€£#%+/\\@-])([1-5]\d\d)(?![\w%]|[.,]\d)|(?<![\w.,$€£#%+/\\@-])([1-5]\d\d)(?=s\b|'s\b)/g;

/** Words right before the number that make it a status code on their own. */
const STRONG_BEFORE = [
  // HTTP 503, HTTP/1.1 404, HTTP/2 500, http status 404, HTTP error 500, HTTP response code: 502
  /\bhttps?(?:\/\d(?:\.\d)?)?[\s:=-]*(?:(?:status|error|response)(?:[\s_-]*code)?[\s:=-]*|code[\s:=-]*)?$/,
  // status 502, status code 404, statusCode: 404, status_code=503, "status": 503, response code 500
  /\b(?:status|response|error|http|return)[\s_-]*code["']?\s*(?:[:=]|=>|is|was|of)?\s*["']?$/,
  /\bstatus["']?\s*(?:[:=]|=>|is|was|of)?\s*["']?$/,
  // error 404, Error: 500
  /\berror\s*[:#]?\s*$/,
];

/** Words after the number that make it a status code on their own: "404 error", "404 status code". */
const STRONG_AFTER = /^\s*(?:error\b|status\b|http\s+(?:status|error|response)\b)/;

/** Plural forms ("429s", "500 errors", "503 responses") need a verb or quantifier before them. */
const PLURAL_AFTER = /^(?:s\b|'s\b|\s*(?:errors|responses)\b)/;
/** "a 503 response", "returns 503 response" */
const RESPONSE_AFTER = /^\s*response\b/;
const COUNTING_BEFORE =
  /\b(?:a|an|the|getting|get|got|gets|seeing|see|saw|seen|throwing|throws?|threw|returning|returns?|returned|hitting|hits?|receiving|receives?|received|serving|serves?|served|sending|sends?|sent|logging|logs?|logged|lots of|tons of|bunch of|spikes? (?:in|of)|more|many|some|few|random|intermittent|occasional|all|no|those|these|any|with|by)\s+$/;

/** "returns 404 for ...", "getting a 404 on /users", "respond with 503 when ..." */
const VERB_BEFORE =
  /\b(?:(?:getting|got|get|gets|seeing|saw|hitting|hit|receiv(?:e|es|ed|ing))\s+(?:an?|the)|(?:returns?|returning|returned|throws?|throwing|threw|(?:responds?|responding|responded|answers?|answered|fails?|failed|failing)\s+with)(?:\s+(?:an?|the))?)\s+$/;
const VERB_AFTER =
  /^(?:\s*$|\s*[.,!?;:)]|\s+(?:on|from|when|for|back|instead|because|after|while|with|if|at|in|to|here|there|now|again|sometimes|every)\b)/;

function phraseFollows(after: string, names: readonly string[]): boolean {
  const folded = normalizeName(after.slice(0, 80));
  return names.some((name) => {
    if (!(folded === name || folded.startsWith(`${name} `))) return false;
    // Very short names ("OK") must be written in capitals, so that "200 ok thanks" is not a mention.
    if (name.replace(/ /g, "").length <= 3) {
      return new RegExp(`^[\\s:(\\-–]*${name.replace(/ /g, "\\W+").toUpperCase()}\\b`).test(after);
    }
    return true;
  });
}

function isMention(before: string, after: string, names: readonly string[]): boolean {
  const lowerBefore = before.toLowerCase();
  const lowerAfter = after.toLowerCase();
  if (STRONG_BEFORE.some((pattern) => pattern.test(lowerBefore))) return true;
  if (STRONG_AFTER.test(lowerAfter)) return true;
  if (phraseFollows(after, names)) return true;
  if (
    (PLURAL_AFTER.test(lowerAfter) || RESPONSE_AFTER.test(lowerAfter)) &&
    COUNTING_BEFORE.test(lowerBefore)
  ) {
    return true;
  }
  return VERB_BEFORE.test(lowerBefore) && VERB_AFTER.test(lowerAfter);
}

/** The status codes a message mentions, each once, in the order they first appear. */
export function statusCodesMentioned(text: string, codes: CodeLookup): number[] {
  // Links, user and channel mentions are not prose (links are read separately); code spans are.
  const plain = slackToPlainText(text, { links: "drop", mentions: "drop" }).replace(/`+/g, " ");
  const found: number[] = [];
  for (const match of plain.matchAll(CANDIDATE)) {
    const digits = match[1] ?? match[2];
    if (digits === undefined) continue;
    const code = Number(digits);
    if (found.includes(code) || !codes.isKnown(code)) continue;
    const start = match.index;
    const before = plain.slice(Math.max(0, start - 40), start);
    const after = plain.slice(start + 3, start + 3 + 80);
    if (isMention(before, after, codes.names(code))) found.push(code);
  }
  return found;
}
