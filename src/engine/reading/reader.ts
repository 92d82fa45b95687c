/*
 * ONE reader of status codes in text and links, for the whole app: questions to the bot, channel
 * messages, pasted logs and URLs. Pure: plain text in (Slack tokens are the caller's business),
 * the catalog's lookup passed in.
 *
 * It reads each number with the characters and words around it, as a person does:
 * - the format can say it is a status: a status line (HTTP/1.1 404), "HTTP 503", a status field in
 *   JSON or key=value logs (statusCode=401), the field after an access log's request line, an
 *   argument of a framework call (res.status(409)), a named constant (HttpStatus.CONFLICT), its
 *   reason phrase (404 Not Found, "Forbidden" 403), a vendor before it (nginx 499);
 * - or the words can: a verb of returning or getting ("returns 404", "429'd", "throwing 502s"), a
 *   determiner ("a 404", "the 502s"), another code it is set against ("422 instead of 400");
 * - and they can say it is something else: a count ("502 open tickets"), an id (#404, INC-503), a
 *   time, a port, money, a size, a version, a line number, an errno value, a class (5xx, 500-level),
 *   another protocol's code (SMTP 550, SIP 486, WebSocket 1006).
 *
 * A channel message needs that evidence for every code. A question addressed to the bot may also be a
 * bare number ("403"), except in a pasted log line, where only the format makes a number a status.
 */
import { normalizeName } from "../../knowledge/names.ts";
import type { CodeLookup } from "./code-lookup.ts";
import { readConstants } from "./constants.ts";
import { isUnfurlDomain, statusCodeFromUrl } from "./links.ts";
import { LINK_MARK, lastAtMost, type Prepared, prepare } from "./prepare.ts";
import { namedProtocolCodes, type OtherProtocol, type ProtocolCode, protocolOf } from "./protocols.ts";
import {
  ASSERTIONS,
  DETERMINERS,
  DURATION_BEFORE,
  FOLLOWERS,
  METHODS,
  NOT_A_CODE_BEFORE,
  NOT_HTTP_STATUS_QUALIFIERS,
  QUANTITY_WORDS,
  STATUS_FUNCTIONS,
  STATUS_VERBS,
  UNITS_AFTER,
  VENDORS,
  VERB_FILLERS,
} from "./words.ts";

/** A question to the bot may be a bare number; a channel message needs evidence. */
export type Strictness = "question" | "message";

/** Why a number was read as a status code. */
export type Evidence =
  | "link"
  | "status-line"
  | "http"
  | "field"
  | "access-log"
  | "call"
  | "constant"
  | "phrase"
  | "vendor"
  | "verb-form"
  | "plural"
  | "verb"
  | "determiner"
  | "noun"
  | "pair";

/** Evidence that comes from the format: it holds even next to another protocol's words. */
const FORMAT_EVIDENCE: ReadonlySet<Evidence> = new Set(["status-line", "http", "access-log", "link"]);
/** Evidence that carries over to the codes listed after it with only spaces between. */
const LISTING_EVIDENCE: ReadonlySet<Evidence> = new Set(["call", "field"]);

/** A number read as (or, in a question, possibly meant as) an HTTP status code. */
export interface CodeReading {
  /** The digits as written ("404", "0000042"), or the constant ("HttpStatus.CONFLICT"). */
  readonly text: string;
  /** The code; Infinity for numbers too long to be anything. */
  readonly value: number;
  readonly index: number;
  /** Why it is a status; undefined for a bare number in a question. */
  readonly evidence?: Evidence;
  /** The link it was read from. */
  readonly url?: string;
}

export interface Reading {
  /** Status codes (and, in a question, bare numbers), in the order they appear. */
  readonly codes: readonly CodeReading[];
  /** Other protocols' codes, in the order they appear. */
  readonly others: readonly ProtocolCode[];
}

interface Candidate {
  readonly start: number;
  /** End of the digits. */
  readonly end: number;
  /** End of the digits and a suffix such as "s" or "'d". */
  readonly tail: number;
  readonly digits: string;
  readonly sentence: number;
  evidence?: Evidence;
  /** Read as something other than a status code. */
  vetoed: boolean;
  protocol?: OtherProtocol;
}

const WINDOW_BEFORE = 64;
const WINDOW_AFTER = 96;

// ---------------------------------------------------------------------------------------------
// Patterns, each applied to a bounded window before or after a number.

