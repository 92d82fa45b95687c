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
 *   determiner ("a 404", "the 502s"), another code it is set against ("422 instead of 400"), a
 *   mapping ("NotFoundError→404"), a headline ("429 from github again");
 * - and they can say it is something else: a count ("502 open tickets"), an id (#404, INC-503), a
 *   time, a port, money, a size, a version, a line number, an errno value, a class (5xx, 500-level),
 *   another protocol's code (SMTP 550, SIP 486, WebSocket 1006), an app's enum.
 *
 * A channel message needs that evidence for every code, or, for a number nothing is said of, a
 * sentence about HTTP traffic and nothing that makes it something else (readInContext). A question
 * addressed to the bot may also be a bare number ("403"), except in a pasted log line, where only the
 * format makes a number a status.
 */
import { normalizeName } from "../../knowledge/names.ts";
import type { CodeLookup } from "./code-lookup.ts";
import { readConstants } from "./constants.ts";
import { isUnfurlDomain, statusCodeFromUrl } from "./links.ts";
import { LINK_MARK, lastAtMost, type Prepared, prepare } from "./prepare.ts";
import { namedProtocolCodes, type OtherProtocol, type ProtocolCode, protocolOf } from "./protocols.ts";
import {
  ASSERTIONS,
  COUNTED_AFTER,
  DENIES_HTTP,
  DETERMINERS,
  DURATION_BEFORE,
  FOLLOWERS,
  HEADER_NAME,
  HTTP_CONTEXT,
  METHODS,
  NOT_A_CODE_BEFORE,
  NOT_HTTP_STATUS_QUALIFIERS,
  QUANTITY_WORDS,
  RANGE_BEFORE,
  STATUS_FUNCTIONS,
  STATUS_VERBS,
  TIME_NEARBY,
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
  | "pair"
  | "context";

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
/** The word "http" alone in the clause before a number: a case of HTTP_WORD. */
const BARE_HTTP_BEFORE = /^\s*https?\s+$/i;
const HTTP_WORD =
  /\bhttps?(?:[\s_-]+(?:status|error|response|return|result|code|client|server|request))*[\s_-]*(?:code)?\s*[:=#]?\s*["'([]?\s*$/i;
const STATUS_KEY =
  /(?:^|[._$-])(?:status(?:es)?|status_?codes?|codes?|http_?codes?|response_?codes?|resp|error|err|error_?codes?|http[-_](?:errors|codes|status(?:es)?)|matcher|success_?codes|expected_?(?:codes|status(?:es)?)|valid_?status(?:es|_codes)?)$/i;
/** Keys of an error: their value is an error's code, so a 1xx, 2xx or 3xx there is not a status. */
const ERROR_KEY = /(?:^|[._$-])(?:error|err|error_?codes?)$/i;
const CALL_BEFORE =
  /([A-Za-z_$][\w$]*)\s*\(\s*(?:(?:'[^']{0,60}'|"[^"]{0,60}"|[\w$.]+|\{[^{}()]{0,60}\}|\[[^[\]()]{0,60}\])\s*,\s*){0,2}$/;
const DIRECTIVE_BEFORE =
  /(?:\b(?:halt|abort|errordocument|error_page|deny_status|redirect|return)|\[R=)\s*$/i;
const OPENAPI_BEFORE = /\bresponses["']?\s*[:=]\s*\{?\s*["']?$/i;
/** A quoted key: OpenAPI's `'200': description: OK`, `"404": {`. */
const QUOTED_KEY_AFTER = /^(["'])\s*:(?!\d)/;
const METHOD_PATH = new RegExp(`\\b(?:${METHODS})\\s+(?:/\\S*|${LINK_MARK}+)\\s+(?:(?:->|→|=>|:)\\s*)?$`);
/** HAProxy's timers (Tq/Tw/Tc/Tr/Ta) come right before the status: "0/0/1/-1/30001 504". */
const HAPROXY_TIMERS = /(?:^|\s)-?\d+\/-?\d+\/-?\d+\/-?\d+\/\+?-?\d+\s+$/;
const REQUEST_LINE = new RegExp(`^(?:${METHODS})\\s+\\S.*$`);
/** IIS's W3C fields before the status: method, path, query, port, user, client address, then up to two more. */
const IIS_FIELDS_BEFORE = new RegExp(
  `\\b(?:${METHODS})\\s+/\\S*\\s+\\S+\\s+\\d{1,5}\\s+\\S+\\s+[\\d.:a-fA-F]+\\s+(?:\\S+\\s+){0,2}$`,
);
const IIS_FIELDS_AFTER = /^\s+\d{1,3}\s+\d{1,10}\s+\d{1,10}\b/;
/**
 * gin's, Fiber's and Echo's console lines: "[GIN] 2024/05/19 - 10:00:00 | 500 |  3.218ms | ...". The
 * status comes after the tag's or a clock time's pipe, and before a Go duration ("3.2ms", "1m0.5s")
 * and its pipe; a markdown table of figures has neither.
 */
const PIPE_STATUS_BEFORE =
  /(?:\[(?:GIN|Fiber|Echo)[^\]\n]{0,12}\][^|\n]{0,40}|\d{1,2}:\d{2}:\d{2}(?:\.\d+)?\s*)\|\s*$/i;
const PIPE_DURATION_AFTER =
  /^\s*\|\s*\d+(?:\.\d+)?(?:h|m(?!s)|s|ms|µs|us|ns)(?:\d+(?:\.\d+)?(?:m(?!s)|s|ms|µs|us|ns))*\s*\|/;
/** CloudFront's standard log: edge location, bytes and client address, then method, host and path. */
const CLOUDFRONT_FIELDS_BEFORE = new RegExp(
  `\\b[A-Z]{3}\\d+(?:-[A-Z0-9]+)+\\s+\\d+\\s+[\\d.:a-fA-F]+\\s+(?:${METHODS})\\s+[\\w-]+(?:\\.[\\w-]+)+\\s+/\\S*\\s+$`,
);
/** Its three processing times are decimals or -1; then come the load balancer's and the target's status. */
const LOAD_BALANCER_TIMES = /(?:^|\s)(-1|\d+\.\d+)\s+(-1|\d+\.\d+)\s+(-1|\d+\.\d+)\s+(?:\d{3}\s+)?$/;
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
const SUBJECT_DETERMINER = /\b(?:the|a|an|that|this|every|each|any|our|your|their|my)\s+["']?$/i;
/** A third-person verb, then a word that only follows verbs: "blows up", "preserves the method". */
const VERB_AFTER_SUBJECT =
  /^\s+[a-z]{3,}[^s\W]s\s+(?:up|down|out|off|away|back|the|a|an|it|them|us|everything|nothing|our|my|your|their|its|all|on|in|when|if|because|after|before|with|as)\b/;
/** Determiners that also count: "another 200", "all 500" are quantities unless more is said. */
const COUNTING_DETERMINER =
  /\b(?:another|more|some|all|any|no|every|each|those|these|lots of|tons of|bunch of)\s+$/i;
/** Words before a number that make it a quantity: "about 404", "top 500", "x 200", "~300". */
const QUANTITY_BEFORE = new RegExp(
  `\\b(?:${QUANTITY_WORDS}|(?<!instead\\s)of|per|x|by)\\s+$|[~×*]\\s*$|\\bp\\d{2,3}(?:\\.\\d+)?\\s*(?:is|was|at|of|[:=])?\\s*$|\\bthere\\s+(?:are|were|is|was)\\s+$|\\b(?:have|has|had|having|contains?|holds?)\\s+$`,
  "i",
);
/** A setting of time, also as part of a key: "proxy_read_timeout to 300", "cache.ttl = 404". */
const DURATION_KEY_BEFORE =
  /(?:timeout|ttl|delay|interval|backoff|expiry|expires|max_?age)(?:\s+(?:is|was|of|at|to|set\s+to))?\s*[:=]?\s*$/i;
/** Numbers written in words. */
const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred|thousand|dozen|first|second|third)\b/i;
/** A name and a noun after a number: "404 API keys", "401 Jira tickets" are counted. */
const NAMED_COUNT_AFTER = /^\s+[A-Z][A-Za-z]*\s+[a-z]{2,}s\b/;
/** Things with numbers that stand in an HTTP sentence without being statuses: "server 503", "host 404". */
const MACHINE_BEFORE =
  /\b(?:server|host|hostname|vm|machine|instance|cluster|region|zone|rack|container|db|database|box|service)\s+$/i;
/** Before a code used as a verb. */
const MODAL_BEFORE =
  /\b(?:should|shall|will|would|could|must|can|to|let's|lets|just|then|gonna|please|we|they|i|you)\s+(?:just\s+|simply\s+|also\s+|always\s+)?$/i;
/** The object of a code used as a verb. */
const OBJECT_AFTER =
  /^\s+(?:it|them|those|these|that|this|everything|anything|all|every|any|the|our|their|such)\b/i;
/** Between the numbers of a list. */
const LIST_GAP = /^[ \t]*(?:,|&|\/|and|or)?[ \t]*(?:and[ \t]+|or[ \t]+)?$/i;
/** Nouns for what a code is part of: "the 401 thing", "that 503 issue". */
const TOPIC_NOUN_AFTER = /^\s*(?:thing|issue|problem|stuff|spike|mess|situation|incident|outage)\b/i;
/** What defines a code: "401 = we don't know who you are", "409: a duplicate", "422 means invalid". */
const DEFINITION_AFTER = /^\s*(?:=|:|->|→|means\b|is\s+when\b|if\b|when\b)\s*["'a-z]/;
/** Words that give an opinion on what was just said: "422 imo", "409 probably". */
const OPINION_AFTER = /^\s*(?:imo|imho|tbh|fwiw|iirc|afaik|probably|obviously|definitely|surely|clearly)\b/i;
/** Adjectives people put right before a code: "Soft 404", "fake 200s", "a proper 404". */
const STATUS_ADJECTIVE_BEFORE =
  /\b(?:soft|hard|fake|real|proper|actual|genuine|legit|bare|plain|spurious|silent|custom|default|generic|random|stray)\s+["']?$/i;
/** Verbs of returning and getting only ("uses 200," and "wants 500," are quantities). */
const RETURN_VERB_BEFORE =
  /\b(?:returns?|returned|returning|gets?|got|getting|sends?|sent|sending|responds?|responded|responding|answers?|answered|answering|gives?|gave|giving|throws?|threw|throwing|receives?|received|receiving)(?:\s+(?:back|us|me|them|a|an|the|with|http|status))*\s+$/i;
/** Before a round number in context: a copula, a preposition, an arrow, a quote or a parenthesis. */
const ROUND_CUE_BEFORE = /(?:\b(?:is|are|was|were|be|been|being|with|on|as|not|or|but)|→|->|=>|["'(])\s*$/i;
/**
 * A verb that maps one thing to a code: "maps a timeout to 504", "translates it into 429", "defaults to
 * 307", "switching from 302 to 301", "falls through to 404", "back to 200".
 */
const MAPPING_BEFORE =
  /\b(?:back|maps?|mapped|mapping|translates?|translated|translating|converts?|converted|converting|turns?|turned|rewrites?|rewrote|defaults?|defaulted|falls?\s+(?:back|through)|fell\s+(?:back|through)|switch(?:es|ed|ing)?|downgrades?|downgraded|upgrades?|upgraded|changes?|changed)(?:\s+[\w'-]+){0,3}\s+(?:to|into)\s+$/i;
/** "grew to 403", "from 404": a number reached or left is a quantity, unless a code is mapped to. */
const TO_OR_FROM_BEFORE = /\b(?:to|into|from)\s+$/i;
const STATUS_NOUN_AFTER =
  /^\s*(?:error|status|response|redirect|page|code|status code|case|bug|handler|branch|path|loop|storm)\b|^\s+the\s+(?:right|correct|wrong|proper|appropriate|best|better)\s+(?:thing|code|status|choice|one|answer|response|call|fit)\b/i;
const TECHNICAL_FOLLOWER = new RegExp(
  `^\\s*(?:$|[.,;:)\\]!?'"—–-]|${LINK_MARK}|(?:from|on|back|when|whenever|instead|rather|because|error|errors|response|responses|status|code|page|but|with|without|again|and|or|in|at|after|until|unless|if|while|even|so|which|not|vs|versus|than|want|wanted|got|expected|received|since|within|once|twice|to\\s+(?:~?\\d+(?:\\.\\d+)?(?=\\s*%)|(?:the\\s+|our\\s+|all\\s+|every\\s+)?(?:clients?|callers?|users?|browsers?|frontend|consumers?)\\b)|per\\s+(?:the\\s+)?(?:spec|specs|rfc|standard|docs|convention|contract)|[a-z]+_[a-z_]+|(?:two|three|four|five|a\\s+few|several|many|\\d+)\\s+times|for\\s+(?:every|everyone|everybody|anyone|anybody|all|any|some|the|a|an|each|unknown|missing|invalid|bad|deleted|expired|no|non|empty|private)\\b)\\b)`,
  "i",
);
/** Words in -ly that are not adverbs of manner: "500 monthly users", "an assembly". */
const PERIODIC_OR_NOUN = /^(?:monthly|nightly|quarterly|biweekly|fortnightly|assembly|anomaly|friendly)$/;
/** An error's name in capitals after a code: "400 INVALID_ARGUMENT", "404 UNREGISTERED". */
const ERROR_NAME_AFTER = /^\s*(?:[A-Z]{2,}_[A-Z_]+|[A-Z]{5,})\b/;

/** What follows a round number when it is a status: a status's word, a join, an error's name. */
function technicalFollower(after: string): boolean {
  return TECHNICAL_FOLLOWER.test(after) || ERROR_NAME_AFTER.test(after);
}

/** The first word of one of the code's names of several words: "500 internal error", "400 bad json". */
function startsItsName(after: string, names: readonly string[]): boolean {
  const first = /^\s*([A-Za-z]+)/.exec(after)?.[1]?.toLowerCase();
  return first !== undefined && names.some((name) => name.includes(" ") && name.startsWith(`${first} `));
}

/** An address: "221 Baker Street", "500 Howard St". */
const STREET_AFTER =
  /^\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Square|Sq|Strasse|Straße)\b/;
const ERROR_SENTENCE =
  /\b(?:error|failed|failure|server|request|response|status|resource|wrong|oops|sorry|unable|cannot|can't|couldn't)\b/i;
const PHONE_AFTER = /^\)?[\s.-]*\d{3}[\s.-]\d{3,4}\b|^[\s.-]\d{4}\b/;
const CLASS_AFTER = /^-?(?:level|series|range|class|family|ish)\b/i;
const TIME_AFTER = /^\s*(?:ago|later|left|remaining|elapsed|timeout|latency|long|old|earlier)\b/i;
const CONNECTOR_GAP =
  /^(?:\s*(?:,|\/|&|\+|and|or|but|not|nor|vs\.?|versus|v\.?|instead\s+of|rather\s+than|then|than|->|→|=>|==|!=|===|<>|to|from|want|wanted|got|get|expected|expect|received|also|even|only|just|on|for|a|an|the|it|was|is|be|should|use|return|returns|send|sends|over|with|never|no|NOT|then)\s*){1,6}$/i;
const CONTRAST_GAP =
  /^\s*(?:,\s*)?(?:vs\.?|versus|or|instead\s+of|rather\s+than|not|,\s*not|over|\/|->|→|=>)\s*(?:an?\s+|the\s+)?$/i;
/** "401 and 403": joined by "and", two codes only when neither is round ("200 and 300 users"). */
const AND_GAP = /^\s*(?:,\s*)?and\s*(?:an?\s+|the\s+)?$/i;
/** The target of a mapping: "NotFoundError→404", "HttpResponsePermanentRedirect = 301", "dup → 409". */
const ARROW_BEFORE =
  /(?:→|->|=>|\b[A-Z][A-Za-z]*(?:Http|Response|Status|Redirect|Error|Exception)[A-Za-z]*[\s`'"]*=)\s*$/;
const ELLIPSIS_BEFORE =
  /(?:\bbut|\bnot|\bor|\bnor|\bvs\.?|\bversus|\bthan|\binstead\s+of|\brather\s+than|\bwant|\bwanted|\bexpected|\bgot|\bnot\s+on|\bbut\s+(?:not\s+)?(?:on|for|with)|,)\s+(?:an?\s+|the\s+)?$/i;
/** A line that looks like a pasted log: a timestamp, a level, an address, key=value pairs. */
const LOG_LINE =
  /\d{4}[-/]\d\d[-/]\d\d|\b\d\d:\d\d:\d\d\b|\[\d\d\/[A-Z][a-z]{2}\/\d{4}|\[(?:error|warn|notice|info|crit|alert|emerg|debug)\]|\b(?:level|lvl)=|\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|\*\d{1,12}\s|\d{1,12}#\d{1,12}:|\b\w{1,40}=[^\s=]{1,80}\s{1,4}\w{1,40}=/i;

// ---------------------------------------------------------------------------------------------

/**
 * These character tests take one character (`text[i]`) and are called in the reader's scans, for
 * every character they step over: a comparison of its code, not a regex test each.
 */
function isLetter(char: string | undefined): boolean {
  if (char === undefined || char.length !== 1) return char !== undefined && /[A-Za-z]/.test(char);
  const code = char.charCodeAt(0);
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
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
  if (char === undefined || char.length !== 1) return char !== undefined && /\w/.test(char);
  const code = char.charCodeAt(0);
  return (
    (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95
  );
}

/** Moves `end` back over any of `chars`. */
function skipBack(text: string, end: number, chars: string): number {
  let at = end;
  while (at > 0 && chars.includes(text[at - 1] as string)) at--;
  return at;
}

/**
 * The identifier a value follows: `statusCode=`, `"status": `, `status code is `, `status of `,
 * `status_code != ` and a metric's labels: `probe_http_status_code{instance="x"} != `.
 */
function keyEndingAt(window: string): { key: string; start: number; bound: boolean } | undefined {
  let end = skipBack(window, window.length, " \t\"'[({");
  const separator = /(?:={1,3}|!={1,2}|[<>]=?|:|=>|->|\bis|\bwas|\bof|\bequals?|\bbe)$/.exec(
    window.slice(Math.max(0, end - 7), end),
  );
  if (separator) end -= separator[0].length;
  // "status >= 500" bounds a range of codes: a class, not a code.
  const bound = separator !== null && /^[<>]/.test(separator[0]);
  end = skipBack(window, skipBack(window, end, " \t"), "\"']");
  if (window[end - 1] === "}") {
    const open = window.lastIndexOf("{", end - 1);
    if (open > 0) end = open;
  }
  // A getter: "response.statusCode() == 401", "response.code() == 429".
  if (window.endsWith("()", end)) end -= 2;
  let start = end;
  while (start > 0 && /[\w.$-]/.test(window[start - 1] as string)) start--;
  while (start < end && !/[A-Za-z_]/.test(window[start] as string)) start++;
  return start < end ? { key: window.slice(start, end), start, bound } : undefined;
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
  // The caches below are made when first needed: most texts ("404", "HTTP 503") never ask, and a
  // Map is a few hundred bytes of garbage per question.
  /** Whether a sentence (by its index) speaks of HTTP traffic. */
  private sentenceContext: Map<number, boolean> | undefined;
  /** Whether a sentence (by its index) says its numbers are not HTTP's. */
  private sentenceDenial: Map<number, boolean> | undefined;
  /** Whether a line matches LOG_LINE (by its start) or LOAD_BALANCER_LINE (by -1 - its start). */
  private lineCache: Map<number, boolean> | undefined;

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
    for (let at = 0; at < this.candidates.length; at++) {
      const candidate = this.candidates[at] as Candidate;
      const previous = this.candidates[at - 1];
      // A list goes on being what its first number is: "rooms 401, 402 and 403", "PR 412 and 413".
      if (
        previous?.vetoed &&
        previous.digits.length === candidate.digits.length &&
        LIST_GAP.test(this.text.slice(previous.tail, candidate.start))
      ) {
        candidate.vetoed = true;
        continue;
      }
      this.judge(candidate);
    }
    this.propagate();
    if (this.strictness === "message" && this.readInContext(codes.length > 0)) this.propagate();
    for (const candidate of this.candidates) {
      if (candidate.protocol) {
        others.push({ protocol: candidate.protocol, code: candidate.digits, index: candidate.start });
        continue;
      }
      if (candidate.vetoed) continue;
      if (!candidate.evidence && this.strictness === "message") continue;
      if (
        this.strictness === "message" &&
        candidate.evidence &&
        !FORMAT_EVIDENCE.has(candidate.evidence) &&
        this.deniesHttp(candidate.sentence)
      ) {
        continue;
      }
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
    // "!307": a merge request's id (GitLab), as "#404" is an issue's.
    if (before === "!" && /[\s([]/.test(beforeThat)) return undefined;
    const inList = this.inCodeList(start, end);
    // "non-200 responses": every status but this one, a code all the same.
    const negated =
      before === "-" && /(?:^|[^A-Za-z])non$/i.test(text.slice(Math.max(0, start - 5), start - 1));
    if (!negated && (before === "." || (before === "," && !inList) || before === "-" || before === "–")) {
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

    // "200 1406" after a request line, or in an access log, is a status and a byte count, not a
    // phone number.
    const phone =
      this.phoneLike(end) && !STATUS_LINE.test(before) && !this.accessLogField(start, end, before);
    if (phone || STREET_AFTER.test(text.slice(tail, tail + 40))) {
      candidate.vetoed = true;
      return;
    }
    if (charBefore === "(" && /^\)\s*\d{3}/.test(text.slice(end, end + 6))) {
      candidate.vetoed = true;
      return;
    }

    // A number alone ("404", "403?"): nothing around it to weigh. A question takes it as it is.
    if (digits.length === 3 && tail === end && /^\s*[?!.]*\s*$/.test(after)) {
      if (/^\s*$/.test(before)) return;
      // "HTTP 204", "https 459?": the word alone before it, nothing after. No other protocol's cue
      // is in "http" (protocolOf finds none, and no errno or enhanced status without more text), and
      // HTTP_WORD matches the word: evidenceFor would say "http" before anything else.
      if (BARE_HTTP_BEFORE.test(before)) {
        candidate.evidence = "http";
        return;
      }
    }

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
    if (this.accessLogField(start, end, before)) return "access-log";
    if (known && this.phraseAround(candidate, before, after, names)) return "phrase";
    if (known && /(?:^|[^A-Za-z])non-$/i.test(before)) return "noun";
    // "500 rows", "status: 200 users migrated" (but "status=503 bytes=0" is two fields).
    const next = /^\s*([A-Za-z][\w'’-]*)(\s*[=:])?/.exec(after);
    if (next?.[1] && !next[2] && UNITS_AFTER.has(next[1].toLowerCase())) {
      // "our 404 page?" is a status's page; "a 300 page spec", "the 404 page designer" count pages.
      const pageEnd = next[0].length;
      if (
        known &&
        next[1] === "page" &&
        this.followsWell(after.slice(pageEnd), value) &&
        (value % 100 !== 0 ||
          SUBJECT_DETERMINER.test(before) ||
          /\b(?:our|your|their|my|custom|default)\s+$/i.test(before))
      ) {
        return "noun";
      }
      return "veto";
    }
    const keyed = this.keyBefore(before, value);
    if (keyed === "veto") return "veto";
    if (keyed) return "field";
    if (this.callArgument(before, after)) return "call";
    if (DIRECTIVE_BEFORE.test(before) && this.followsWell(after, value)) return "call";
    if (charBefore === ":" || charBefore === "=") return "veto";

    // A decimal part is only an IIS sub-status next to such evidence ("500.19"); else a quantity.
    if (text[end] === "." && isDigit(text[end + 1])) {
      return known && (VERB_BEFORE.test(before) || this.vendorBefore(start)) ? "verb" : "veto";
    }

    // Words that make it something else.
    const previous = wordBefore(text, start);
    if (NOT_A_CODE_BEFORE.has(previous) && !/[:=]\s*$/.test(before)) return "veto";
    if (/\bexit(?:s|ed|ing)?\s+(?:with\s+)?(?:code\s+|status\s+)?$/i.test(before)) return "veto";

    // "the server could not find the requested resource (404)", "request failed (502)".
    if (charBefore === "(" && /^\)/.test(after) && ERROR_SENTENCE.test(before)) return "field";
    if (OPENAPI_BEFORE.test(before)) return "call";
    if ((charBefore === "'" || charBefore === '"') && QUOTED_KEY_AFTER.exec(after)?.[1] === charBefore) {
      return "field";
    }

    if (suffix === "d" || suffix === "ed" || suffix === "ing") return "verb-form";
    // A code as a verb: "we should 410 those links", "let's 301 them", "just 404 it".
    if (
      known &&
      MODAL_BEFORE.test(before) &&
      OBJECT_AFTER.test(after) &&
      (value % 100 !== 0 || /^\s+(?:it|them)\b/i.test(after))
    ) {
      return "verb-form";
    }
    if (suffix === "s") {
      if (DURATION_BEFORE.test(before) || TIME_AFTER.test(after)) return "veto";
      if (RANGE_BEFORE.test(before) && TIME_NEARBY.test(`${before} ${after.slice(0, 40)}`)) return "veto";
      if (/^\s*(?:of|per)\b/i.test(after)) return "veto";
      return "plural";
    }
    if (this.vendorBefore(start)) return "vendor";
    if (
      known &&
      value % 100 !== 0 &&
      STATUS_ADJECTIVE_BEFORE.test(before) &&
      this.followsWell(after, value)
    ) {
      return "determiner";
    }
    if (STATUS_NOUN_AFTER.test(after) && !/^\s*(?:errors|responses|codes|pages)\b/i.test(after))
      return "noun";
    // "the 401 thing is fixed", "that 503 issue" (but "500 issue reports" counts reports).
    const topic = TOPIC_NOUN_AFTER.exec(after);
    if (known && topic && SUBJECT_DETERMINER.test(before)) {
      const then = after.slice(topic[0].length);
      const word = nextWord(then)?.toLowerCase() ?? "";
      const counted = UNITS_AFTER.has(word) || (/^[a-z]{3,}s$/.test(word) && !FOLLOWERS.has(word));
      if (value % 100 !== 0 ? !counted : this.followsWell(then, value)) return "noun";
    }

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
      if (round && !technicalFollower(after) && !startsItsName(after, names)) return undefined;
      // "got 200 responses to the survey" counts; "got 500 errors" is a status's.
      if (round && WEAK_VERB_BEFORE.test(before) && /^\s*(?:responses|errors)\b/i.test(after)) {
        if (value < 400 || /^\s*responses/i.test(after)) return undefined;
      }
      // After a verb of getting or seeing, "for ..." and the end are a count's: "I got 200 for the launch".
      // In a channel message, "got 500, …" too: the sentence's context decides (prizes are got too).
      const ending = this.strictness === "message" ? /^\s*(?:$|[.,;!?]|for\b)/ : /^\s*(?:$|[.!?]|for\b)/;
      if (round && WEAK_VERB_BEFORE.test(before) && ending.test(after)) return undefined;
      return "verb";
    }
    if (DETERMINER_BEFORE.test(before)) {
      if (round && !/\ban?\s+$/i.test(before) && !technicalFollower(after)) return undefined;
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
  private keyBefore(before: string, value?: number): "field" | "veto" | undefined {
    const window = before.slice(-48);
    const found = keyEndingAt(window);
    if (!found) return undefined;
    // "[error] 1234#1234:" is a log level, not a field.
    if (/\[[A-Za-z]+\]\s*$/.test(before)) return undefined;
    const key = found.key.replace(/[.$-]+$/, "");
    const snake = key.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
    if (!STATUS_KEY.test(snake)) return undefined;
    if (found.bound) return "veto";
    const parts = snake.split(/[._$-]+/);
    const previous = wordBefore(window, found.start);
    // "app error code 404": the qualifier may stand before another word of the key.
    const phrase = /^(?:error|status|response|http)\s+$/i.exec(
      window.slice(found.start - previous.length - 1, found.start),
    );
    const previousButOne = phrase ? wordBefore(window, found.start - previous.length - 1) : "";
    // A process's return code is at most 255: "return code 404" is a status in other words, and
    // "return StatusCode(503)" a statement.
    const processCode = (value === undefined || value <= 255) && /^(?:code|status)$/.test(snake);
    if (
      parts.some((part) => NOT_HTTP_STATUS_QUALIFIERS.has(part)) ||
      (previousButOne !== "return" && NOT_HTTP_STATUS_QUALIFIERS.has(previousButOne)) ||
      (NOT_HTTP_STATUS_QUALIFIERS.has(previous) && (previous !== "return" || processCode))
    ) {
      return "veto";
    }
    if (/\bexit(?:s|ed|ing)?\b/i.test(before.slice(-32))) return "veto";
    // "errorCode 101": a vendor's error number; an error is never a 1xx, 2xx or 3xx status.
    if (value !== undefined && value < 400 && ERROR_KEY.test(snake)) return "veto";
    return "field";
  }

  private statusKeyBefore(before: string): boolean {
    return this.keyBefore(before) === "field";
  }

  /** The status field of an access-log line, wherever its format puts it. */
  private accessLogField(start: number, end: number, before: string): boolean {
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
    // IIS (W3C): "GET /api - 443 - 10.0.0.2 - 502 3 12002 30016": the status, then its sub-status,
    // the Win32 status and the time taken, three whole numbers no other field is followed by.
    if (IIS_FIELDS_BEFORE.test(before) && IIS_FIELDS_AFTER.test(text.slice(end, end + 40))) return true;
    if (PIPE_STATUS_BEFORE.test(before) && PIPE_DURATION_AFTER.test(text.slice(end, end + 32))) return true;
    if (CLOUDFRONT_FIELDS_BEFORE.test(before)) return true;
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
    this.lineCache ??= new Map();
    let cached = this.lineCache.get(key);
    if (cached === undefined) {
      cached = pattern.test(this.text.slice(start, end));
      this.lineCache.set(key, cached);
    }
    return cached;
  }

  /**
   * res.status(409), abort(404), ctx.throw(400, ...), c.json(body, 201), expect(res.status).toBe(201),
   * assert.Equal(t, 500, resp.StatusCode): an assertion compares a status when one is named in it.
   */
  private callArgument(before: string, after: string): boolean {
    if (!before.includes("(")) return false;
    const match = CALL_BEFORE.exec(before);
    if (!match) return false;
    const name = (match[1] ?? "").toLowerCase();
    if (STATUS_FUNCTIONS.has(name)) return true;
    if (!ASSERTIONS.has(name)) return false;
    return /status/i.test(before) || /^[^()]{0,60}status/i.test(after);
  }

  /** "nginx 499", "an ALB 460", "API Gateway 504". */
  private vendorBefore(start: number): boolean {
    // "nginx's 444", "Cloudflare's 520".
    const previous = wordBefore(this.text, start).replace(/['’]s$/, "");
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
    let earlier: string | undefined;
    let lowerEarlier: string | undefined;
    let foldedEarlier: string | undefined;
    let followed: boolean | undefined;
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
        // "Forbidden 403", but "Found 302 results" counts.
        if (
          (foldedBefore === name || foldedBefore.endsWith(` ${name}`)) &&
          (!short || /(?:^|[^A-Za-z])(?:OK|[A-Z]{2,3})\W*$/.test(before) || /:[a-z]+\W*$/.test(before))
        ) {
          followed ??= this.followsWell(after, Number(candidate.digits));
          if (followed) return true;
        }
      }
      if (short || (!info.capitalised && !info.several)) continue;
      // Later in the sentence: a name of several words, or one word written as a name ("Forbidden").
      rest ??= this.text.slice(
        candidate.tail,
        Math.min(this.breakAfter(candidate.tail), candidate.tail + 160),
      );
      lowerRest ??= rest.toLowerCase();
      if (lowerRest.includes(info.first)) {
        if (info.several) {
          foldedRest ??= ` ${normalizeName(rest)} `;
          if (foldedRest.includes(` ${name} `)) return true;
        } else if (info.capitalised?.test(rest)) {
          return true;
        }
      }
      // Earlier in the sentence ("it's a Gone, so 410"), unless a counted noun follows ("Found 302 results").
      earlier ??= this.text.slice(
        Math.max(this.breakBefore(candidate.start) + 1, candidate.start - 100),
        candidate.start,
      );
      lowerEarlier ??= earlier.toLowerCase();
      if (!lowerEarlier.includes(info.first)) continue;
      followed ??= this.followsWell(after, Number(candidate.digits));
      if (!followed) continue;
      if (info.several) {
        foldedEarlier ??= ` ${normalizeName(earlier)} `;
        if (foldedEarlier.includes(` ${name} `)) return true;
      } else if (info.capitalised?.test(earlier)) {
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
    // "per spec" cites an authority; "per page" is a rate.
    if (lower === "per")
      return /^\s*per\s+(?:the\s+)?(?:spec|specs|rfc|standard|docs|convention|contract)\b/i.test(rest);
    // A participle saying what the code does: "499 spiking on the ingress" ("503 running pods" counts).
    if (/^[a-z]{3,}ing$/.test(lower)) {
      const then = rest.slice(rest.indexOf(word) + word.length);
      const following = nextWord(then)?.toLowerCase();
      return following === undefined ? !/^\s*\d/.test(then) : FOLLOWERS.has(following);
    }
    // An adverb: "raises 422 automatically", "answers 409 consistently" (but "500 monthly users").
    if (lower.length >= 7 && lower.endsWith("ly") && !PERIODIC_OR_NOUN.test(lower)) return true;
    if (/^[A-Z]/.test(word) || /[A-Z_]/.test(word.slice(1))) {
      // "502 API requests", "404 Jira tickets": a name before a counted noun.
      const counted = /^\s*([a-z]{3,}s)\b/.exec(rest.slice(rest.indexOf(word) + word.length))?.[1];
      return counted === undefined || FOLLOWERS.has(counted);
    }
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
        const clause = this.clauseBefore(candidate.start);
        if (this.countedBefore(candidate, clause, MAPPING_BEFORE.test(clause))) continue;
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
          (CONTRAST_GAP.test(gapAfter) ||
            (AND_GAP.test(gapAfter) && value % 100 !== 0 && Number(next.digits) % 100 !== 0)) &&
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

  // -------------------------------------------------------------------------------------------
  // Codes in context: "every request to /me is 401 now", "counts 404 as errors".

  /**
   * A channel message's number with no evidence of its own and nothing against it is a status when
   * its sentence speaks of HTTP traffic, or the message has a status read already. A round number
   * ("is 200", "to 500") also needs a word that only a status takes after it. True if any was read.
   */
  private readInContext(messageHasCode: boolean): boolean {
    let changed = this.readDefinitions();
    const hasCode = messageHasCode || this.candidates.some((c) => c.evidence !== undefined);
    for (let at = 0; at < this.candidates.length; at++) {
      const candidate = this.candidates[at] as Candidate;
      const field = this.candidates[at - 1];
      if (candidate.evidence || candidate.vetoed || candidate.protocol || candidate.digits.length !== 3)
        continue;
      // The field after an access log's status is its byte count: '"GET / HTTP/1.1" 200 304'.
      if (
        field?.evidence &&
        FORMAT_EVIDENCE.has(field.evidence) &&
        /^\s+$/.test(this.text.slice(field.tail, candidate.start))
      ) {
        continue;
      }
      const value = Number(candidate.digits);
      if (!this.lookup.isKnown(value)) continue;
      // "502 502 502 wtf": a code said again and again.
      if (value % 100 !== 0 && this.repeated(at)) {
        candidate.evidence = "context";
        changed = true;
        continue;
      }
      if (ARROW_BEFORE.test(this.clauseBefore(candidate.start))) {
        if (this.followsWell(this.text.slice(candidate.tail, candidate.tail + WINDOW_AFTER), value)) {
          candidate.evidence = "context";
          changed = true;
        }
        continue;
      }
      // A code that opens a message or a line, as a headline: "429 from github again", "prod: 502 on
      // checkout", ":rotating_light: 503 for EU users". Round ones still need the sentence's context.
      const opens = this.opensLine(candidate);
      if (!this.standsAlone(candidate, value, opens)) continue;
      const opening = opens && value % 100 !== 0;
      // A sentence and its neighbours: "… reset before headers. reset reason: … with 503".
      const sentence = candidate.sentence;
      if (
        hasCode ||
        opening ||
        this.inHttpSentence(sentence) ||
        this.inHttpSentence(sentence - 1) ||
        this.inHttpSentence(sentence + 1)
      ) {
        candidate.evidence = "context";
        changed = true;
      }
    }
    return changed;
  }

  /**
   * Codes defined side by side, each opening its clause: "401 = we don't know who you are, 403 = we
   * know and the answer is no", "409: duplicate; 422: invalid".
   */
  private readDefinitions(): boolean {
    const defined = this.candidates.filter((candidate) => {
      if (candidate.evidence || candidate.vetoed || candidate.protocol || candidate.digits.length !== 3)
        return false;
      const value = Number(candidate.digits);
      if (value % 100 === 0 || !this.lookup.isKnown(value) || candidate.tail !== candidate.end) return false;
      const before = this.clauseBefore(candidate.start);
      if (!/(?:^|[,;(]|\band|\bor)\s*$/.test(before)) return false;
      return DEFINITION_AFTER.test(this.text.slice(candidate.tail, candidate.tail + 24));
    });
    if (defined.length < 2) return false;
    for (const candidate of defined) candidate.evidence = "pair";
    return true;
  }

  /** The same number right before or after it, with only spaces or punctuation between. */
  private repeated(at: number): boolean {
    const candidate = this.candidates[at] as Candidate;
    for (const other of [this.candidates[at - 1], this.candidates[at + 1]]) {
      if (!other || other.digits !== candidate.digits || other.vetoed) continue;
      const [from, to] =
        other.start < candidate.start ? [other.tail, candidate.start] : [candidate.tail, other.start];
      if (to - from <= 4 && /^[\s,!.?]+$/.test(this.text.slice(from, to))) return true;
    }
    return false;
  }

  /** Nothing around the number makes it a count, a bound or a quantity. */
  private standsAlone(candidate: Candidate, value: number, opens: boolean): boolean {
    const after = this.text.slice(candidate.tail, candidate.tail + WINDOW_AFTER);
    if (!this.followsWell(after, value) || COUNTED_AFTER.test(after) || NAMED_COUNT_AFTER.test(after)) {
      return false;
    }
    // A pasted log's numbers are statuses only where its format says so.
    if (this.inLogLine(candidate.start)) return false;
    const before = this.clauseBefore(candidate.start);
    const mapped = MAPPING_BEFORE.test(before);
    if (this.countedBefore(candidate, before, mapped) || (!mapped && TO_OR_FROM_BEFORE.test(before)))
      return false;
    if (value % 100 !== 0) return true;
    // "the health check got 500, the pod restarted": a verb of returning or getting, in an HTTP sentence.
    const cued = mapped || opens || ROUND_CUE_BEFORE.test(before) || RETURN_VERB_BEFORE.test(before);
    return cued && technicalFollower(after);
  }

  /** Whether the number opens its line (after a label or an emoji at most) and a status's word follows. */
  private opensLine(candidate: Candidate): boolean {
    const [lineStart] = this.lineBounds(candidate.start);
    const before = this.text.slice(Math.max(lineStart, candidate.start - 40), candidate.start);
    const opensLine =
      candidate.start - lineStart <= 40 &&
      /^\s*(?::[\w+-]+:\s*)*(?:[A-Za-z]+(?:\s+[A-Za-z]+){0,2}:\s*)?["']?$/.test(before);
    // Or a clause after a dash or a comma: "same here, 502 on every page", "fixed — now 404 unless";
    // only where nothing else is counted ("3 regions, 404 from the EU" lists counts).
    const opensClause =
      /(?:[,;]|\s[—–-])\s+(?:now\s+|still\s+|just\s+|only\s+)?$/.test(before) &&
      this.countsNothingElse(candidate);
    if (!opensLine && !opensClause) return false;
    // A word must follow: a number alone is not a headline. "422 imo, the syntax is fine" gives an
    // opinion on a code.
    const after = this.text.slice(candidate.tail, candidate.tail + WINDOW_AFTER);
    return (
      /^[!?.]*\s*["'“]?[A-Za-z]/.test(after) && (TECHNICAL_FOLLOWER.test(after) || OPINION_AFTER.test(after))
    );
  }

  /** No other number in the message, in digits or in words. */
  private countsNothingElse(candidate: Candidate): boolean {
    if (this.candidates.length > 1 || NUMBER_WORD.test(this.text)) return false;
    for (let i = 0; i < this.text.length; i++) {
      const code = this.text.charCodeAt(i);
      if (code >= 48 && code <= 57 && (i < candidate.start || i >= candidate.end)) return false;
    }
    return true;
  }

  /**
   * The words before make the number a quantity, a duration, a machine's number or another key's
   * value: "about 404", "timeout to 300", "server 503", "Content-Length: 503", "token length is 401".
   */
  private countedBefore(candidate: Candidate, before: string, mapped: boolean): boolean {
    if (
      QUANTITY_BEFORE.test(before) ||
      COUNTING_DETERMINER.test(before) ||
      MACHINE_BEFORE.test(before) ||
      (!mapped && (DURATION_BEFORE.test(before) || DURATION_KEY_BEFORE.test(before)))
    ) {
      return true;
    }
    // An emoji's shortcode (":rotating_light: 503") is not a field.
    const field = /:[\w+-]+:\s*$/.test(before) ? null : /([A-Za-z][\w.-]*)\s*([:=])\s*["']?$/.exec(before);
    if (field) {
      const key = field[1] as string;
      const earlier = before.slice(0, field.index);
      // A label in prose ("login broke: 401 for everyone", "Update: 503s") rather than a field.
      const label =
        field[2] === ":" &&
        /^[A-Za-z]+$/.test(key) &&
        !NOT_A_CODE_BEFORE.has(key.toLowerCase()) &&
        (/^[a-z]+$/.test(key) || /^\s*$/.test(earlier)) &&
        !/\w\s*[:=]\s*\S/.test(earlier);
      if (!label) return true;
    }
    const named = keyEndingAt(before.slice(-48))
      ?.key.split(/[._-]|(?<=[a-z])(?=[A-Z])/)
      .pop();
    if (named && NOT_A_CODE_BEFORE.has(named.toLowerCase())) return true;
    return NOT_A_CODE_BEFORE.has(wordBefore(this.text, candidate.start));
  }

  /** Whether a sentence says its numbers are not HTTP's ("not http", "our enum"). */
  private deniesHttp(sentence: number): boolean {
    this.sentenceDenial ??= new Map();
    let known = this.sentenceDenial.get(sentence);
    if (known === undefined) {
      const words = this.sentenceText(sentence);
      // "https, not http": the scheme, not the protocol's statuses.
      known = DENIES_HTTP.test(words) && !/\bhttps\b/i.test(words);
      this.sentenceDenial.set(sentence, known);
    }
    return known;
  }

  private sentenceText(sentence: number): string {
    const breaks = this.prepared.breaks;
    const from = sentence > 0 ? (breaks[sentence - 1] as number) + 1 : 0;
    return this.text.slice(from, breaks[sentence] ?? this.text.length);
  }

  private inHttpSentence(sentence: number): boolean {
    if (sentence < 0 || sentence > this.prepared.breaks.length) return false;
    this.sentenceContext ??= new Map();
    let known = this.sentenceContext.get(sentence);
    if (known === undefined) {
      const words = this.sentenceText(sentence);
      known = HTTP_CONTEXT.test(words) || HEADER_NAME.test(words);
      this.sentenceContext.set(sentence, known);
    }
    return known;
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