const STATUS_LINE = /\bhttps?\/\d(?:\.\d)?\s*$/i;
const HTTP_WORD =
  /\bhttps?(?:[\s_-]+(?:status|error|response|return|result|code|client|server|request))*[\s_-]*(?:code)?\s*[:=#]?\s*["'([]?\s*$/i;
const STATUS_KEY =
  /(?:^|[._$-])(?:status|status_?code|code|http_?code|response_?code|error|err|error_?code|http[-_](?:errors|codes|status(?:es)?))$/i;
const CALL_BEFORE = /([A-Za-z_$][\w$]*)\s*\(\s*(?:(?:'[^']{0,60}'|"[^"]{0,60}"|[\w$.]+)\s*,\s*){0,2}$/;
const DIRECTIVE_BEFORE =
  /(?:\b(?:halt|abort|errordocument|error_page|deny_status|redirect|return)|\[R=)\s*$/i;
const OPENAPI_BEFORE = /\bresponses["']?\s*:\s*\{?\s*["']?$/i;
const METHOD_PATH = new RegExp(`\\b(?:${METHODS})\\s+(?:/\\S*|${LINK_MARK}+)\\s+(?:(?:->|→|=>|:)\\s*)?$`);
/** HAProxy's timers (Tq/Tw/Tc/Tr/Ta) come right before the status: "0/0/1/-1/30001 504". */
const HAPROXY_TIMERS = /(?:^|\s)-?\d+\/-?\d+\/-?\d+\/-?\d+\/\+?-?\d+\s+$/;
const REQUEST_LINE = new RegExp(`^(?:${METHODS})\\s+\\S.*$`);
const LOAD_BALANCER_TIMES =
  /(?:^|\s)(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s+(?:\d{3}\s+)?$/;
const LOAD_BALANCER_LINE = /\b(?:app|net)\/|\b(?:elb|alb)\b|^\s*(?:https?|h2|grpcs?|wss?)\s+\d{4}-/i;
const VERB_BEFORE = new RegExp(
  `\\b(?:${STATUS_VERBS}|come\\s+back|comes\\s+back|came\\s+back|coming\\s+back|shows?\\s+up|showed\\s+up|surfaces?)(?:\\s+(?:${VERB_FILLERS})){0,3}\\s*[:-]?\\s*["'[(]?$`,
  "i",
);
const WEAK_VERB_BEFORE =
  /\b(?:get|gets|got|getting|hit|hits|hitting|see|sees|saw|seen|seeing|expect|expects|expected|want|wants|wanted|use|uses|used|say|says|said|show|shows|showed|log|logs|logged|report|reports|reported)(?:\s+\w+){0,3}\s*$/i;
const DETERMINER_BEFORE = new RegExp(
  `\\b(?:${DETERMINERS})(?:\\s+(?!${QUANTITY_WORDS}\\b)[A-Za-z][\\w'-]*)?\\s+["']?$`,
  "i",
);
/** "the 304", "a 307", "that 502": a code that may be the subject of a verb. */
const SUBJECT_DETERMINER = /\b(?:the|a|an|that|this|every|each|any)\s+["']?$/i;
/** A third-person verb, then a word that only follows verbs: "blows up", "preserves the method". */
const VERB_AFTER_SUBJECT =
  /^\s+[a-z]{3,}[^s\W]s\s+(?:up|down|out|off|away|back|the|a|an|it|them|us|everything|nothing|our|my|your|their|its|all|on|in|when|if|because|after|before|with)\b/;
/** Determiners that also count: "another 200", "all 500" are quantities unless more is said. */
const COUNTING_DETERMINER =
  /\b(?:another|more|some|all|any|no|every|each|those|these|lots of|tons of|bunch of)\s+$/i;
const STATUS_NOUN_AFTER = /^\s*(?:error|status|response|redirect|page|code|status code)\b/i;
const TECHNICAL_FOLLOWER = new RegExp(
  `^\\s*(?:$|[.,;:)\\]!?'"—–-]|${LINK_MARK}|(?:from|on|back|when|whenever|instead|rather|because|error|errors|response|responses|status|code|page|but|with|without|again|and|or|in|at|after|until|unless|if|while|even|so|which|not|vs|versus|than|want|wanted|got|expected|received|for\\s+(?:every|all|any|some|the|a|an|each|unknown|missing|invalid|bad|deleted|expired|no|non|empty|private)\\b)\\b)`,
  "i",
);
/** An address: "221 Baker Street", "500 Howard St". */
const STREET_AFTER =
  /^\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Square|Sq|Strasse|Straße)\b/;
const ERROR_SENTENCE = /\b(?:error|failed|failure|server|request|response|status|resource)\b/i;
const PHONE_AFTER = /^\)?[\s.-]*\d{3}[\s.-]\d{3,4}\b|^[\s.-]\d{4}\b/;
const CLASS_AFTER = /^-?(?:level|series|range|class|family|ish)\b/i;
const TIME_AFTER = /^\s*(?:ago|later|left|remaining|elapsed|timeout|latency|long|old|earlier)\b/i;
const CONNECTOR_GAP =
  /^(?:\s*(?:,|\/|&|\+|and|or|but|not|nor|vs\.?|versus|v\.?|instead\s+of|rather\s+than|then|than|->|→|=>|==|!=|===|<>|to|from|want|wanted|got|get|expected|expect|received|also|even|only|just|on|for|a|an|the|it|was|is|be|should|use|return|returns|send|sends|over|with|never|no|NOT|then)\s*){1,6}$/i;
const CONTRAST_GAP =
  /^\s*(?:,\s*)?(?:vs\.?|versus|or|instead\s+of|rather\s+than|not|,\s*not|over|\/|->|→|=>)\s*(?:an?\s+|the\s+)?$/i;
const ELLIPSIS_BEFORE =
  /(?:\bbut|\bnot|\bor|\bnor|\bvs\.?|\bversus|\bthan|\binstead\s+of|\brather\s+than|\bwant|\bwanted|\bexpected|\bgot|\bnot\s+on|\bbut\s+(?:not\s+)?(?:on|for|with)|,)\s+(?:an?\s+|the\s+)?$/i;
/** A line that looks like a pasted log: a timestamp, a level, an address, key=value pairs. */
const LOG_LINE =
  /\d{4}[-/]\d\d[-/]\d\d|\b\d\d:\d\d:\d\d\b|\[\d\d\/[A-Z][a-z]{2}\/\d{4}|\[(?:error|warn|notice|info|crit|alert|emerg|debug)\]|\b(?:level|lvl)=|\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|\*\d{1,12}\s|\d{1,12}#\d{1,12}:|\b\w{1,40}=[^\s=]{1,80}\s{1,4}\w{1,40}=/i;

// ---------------------------------------------------------------------------------------------

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z]/.test(char);
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= "0" && char <= "9";
}

/** The word right before `index` (lower-cased), skipping spaces. */
function wordBefore(text: string, index: number): string {
  let end = index;
  // At most two characters between: "room 404", "line: 404".
  for (let skipped = 0; skipped < 2 && end > 0 && !isWordChar(text[end - 1]); skipped++) end--;
  let start = end;
  while (
    start > 0 &&
    end - start < 32 &&
    (isWordChar(text[start - 1]) || text[start - 1] === "'" || text[start - 1] === "-")
  ) {
    start--;
  }
  while (start < end && !isLetter(text[start])) start++;
  return text.slice(start, end).toLowerCase();
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /\w/.test(char);
}

/** Moves `end` back over any of `chars`. */
function skipBack(text: string, end: number, chars: string): number {
  let at = end;
  while (at > 0 && chars.includes(text[at - 1] as string)) at--;
  return at;
}

/** The identifier a value follows: `statusCode=`, `"status": `, `status code is `, `status of `. */
function keyEndingAt(window: string): { key: string; start: number } | undefined {
  let end = skipBack(window, window.length, " \t\"'[({");
  const separator = /(?:={1,3}|:|=>|->|\bis|\bwas|\bof|\bequals?|\bbe)$/.exec(
    window.slice(Math.max(0, end - 7), end),
  );
  if (separator) end -= separator[0].length;
  end = skipBack(window, skipBack(window, end, " \t"), "\"']");
  let start = end;
  while (start > 0 && /[\w.$-]/.test(window[start - 1] as string)) start--;
  while (start < end && !/[A-Za-z_]/.test(window[start] as string)) start++;
  return start < end ? { key: window.slice(start, end), start } : undefined;
}

/** The word right after, with its original case. */
function nextWord(after: string): string | undefined {
  return /^\s*([A-Za-z][\w'’-]*)/.exec(after)?.[1];
}

/** What the phrase check needs of a code's name, worked out once per name list. */
interface NameInfo {
  readonly name: string;
  readonly first: string;
  readonly last: string;
  /** "OK", "ISE": only in capitals, right next to the code. */
  readonly short: boolean;
  /** Several words: found anywhere later in the sentence. */
  readonly several: boolean;
  /** One word of four letters or more, written as a name ("Forbidden", "GONE"). */
  readonly capitalised: RegExp | undefined;
}

const nameInfos = new WeakMap<readonly string[], readonly NameInfo[]>();

function nameInfosOf(names: readonly string[]): readonly NameInfo[] {
  let infos = nameInfos.get(names);
  if (!infos) {
    infos = names.map((name) => {
      const words = name.split(" ");
      const short = name.replace(/ /g, "").length <= 3;
      const single = words.length === 1 && name.length >= 4 && !short;
      const capitalised = single
        ? new RegExp(`\\b(?:${name[0]?.toUpperCase()}${name.slice(1)}|${name.toUpperCase()})\\b`)
        : undefined;
      return {
        name,
        first: words[0] ?? "",
        last: words.at(-1) ?? "",
        short,
        several: words.length > 1 && !short,
        capitalised,
      };
    });
    nameInfos.set(names, infos);
  }
  return infos;
}

class Reader {
  private readonly text: string;
  private readonly prepared: Prepared;
  private readonly candidates: Candidate[] = [];
  /** Whether a line matches LOG_LINE (by its start) or LOAD_BALANCER_LINE (by -1 - its start). */
  private readonly lineCache = new Map<number, boolean>();

  constructor(
    input: string,
    private readonly lookup: CodeLookup,
    private readonly strictness: Strictness,
  ) {
    this.prepared = prepare(input);
    this.text = this.prepared.text;
  }

  read(): Reading {
    const { text, lookup } = this;
    const codes: CodeReading[] = [];
    const others: ProtocolCode[] = [];
    for (const link of this.prepared.links) {
      const code = statusCodeFromUrl(link.url, lookup);
      if (code !== undefined) {
        codes.push({ text: String(code), value: code, index: link.start, evidence: "link", url: link.url });
      }
    }
    for (const constant of readConstants(text, lookup)) {
      if (constant.grpc) others.push({ protocol: "grpc", code: constant.text, index: constant.index });
      else
        codes.push({
          text: constant.text,
          value: constant.code,
          index: constant.index,
          evidence: "constant",
        });
    }
    others.push(...namedProtocolCodes(text));

    this.collectCandidates();
    for (const candidate of this.candidates) this.judge(candidate);
    this.propagate();
    for (const candidate of this.candidates) {
      if (candidate.protocol) {
        others.push({ protocol: candidate.protocol, code: candidate.digits, index: candidate.start });
        continue;
      }
      if (candidate.vetoed) continue;
      if (!candidate.evidence && this.strictness === "message") continue;
      if (!candidate.evidence && this.inLogLine(candidate.start)) continue;
      codes.push({
        text: candidate.digits,
        value: candidate.digits.length > 6 ? Number.POSITIVE_INFINITY : Number(candidate.digits),
        index: candidate.start,
        ...(candidate.evidence ? { evidence: candidate.evidence } : {}),
      });
    }
    if (codes.length > 1) codes.sort((a, b) => a.index - b.index);
    if (others.length > 1) others.sort((a, b) => a.index - b.index);
    return { codes, others };
  }

  // -------------------------------------------------------------------------------------------
  // Candidates: numbers that are not part of something bigger.

  private collectCandidates(): void {
    const { text } = this;
    const breaks = this.prepared.breaks;
    let sentence = 0;
    let i = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < text.length && isDigit(text[end])) end++;
      const start = i;
      i = end;
      while (sentence < breaks.length && (breaks[sentence] as number) < start) sentence++;
      const digits = text.slice(start, end);
      // A channel message's codes have three digits and are ones the catalog can explain; a
      // question's numbers are all worth a look.
      if (this.strictness === "message" && digits.length !== 3 && digits.length > 2) continue;
      if (this.strictness === "message" && digits.length === 3 && !this.lookup.isKnown(Number(digits)))
        continue;
      const candidate = this.candidate(start, end, digits, sentence);
      if (candidate) this.candidates.push(candidate);
    }
  }

  /** The number with its suffix, or undefined when its characters make it part of something else. */
  private candidate(start: number, end: number, digits: string, sentence: number): Candidate | undefined {
    const { text } = this;
    const before = text[start - 1] ?? " ";
    const beforeThat = text[start - 2] ?? " ";
    const after = text[end] ?? " ";
    const afterThat = text[end + 1] ?? " ";
    // Identifiers, decimals, versions, IPs, ids, money, signed and negative numbers, paths.
    if (/[A-Za-z_#$€£¥@*~+\\^&]/.test(before)) return undefined;
    const inList = this.inCodeList(start, end);
    if (before === "." || (before === "," && !inList) || before === "-" || before === "–") {
      // "..." before a number is an ellipsis, "-" after a space a dash ("nginx - 502").
      if (!(before === "-" && beforeThat === " " && text[start - 3] !== undefined && !isDigit(after))) {
        if (!(before === "." && beforeThat === ".")) return undefined;
      }
    }
    if (before === "/" && !/(?:^|[^\d])\d{3}\/$/.test(text.slice(Math.max(0, start - 5), start))) {
      return undefined;
    }
    if (before === ":" && isDigit(beforeThat)) return undefined;
    if ((after === "." || (after === "," && !inList)) && isDigit(afterThat)) {
      // IIS writes sub-statuses: 500.19, 404.3; anything else with a decimal part is a quantity.
      if (!(after === "." && /^\.\d{1,2}(?![\d.])/.test(text.slice(end, end + 4)) && digits.length === 3)) {
        return undefined;
      }
    }
    if ((after === ":" || after === "-") && isDigit(afterThat)) return undefined;
    // A file: 404.html, 500.jpg.
    if (after === "." && isLetter(afterThat)) return undefined;
    if (after === "/" && isDigit(afterThat) && !/^\/\d{3}(?!\d)/.test(text.slice(end, end + 5))) {
      return undefined;
    }
    if (after === "%" || after === "°" || after === "#") return undefined;
    // 401(k), 403(b): retirement plans.
    if (after === "(" && /^\([a-z]\)/i.test(text.slice(end, end + 3))) return undefined;
    let tail = end;
    if (isLetter(after) || after === "'" || after === "’" || (after === "-" && isLetter(afterThat))) {
      const suffix = /^(?:['’]?s|s['’]|['’]?d|['’]?ed|-?['’]?ing|-ing)(?![A-Za-z0-9])/i.exec(
        text.slice(end, end + 6),
      );
      if (suffix) tail = end + suffix[0].length;
      else if (after !== "'" && after !== "’" && after !== "-") return undefined;
      else if (after === "-" && CLASS_AFTER.test(text.slice(end, end + 10))) return undefined;
    }
    return { start, end, tail, digits, sentence, vetoed: false };
  }

  /** "404,503": three-digit codes joined by commas, which would otherwise read as 404503. */
  private inCodeList(start: number, end: number): boolean {
    const { text } = this;
    if (end - start !== 3 || (text[end] !== "," && text[start - 1] !== ",")) return false;
    let from = start;
    // At most a dozen codes either way: the work per number stays bounded.
    for (let hops = 0; hops < 12 && from >= 4 && text[from - 1] === ","; hops++) {
      if (!/^\d{3}$/.test(text.slice(from - 4, from - 1))) break;
      from -= 4;
    }
    let to = end;
    for (let hops = 0; hops < 12 && text[to] === ","; hops++) {
      if (!/^\d{3}(?!\d)/.test(text.slice(to + 1, to + 5))) break;
      to += 4;
    }
    if (isDigit(text[from - 1]) || isDigit(text[to]) || to - from < 7) return false;
    const groups = text.slice(from, to).split(",");
    return groups.every((group) => /^[1-5]\d\d$/.test(group) && this.lookup.isKnown(Number(group)));
  }

  // -------------------------------------------------------------------------------------------
  // Judging one number.

  private judge(candidate: Candidate): void {
    const { text } = this;
    const { start, end, tail, digits } = candidate;
    const before = this.clauseBefore(start);
    const after = text.slice(tail, tail + WINDOW_AFTER);
    const charBefore = text[start - 1] ?? " ";
    const suffix = text.slice(end, tail).toLowerCase().replace(/['’-]/g, "");
    const value = Number(digits);

    // "200 5123" is a status and a byte count in an access log, not a phone number.
    const phone = this.phoneLike(end) && !this.accessLogField(start, before);
    if (phone || STREET_AFTER.test(text.slice(tail, tail + 40))) {
      candidate.vetoed = true;

      return;
    }
    if (charBefore === "(" && /^\)\s*\d{3}/.test(text.slice(end, end + 6))) {
      candidate.vetoed = true;
      return;
    }

    // A number alone ("404", "403?"): nothing around it to weigh. A question takes it as it is.
    if (digits.length === 3 && tail === end && /^\s*$/.test(before) && /^\s*[?!.]*\s*$/.test(after)) return;

    const protocol = protocolOf(digits, before, this.clauseAfter(tail), charBefore);
    if (digits.length !== 3) {
      // Not an HTTP status however it is written; a question still hears about it (and its protocol).
      if (protocol) candidate.protocol = protocol;
      else if (this.strictness === "question") this.judgeOtherLength(candidate, before);
      else candidate.vetoed = true;
      return;
    }
    if (protocol === "errno") {
      candidate.protocol = protocol;
      return;
    }

    const evidence = this.evidenceFor(candidate, before, after, charBefore, suffix, value);
    if (protocol && !(evidence && evidence !== "veto" && FORMAT_EVIDENCE.has(evidence))) {
      candidate.protocol = protocol;
      return;
    }
    if (evidence === "veto") {
      candidate.vetoed = true;
      return;
    }
    candidate.evidence = evidence;
  }

  /** A number of another length in a question: status context ("status 0", "HTTP 1234") or none. */
  private judgeOtherLength(candidate: Candidate, before: string): void {
    const previous = wordBefore(this.text, candidate.start);
    if (NOT_A_CODE_BEFORE.has(previous)) {
      candidate.vetoed = true;
      return;
    }
    const next = nextWord(this.text.slice(candidate.tail, candidate.tail + 24));
    if (candidate.tail > candidate.end) {
      candidate.vetoed = true;
      return;
    }
    if (next && UNITS_AFTER.has(next.toLowerCase())) {
      candidate.vetoed = true;
      return;
    }
    if (/[:=]$/.test(before) && !this.statusKeyBefore(before)) {
      candidate.vetoed = true;
      return;
    }
    if (STATUS_LINE.test(before) || HTTP_WORD.test(before)) candidate.evidence = "http";
    else if (this.statusKeyBefore(before)) candidate.evidence = "field";
    else if (/\b(?:returns?|returned|got|get|getting|status)\s*$/i.test(before)) candidate.evidence = "verb";
  }

  /** "(415) 555-0134", "403 221 987": groups of digits that are not a list of codes. */
  private phoneLike(end: number): boolean {
    const following = this.text.slice(end, end + 12);
    if (!PHONE_AFTER.test(following)) return false;
    const groups = following.match(/\d+/g) ?? [];
    return !groups.slice(0, 2).every((group) => group.length === 3 && this.lookup.isKnown(Number(group)));
  }

  private evidenceFor(
    candidate: Candidate,
    before: string,
    after: string,
    charBefore: string,
    suffix: string,
    value: number,
  ): Evidence | "veto" | undefined {
    const { text, lookup } = this;
    const { start, end } = candidate;
    const names = lookup.names(value);
    const known = lookup.isKnown(value);

    // The format says so.
    if (STATUS_LINE.test(before)) return "status-line";
    if (HTTP_WORD.test(before)) return "http";
    if (this.accessLogField(start, before)) return "access-log";
    if (known && this.phraseAround(candidate, before, after, names)) return "phrase";
    // "500 rows", "status: 200 users migrated" (but "status=503 bytes=0" is two fields).
    const next = /^\s*([A-Za-z][\w'’-]*)(\s*[=:])?/.exec(after);
    if (next?.[1] && !next[2] && UNITS_AFTER.has(next[1].toLowerCase())) return "veto";
    const keyed = this.keyBefore(before);
    if (keyed === "veto") return "veto";
    if (keyed) return "field";
    if (this.callArgument(before)) return "call";
    if (DIRECTIVE_BEFORE.test(before) && this.followsWell(after, value)) return "call";
    if (charBefore === ":" || charBefore === "=") return "veto";

    // A decimal part is only an IIS sub-status next to such evidence ("500.19"); else a quantity.
    if (text[end] === "." && isDigit(text[end + 1])) {
      return known && (VERB_BEFORE.test(before) || this.vendorBefore(start)) ? "verb" : "veto";
    }

    // Words that make it something else.
    const previous = wordBefore(text, start);
    if (NOT_A_CODE_BEFORE.has(previous) && !/[:=]\s*$/.test(before)) return "veto";
    if (/\bexit(?:ed)?\s+(?:with\s+)?(?:code\s+|status\s+)?$/i.test(before)) return "veto";

    // "the server could not find the requested resource (404)", "request failed (502)".
    if (charBefore === "(" && /^\)/.test(after) && ERROR_SENTENCE.test(before)) return "field";
    if (OPENAPI_BEFORE.test(before)) return "call";

    if (suffix === "d" || suffix === "ed" || suffix === "ing") return "verb-form";
    if (suffix === "s") {
      if (DURATION_BEFORE.test(before) || TIME_AFTER.test(after)) return "veto";
      if (/^\s*(?:of|per)\b/i.test(after)) return "veto";
      return "plural";
    }
    if (this.vendorBefore(start)) return "vendor";
    if (STATUS_NOUN_AFTER.test(after) && !/^\s*(?:errors|responses|codes|pages)\b/i.test(after))
      return "noun";

    // Round numbers are the usual quantities ("returns 100 by default", "I got 200 for the launch"):
    // after a verb or determiner they need a follower that only a status takes.
    const round = value % 100 === 0;
    const followsWell = this.followsWell(after, value);
    // "the 304 blows up", "a 307 preserves the method": the code is the subject of a verb.
    if (!followsWell && !round && SUBJECT_DETERMINER.test(before) && VERB_AFTER_SUBJECT.test(after)) {
      return "determiner";
    }
    if (!followsWell) return undefined;
    if (VERB_BEFORE.test(before)) {
      if (round && !TECHNICAL_FOLLOWER.test(after)) return undefined;
      // "got 200 responses to the survey" counts; "got 500 errors" is a status's.
      if (round && WEAK_VERB_BEFORE.test(before) && /^\s*(?:responses|errors)\b/i.test(after)) {
        if (value < 400 || /^\s*responses/i.test(after)) return undefined;
      }
      // After a verb of getting or seeing, "for ..." and the end are a count's: "I got 200 for the launch".
      if (round && WEAK_VERB_BEFORE.test(before) && /^\s*(?:$|[.!?]|for\b)/.test(after)) return undefined;
      return "verb";
    }
    if (DETERMINER_BEFORE.test(before)) {
      if (round && !/\ban?\s+$/i.test(before) && !TECHNICAL_FOLLOWER.test(after)) return undefined;
      if (round && COUNTING_DETERMINER.test(before) && /^\s*(?:$|[.,;:!?)])/.test(after)) return undefined;
      return "determiner";
    }
    return undefined;
  }

  /** The text before `index` in its sentence, at most WINDOW_BEFORE characters. */
  private clauseBefore(index: number): string {
    const from = Math.max(0, index - WINDOW_BEFORE, this.breakBefore(index) + 1);
    return this.text.slice(from, index);
  }

  private clauseAfter(index: number): string {
    const next = this.breakAfter(index);
    return this.text.slice(index, Math.min(index + WINDOW_AFTER, next));
  }

  /** The last sentence break before `index`, or -1. */
  private breakBefore(index: number): number {
    const at = lastAtMost(this.prepared.breaks, index - 1);
    return at < 0 ? -1 : (this.prepared.breaks[at] as number);
  }

  /** The first sentence break at or after `index`, or the end of the text. */
  private breakAfter(index: number): number {
    const breaks = this.prepared.breaks;
    return breaks[lastAtMost(breaks, index - 1) + 1] ?? this.text.length;
  }

  /** The line `index` is on: [start, end). */
  private lineBounds(index: number): [number, number] {
    const starts = this.prepared.lineStarts;
    const at = Math.max(0, lastAtMost(starts, index));
    const next = starts[at + 1];
    return [starts[at] as number, next === undefined ? this.text.length : next - 1];
  }

  /** "status=503", '"statusCode": 401', "status code: 403"; "veto" for "order status 410". */
  private keyBefore(before: string): "field" | "veto" | undefined {
    const window = before.slice(-48);
    const found = keyEndingAt(window);
    if (!found) return undefined;
    // "[error] 1234#1234:" is a log level, not a field.
    if (/\[[A-Za-z]+\]\s*$/.test(before)) return undefined;
    const key = found.key.replace(/[.$-]+$/, "");
    const snake = key.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
    if (!STATUS_KEY.test(snake)) return undefined;
    const parts = snake.split(/[._$-]+/);
    const previous = wordBefore(window, found.start);
    if (
      parts.some((part) => NOT_HTTP_STATUS_QUALIFIERS.has(part)) ||
      NOT_HTTP_STATUS_QUALIFIERS.has(previous)
    ) {
      return "veto";
    }
    if (/\bexit(?:ed)?\b/i.test(before.slice(-32))) return "veto";
    return "field";
  }

  private statusKeyBefore(before: string): boolean {
    return this.keyBefore(before) === "field";
  }

  /** The status field of an access-log line, wherever its format puts it. */
  private accessLogField(start: number, before: string): boolean {
    const { text } = this;
    // nginx, Apache, Envoy, gunicorn, werkzeug: the field right after the quoted request line.
    const quote = /"\s*$/.exec(before);
    if (quote) {
      const close = start - quote[0].length;
      const from = Math.max(0, close - 512);
      const open = text.slice(from, close).lastIndexOf('"');
      if (open >= 0 && REQUEST_LINE.test(text.slice(from + open + 1, close))) return true;
    }
    // morgan, browser consoles, locust: "POST /api/upload 413 12.345 ms", "GET /health -> 200".
    if (METHOD_PATH.test(before)) return true;
    if (HAPROXY_TIMERS.test(before)) return true;
    // AWS ALB: three processing times, then elb_status_code and target_status_code.
    const times = /\.\d+\s+\S+\s+\S+\s+$|\.\d+\s+\S+\s+\S+\s+\d{3}\s+$|\s-1\s+-1\s+-1\s+(?:\d{3}\s+)?$/.test(
      before,
    )
      ? LOAD_BALANCER_TIMES.exec(before)
      : null;
    if (times) {
      // Each time is seconds, or -1 where that step never happened (no target reached).
      const fields = [times[1], times[2], times[3]];
      const decimals = fields.filter((t) => t?.includes(".")).length;
      const timesOrNone = fields.every((t) => t === "-1" || t?.includes("."));
      if ((decimals >= 2 || timesOrNone) && this.lineMatches(start, LOAD_BALANCER_LINE)) return true;
    }
    return false;
  }

  /** Whether the line `index` is on matches a pattern; once per line and pattern. */
  private lineMatches(index: number, pattern: RegExp): boolean {
    const [start, end] = this.lineBounds(index);
    const key = pattern === LOG_LINE ? start : -1 - start;
    let cached = this.lineCache.get(key);
    if (cached === undefined) {
      cached = pattern.test(this.text.slice(start, end));
      this.lineCache.set(key, cached);
    }
    return cached;
  }

  /** res.status(409), abort(404), ctx.throw(400, ...), expect(res.status).toBe(201). */
  private callArgument(before: string): boolean {
    if (!before.includes("(")) return false;
    const match = CALL_BEFORE.exec(before);
    if (!match) return false;
    const name = (match[1] ?? "").toLowerCase();
    if (STATUS_FUNCTIONS.has(name)) return true;
    return ASSERTIONS.has(name) && /status/i.test(before);
  }

  /** "nginx 499", "an ALB 460", "API Gateway 504". */
  private vendorBefore(start: number): boolean {
    const previous = wordBefore(this.text, start);
    if (!previous || !/\s$/.test(this.text.slice(Math.max(0, start - 1), start))) return false;
    return VENDORS.has(previous) || this.lookup.isOriginWord(previous);
  }

  /** Its reason phrase right after it, right before it, or later in the sentence. */
  private phraseAround(
    candidate: Candidate,
    before: string,
    after: string,
    names: readonly string[],
  ): boolean {
    if (names.length === 0) return false;
    const infos = nameInfosOf(names);
    // Fold the words around it only when one could start (or end) a name of this code.
    const adjacentAfter = after.replace(/^[\s"'([:,=>–—-]+/, "");
    const firstAfter = /^[A-Za-z][A-Za-z'’]*/.exec(adjacentAfter)?.[0].replace(/['’]/g, "").toLowerCase();
    const trimmedBefore = before.slice(0, skipBack(before, before.length, " \t\n\"'([:,=>–—-"));
    let wordStart = trimmedBefore.length;
    while (wordStart > 0 && isLetter(trimmedBefore[wordStart - 1])) wordStart--;
    const lastBefore =
      wordStart < trimmedBefore.length
        ? trimmedBefore
            .slice(wordStart)
            .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
            .split(" ")
            .pop()
            ?.toLowerCase()
        : undefined;
    let foldedAfter: string | undefined;
    let foldedBefore: string | undefined;
    let rest: string | undefined;
    let lowerRest: string | undefined;
    let foldedRest: string | undefined;
    for (const info of infos) {
      const { name, short } = info;
      if (firstAfter === info.first) {
        foldedAfter ??= normalizeName(adjacentAfter.slice(0, 48));
        // Very short names ("OK") only in capitals: "200 ok thanks" is not a mention.
        if (
          (foldedAfter === name || foldedAfter.startsWith(`${name} `)) &&
          (!short || adjacentAfter.startsWith(name.toUpperCase()))
        ) {
          return true;
        }
      }
      if (lastBefore === info.last) {
        foldedBefore ??= normalizeName(trimmedBefore.slice(-48).replace(/([a-z0-9])([A-Z])/g, "$1 $2"));
        if (
          (foldedBefore === name || foldedBefore.endsWith(` ${name}`)) &&
          (!short || /(?:^|[^A-Za-z])(?:OK|[A-Z]{2,3})\W*$/.test(before) || /:[a-z]+\W*$/.test(before))
        ) {
          return true;
        }
      }
      if (short || (!info.capitalised && !info.several)) continue;
      // Later in the sentence: a name of several words, or one word written as a name ("Forbidden").
      rest ??= this.text.slice(
        candidate.tail,
        Math.min(this.breakAfter(candidate.tail), candidate.tail + 160),
      );
      lowerRest ??= rest.toLowerCase();
      if (!lowerRest.includes(info.first)) continue;
      if (info.several) {
        foldedRest ??= ` ${normalizeName(rest)} `;
        if (foldedRest.includes(` ${name} `)) return true;
      } else if (info.capitalised?.test(rest)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when what follows the number does not make it a count: the end, punctuation, a link,
   * another code in a list, a word that is not a counted noun, a name or an identifier.
   */
  private followsWell(after: string, value: number): boolean {
    let rest = after;
    // "408, 429, 500 and 504 by default": judge the end of the list.
    for (let hops = 0; hops < 8; hops++) {
      const list = /^\s*(?:,|\/|and|or|&)?\s*\d{3}(?![\d.,:])(?:['’]?s\b)?/i.exec(rest);
      if (!list) break;
      rest = rest.slice(list[0].length);
    }
    const match = /^\s*(\S)/.exec(rest);
    if (!match) return true;
    const first = match[1] as string;
    if (!/[A-Za-z]/.test(first)) return first !== "%" && !isDigit(first);
    const word = nextWord(rest) ?? "";
    const lower = word.toLowerCase();
    if (UNITS_AFTER.has(lower)) return false;
    if (FOLLOWERS.has(lower)) return true;
    if (/^[A-Z]/.test(word) || /[A-Z_]/.test(word.slice(1))) return true;
    return this.lookup.topicWords(value).has(lower);
  }

  // -------------------------------------------------------------------------------------------
  // Codes set against each other and lists: "422 instead of 400", "408, 429 and 503", "not 409".

  private propagate(): void {
    if (!this.candidates.some((c) => !c.evidence && !c.vetoed && !c.protocol)) return;
    const list = this.candidates.filter((c) => c.digits.length === 3 && !c.protocol && !c.vetoed);
    // Sentences with a code read already: "not 409" sets 409 against it.
    const readSentences = new Set(list.filter((c) => c.evidence).map((c) => c.sentence));
    for (let pass = 0; pass < 3; pass++) {
      let changed = false;
      for (let i = 0; i < list.length; i++) {
        const candidate = list[i] as Candidate;
        if (candidate.evidence || !this.lookup.isKnown(Number(candidate.digits))) continue;
        const previous = list[i - 1];
        const next = list[i + 1];
        const after = this.text.slice(candidate.tail, candidate.tail + WINDOW_AFTER);
        const value = Number(candidate.digits);
        const gapBefore = previous ? this.gap(previous, candidate) : undefined;
        const gapAfter = next ? this.gap(candidate, next) : undefined;
        // Joined to the next code: what follows it is the join, not a counted noun.
        if (next?.evidence && gapAfter !== undefined && CONNECTOR_GAP.test(gapAfter)) {
          candidate.evidence = "pair";
        } else if (!this.followsWell(after, value)) {
          continue;
        } else if (previous?.evidence && gapBefore !== undefined && CONNECTOR_GAP.test(gapBefore)) {
          candidate.evidence = "pair";
        } else if (
          previous?.evidence &&
          gapBefore !== undefined &&
          /^\s+$/.test(gapBefore) &&
          LISTING_EVIDENCE.has(previous.evidence)
        ) {
          // "error_page 502 503 504": a directive's or field's list. (After an access log's status
          // the next number is a byte count.)
          candidate.evidence = previous.evidence;
        } else if (
          next &&
          !next.evidence &&
          gapAfter !== undefined &&
          CONTRAST_GAP.test(gapAfter) &&
          this.lookup.isKnown(Number(next.digits)) &&
          this.followsWell(this.text.slice(next.tail, next.tail + WINDOW_AFTER), Number(next.digits))
        ) {
          candidate.evidence = "pair";
          next.evidence = "pair";
        } else if (
          ELLIPSIS_BEFORE.test(this.clauseBefore(candidate.start)) &&
          readSentences.has(candidate.sentence)
        ) {
          candidate.evidence = "pair";
        }
        if (candidate.evidence) {
          changed = true;
          readSentences.add(candidate.sentence);
        }
      }
      if (!changed) break;
    }
  }

  /** The text between two numbers of one sentence, or undefined when they are far apart. */
  private gap(first: Candidate, second: Candidate): string | undefined {
    if (first.sentence !== second.sentence || second.start - first.tail > 40) return undefined;
    return this.text.slice(first.tail, second.start);
  }

  private inLogLine(index: number): boolean {
    return this.lineMatches(index, LOG_LINE);
  }
}

/** Every status code (and, for a question, every number) in a plain text, with why it was read. */
export function readCodes(text: string, lookup: CodeLookup, strictness: Strictness): Reading {
  return new Reader(text, lookup, strictness).read();
}

let lastQuestion: { text: string; lookup: CodeLookup; reading: Reading } | undefined;

/**
 * A question's reading. The intents that need it (numbers, other protocols) each ask, so the last one
 * is kept: a question is read once.
 */
export function readQuestionCodes(text: string, lookup: CodeLookup): Reading {
  if (lastQuestion?.text !== text || lastQuestion.lookup !== lookup) {
    lastQuestion = { text, lookup, reading: readCodes(text, lookup, "question") };
  }
  return lastQuestion.reading;
}

/**
 * The status codes a channel message is about, each once, in order: what the passive listener
 * explains (before its per-thread dedupe and per-message cap). A code linked on one of the unfurl
 * domains is left out: it gets its card as an unfurl, and a thread reply would repeat it.
 */
export function codesToExplain(text: string, lookup: CodeLookup): number[] {
  const readings = readCodes(text, lookup, "message").codes.filter(
    (reading) => reading.value >= 100 && lookup.isKnown(reading.value),
  );
  const unfurled = new Set(
    readings.filter((reading) => reading.url && isUnfurlDomain(reading.url)).map((reading) => reading.value),
  );
  return [...new Set(readings.map((reading) => reading.value))].filter((code) => !unfurled.has(code));
}
