import type { Entry } from "../../knowledge/catalog.ts";
import type { CodeMention } from "../intents/numbers.ts";
import type { Question } from "../types.ts";
import type { ExampleEvidence } from "./examples.ts";
import type { SearchHit } from "./index.ts";
import {
  ASKS_FOR_ALTERNATIVE_ELSEWHERE,
  ASKS_FOR_CODE_ELSEWHERE,
  CURRENT_AFTER_ELSEWHERE,
  CURRENT_BEFORE_ELSEWHERE,
  OPTION_WORDS_ELSEWHERE,
  PROPOSE_AFTER_ELSEWHERE,
} from "./other-languages.ts";
import { foldText } from "./text.ts";

/*
 * What the ranker sees of a question and of each code it could answer with. Every feature is a
 * number, mostly 0..1; the weights that combine them are learned (bench/train.ts), not set by hand.
 */

/** The features of one candidate code, in the order of the learned weights. */
export const CANDIDATE_FEATURES = [
  "scenarioMatch",
  "scenarioOfQuestion",
  "scenarioPrecision",
  "keywordShare",
  "nameShare",
  "textShare",
  "coverage",
  "evidence",
  "matchedShare",
  "namedOrKeyword",
  "handScore",
  "handMargin",
  "unofficialUnnamed",
  "unofficialNamed",
  "retired",
  "mentioned",
  "mentionedAsked",
  "mentionedCurrent",
  "mentionedProposed",
  "mentionedOption",
  "mentionedNegative",
  "mentionedIdentity",
  "mentionedStatus",
  "mentionedSole",
  "mentionedUnasked",
  "mentionedGuessed",
  "mentionedCurrentAsked",
  "mentionedAlternativeAsked",
  "mentionedDefaultAsked",
  "alternativeOfMentioned",
  "neighbourOfMentioned",
  "notAmongOptions",
  "classNamed",
  "searchRank",
  "exampleBest",
  "exampleVotes",
  "factBest",
  "factVotes",
  "sourceBySignal",
  "sourceByName",
  "modelShare",
  "modelFirst",
] as const;
export type CandidateFeature = (typeof CANDIDATE_FEATURES)[number];
/** Each candidate feature's position in CANDIDATE_FEATURES (and in a candidate's features). */
const AT = positionsOf(CANDIDATE_FEATURES);

/**
 * Each name's position in `names`: where a feature vector keeps that feature. The vectors are
 * written by position (`v[AT.coverage] = ...`): a record of forty named values read into an array
 * afterwards allocated the record per question, and V8's escape analysis of it was most of the cost
 * of optimising the functions that build one.
 */
export function positionsOf<Name extends string>(names: readonly Name[]): Readonly<Record<Name, number>> {
  return Object.fromEntries(names.map((name, i) => [name, i])) as Record<Name, number>;
}

/** The features of a whole answer (its best candidate), for the decision to answer or not. */
export const CONFIDENCE_FEATURES = [
  "bias",
  "probability",
  "margin",
  "coverage",
  "scenarioMatch",
  "evidence",
  "matchedShare",
  "namedOrKeyword",
  "words",
  "unknownShare",
  "hasMention",
  "topMentioned",
  "mentionStatus",
  "asksForCode",
  "domainWords",
  "handRule",
  "precision",
  "fewWords",
  "searchTop",
  "topMentionStatus",
  "topIdentity",
  "shortByHand",
  "shortNotByHand",
  "shortPrecision",
  "shortNamedOrKeyword",
  "shortEvidence",
  "command",
  "exampleBest",
  "exampleVotes",
  "exampleClosest",
  "factBest",
  "factClosest",
  "otherSystem",
  "otherSystemNoHttp",
  "numbersNotCodes",
  "numbersNoHttp",
  "statement",
  "httpEvidence",
  "topIsSource",
  "modelTop",
  "modelAgrees",
  "pairedProbability",
  "noResponse",
] as const;
export type ConfidenceFeature = (typeof CONFIDENCE_FEATURES)[number];

/** How a code is written in the question: as what happens now, a proposal, an option, ... */
export interface MentionRoles {
  readonly current: boolean;
  readonly proposed: boolean;
  readonly option: boolean;
  readonly negative: boolean;
  readonly identity: boolean;
  readonly status: boolean;
  /** What the person expected or assumed ("i kind of expected 504", "not 429 like we expected"). */
  readonly guessed: boolean;
}

/** What the ranker reads in a question besides its words. */
export interface Cues {
  /** The question asks which code to use or which one comes back ("what should it return"). */
  readonly asksForCode: boolean;
  /** Words of HTTP APIs ("endpoint", "header", "request"): off-topic text rarely has them. */
  readonly domainWords: boolean;
  /** The roles of each code written in the question, by code. */
  readonly roles: ReadonlyMap<number, MentionRoles>;
  /** An instruction to a person ("deploy the app please", "merge it"), not a question or a situation. */
  readonly command: boolean;
  /** Classes named ("a 1xx code"). */
  readonly classes: ReadonlySet<number>;
  /** It asks for another code than one it names ("better code?", "what should it really be", "is there a more precise one"). */
  readonly asksForAlternative: boolean;
  /** It asks what a framework or server does by itself ("what does koa send by default", "out of the box"). */
  readonly asksForDefault: boolean;
  /**
   * Another system's errors are named (LDAP, IMAP, SQLSTATE, DNS, TLS alerts, exit codes, signals,
   * curl's own error numbers, HTTP/2 stream errors): what they say ("invalid credentials", "does not
   * exist") sounds like an HTTP situation and is not one.
   */
  readonly otherSystem: boolean;
  /** Numbers are written, and none of them is read as a status code (ids, dates, amounts). */
  readonly numbersNotCodes: boolean;
  /** Something is asked: a question mark, or a word that asks ("what", "should", "which code"). */
  readonly asks: boolean;
  /**
   * The client's own failure, with no HTTP response to it ("getaddrinfo ENOTFOUND", "Failed to
   * fetch", "curl: (52) Empty reply from server", "no response at all"), and no proxy or upstream
   * that would have turned it into a status: there is no status to name.
   */
  readonly noResponse: boolean;
}

const FILLER = String.raw`(?:(?:a|an|the|http|status|code|error|response|with|back|us|me|them|it|just|always|only|plain|generic|simple|an? http)\s+){0,3}`;
const CURRENT_BEFORE = new RegExp(
  String.raw`\b(?:returns?|returning|returned|sends?|sending|sent|gives?|giving|gave|respond(?:s|ed|ing)?(?: with)?|answer(?:s|ed|ing)?(?: with)?|throws?|throwing|threw|currently|now|gets?|getting|got|receiv(?:e|es|ed|ing)|seeing|see|saw|shows?|showing|logs?|logged|emits?|spits? out|comes? back(?: with)?|fail(?:s|ed|ing)? with|errors? (?:out )?with|maps? (?:it )?to|mapped to|defaults? to|uses?|using|used|it's|its|is|was)\s+${FILLER}$`,
);
const PROPOSE_BEFORE = new RegExp(
  String.raw`\b(?:should (?:i|we|it|this|that|they|you) (?:use|return|send|be|respond with|answer with|go with|throw)|(?:is|isn't|would|wouldn't|could|does|would) |thinking (?:of|about)|lean(?:ing)?(?: towards?| to)?|prefer|go(?:ing)? with|suggest(?:s|ed)?|propose[sd]?|recommend(?:s|ed)?|wants? to (?:use|return|send)|planning to (?:use|return|send)|consider(?:ing)?|say(?:s|ing)?|said|use)\s+${FILLER}$`,
);
const PROPOSE_AFTER =
  /^\s*(?:(?:is |would be |be |really )?(?:ok|okay|right|correct|fine|appropriate|acceptable|legit|valid|better|good|proper|enough|wrong|the right|a good|semantically)|here\b|for (?:this|that|it|these|those)\b|(?:in|for) (?:this|that|such a) case)/;
/**
 * "401 for a banned user?", "403 when token expired?": a code that opens the question, then the
 * situation it is meant for and a question mark, is proposed for that situation. A symptom reads the
 * same way and is not a proposal: the person's own doing ("415 when sending json from axios?", "403
 * when I call the api"), or a why ("500 since yesterday? any idea why").
 */
const LEADING_PROPOSAL_BEFORE = /^[\s`*_>~"'(]*(?:(?:is|use|return|send|using|returning|sending)\s+)?$/;
const LEADING_PROPOSAL_AFTER = /^\s*(?:for|when|if|in case(?: of)?)\s+(?![a-z]+ing\b)[^.?!]{2,80}\?/;
const SYMPTOM_WORDS =
  /\b(?:i|i'm|im|my|we|we're|our|me|us|why|any idea|anyone|postman|curl|axios|fetch|browser|refresh|reload)\b/;
/** "should I use 403?": a question mark right after a code proposes it, unless the code is asked about. */
const QUESTION_AFTER = /^\s*\?/;
const OPTION_AFTER = new RegExp(
  String.raw`^\s*(?:,|or|vs\.?|versus|\/|and|${OPTION_WORDS_ELSEWHERE})\s*(?:(?:a|an|the|maybe|even|http)\s+)?\d{3}\b`,
);
const OPTION_BEFORE = new RegExp(
  String.raw`\b\d{3}(?:'?s)?\s*(?:,|or|vs\.?|versus|\/|${OPTION_WORDS_ELSEWHERE})\s*(?:(?:a|an|the|maybe|even|http)\s+)?$`,
);
const BETWEEN_BEFORE = /\bbetween\s+(?:(?:a|an|the|http)\s+)?$/;
const NEGATIVE_BEFORE =
  /\b(?:not|instead of|rather than|never|wrong|incorrect|shouldn't|should not|don't|do not|isn't|avoid|stop(?:ped)? (?:returning|sending|using)|no longer)\b[^.?!]{0,16}$/;
const NEGATIVE_AFTER =
  /^[^.?!]{0,40}\b(?:wrong|incorrect|not right|isn't right|is bad|breaks?|kills?|confus\w*|lost|loses|doesn't work|does not work|not work|problem|issue|bug|misleading|not ideal|feels off)\b/;
const IDENTITY_BEFORE =
  /\b(?:what(?:'s| is| are| does| do)?|whats|explain|meaning of|define|which is)\s+(?:(?:a|an|the|this|that|these|those|http|status|code|error|response|elb_status_code|an http)\s+){0,3}$/;
const IDENTITY_AFTER = /^(?:'?s|'?d)?\s*(?:mean|means|meaning|stand for|stands for|exactly|actually)\b/;

const ASKS_FOR_CODE = new RegExp(
  [
    String.raw`\b(?:what|which|wat|wich|wht)\b[^.?!]{0,60}\b(?:status|code|response|return|send|respond|reply|use|one|answer|get|see|give)`,
    String.raw`\bwhat should\b`,
    String.raw`\b(?:right|correct|proper|appropriate|best|better|cleaner|precise|accurate|specific|semantic(?:ally)? correct|standard|conventional|idiomatic|recommended|usual|typical)\b[^.?!]{0,20}\b(?:status|code|response|one|way|choice|option|http|thing|number|alternative)`,
    String.raw`\b(?:better|other|another|different|alternative)\s+(?:option|choice|code|status|one|way|idea)`,
    String.raw`\binstead\b`,
    String.raw`\bshould (?:it|we|i|this|that|they|the \w+) (?:be|return|send|use|respond|answer|get|throw)\b`,
    String.raw`\bwhich one\b`,
    String.raw`\bis (?:that|this|it) (?:right|correct|ok|okay|fine|good|legit|wrong|true)\b`,
    String.raw`\bhow (?:do|should|can|to) (?:i |we )?(?:say|tell|signal|indicate|return|respond)\b`,
    String.raw`\b(?:ok|okay|right|correct|fine|appropriate|acceptable|legit|wrong)\s*\?`,
    String.raw`\bis there (?:a|an|any|some)\b[^.?!]{0,30}\b(?:code|status|something|response|way)`,
    String.raw`\b(?:something|a code|a status|one) (?:that|which) (?:says|means|signals|tells|indicates)\b`,
    String.raw`\bwhat (?:then|else|instead|now)\b`,
    String.raw`\b(?:alternative|alternatives)\b`,
    String.raw`\bwhat (?:do|would|should|can) (?:i|we|you|they) (?:return|send|use|answer|reply|respond|give|throw|put)\b`,
    String.raw`\b\d{3}(?:'?s)?\s*(?:,|or|vs\.?|versus)\s*(?:(?:a|an|the|maybe)\s+)?\d{3}\b[^.!]*\?`,
  ].join("|"),
);
/** Words of HTTP APIs ("endpoint", "header", "request"): off-topic text rarely has them. */
export const DOMAIN_WORDS =
  /\b(?:https?|api|apis|endpoint|endpoints|(?<!\b(?:merge|pull|feature|change) )requests?|response|responses|server(?! (?:rack|racks|room|rooms|farm|closet|cabinet|hardware|fans?|psu|disks?))|client|clients|header|headers|status|statuses|code|codes|rest|restful|route|url|uri|get|post|put|patch|delete|json|proxy|gateway|nginx|cloudflare|browser|cache|redirect|upstream|backend|frontend|webhook|token|auth|login|upload|download|payload|body|query|param|params|resource|graphql|cors|csrf|cdn|alb|elb|load balancer|ingress|lambda|curl|fetch|axios|framework|express|django|flask|rails|laravel|spring|retry)\b/;
const COMMAND =
  /^(?:(?:please|pls|plz|can you|could you|can someone|someone|pls)\s+)?(?:deploy|merge|ship|restart|reboot|run|build|push|pull|install|update|upgrade|close|open|send (?:me|us|him|her|them|it|over)|book|add|turn|scale|increase|decrease|bump|cut|rebase|approve|review|tell|write|show|give|order|make|fix|check|ping|call|email|schedule|move|rename|clean|delete|remove|revert|roll|kill|start|stop|test|try|look|read|sign|invite|join|share|post|print|grab|get me|buy|lets|let's|translate|summari[sz]e|convert|calculate|compute|generate|draft|compose|remind)\b(?![^?]*\?)/;
const ASKS_FOR_ALTERNATIVE =
  /\b(?:better|cleaner|nicer|more (?:precise|specific|appropriate|accurate|correct|standard|semantic|fitting)|instead|alternative|rather|really be|should it (?:really )?be|what (?:then|else)|other (?:code|status|option)|something else|wrong|not right|isn'?t right|doesn'?t fit|misus\w*|abus\w*)\b/;
const ASKS_FOR_DEFAULT =
  /\b(?:by default|default(?:s)?|out of the box|automatically|on its own|by itself|itself|built[- ]in|what does (?:it|\w+) (?:send|return|respond|answer)|which (?:code|status) does \w+|what status does \w+|under the hood)\b/;
const GUESS_BEFORE =
  /\b(?:expect(?:ed|ing)?|assum(?:e|ed|ing)|thought|guess(?:ed|ing)?|figured|i think|iirc|afaik|i believe|pretty sure|supposedly|instead of the)\b[^.?!;]{0,24}$/;
const GUESS_AFTER =
  /^[^.?!;]{0,16}\b(?:like (?:we|i|you) (?:expected|thought|assumed)|as (?:we|i) expected|i (?:assumed|thought|guess|expected)|iirc|afaik|right\?)/;
/** A question is asked: a question mark, or a word that asks. */
const ASKS =
  /\?|\b(?:what|which|why|how|whats|wat|should|shall|could|would|can|does|do|did|is|are|anyone|anybody|explain|mean|means|meaning|status|code|codes|return|returns|send|sends|get|gets|got|getting)\b/;
const CLASS_NAMED = /\b([1-5])(?:xx|\*\*)\b/g;
/** Lexical cues of other systems' errors (not facts about any code). */
const OTHER_SYSTEM =
  /\b(?:ldaps?|imap|pop3|smtp|e?smtp|ftps?|sip|mqtt|amqps?|rabbitmq|kafka|sqlstate|ora-\d+|mysql|postgres(?:ql)?|psql|sqlite|sql server|mongo(?:db)?|redis|dns|nxdomain|servfail|rcode|tls alert|ssl alert|handshake_failure|exit (?:code|status)|exited|exit \d+|signal \d+|sig(?:segv|kill|term|hup|int|abrt|pipe)|oomkilled|segfault|errno|curl: \(\d+\)|net::err_\w+|smb|nt_status\w*|kerberos|kdc_err\w*|radius|bgp|icmp|modbus|snmp|rst_stream|goaway|refused_stream|frame_size_error|http\/2 error|h2 error|hresult|0x[0-9a-f]{2,}|bsod|npm err|getaddrinfo|websocket close|close code \d{4}|grpc|e11000|nsurlerror\w*|publickey|ssh|non-fast-forward|git (?:push|pull|fetch|clone|merge|rebase)|curl (?:error )?\d{1,2}|reason code)\b/i;

/**
 * A client that got no HTTP response at all: name resolution, connection, TLS and timeout errors as
 * clients word them, and the placeholders they show for a missing status (curl's 000, a browser's or
 * a load tester's status 0, an undefined response).
 */
const NO_RESPONSE = new RegExp(
  [
    // The client got none: "got no response", "no response at all"; not "no response body".
    String.raw`\b(?:got|get|gets|getting|received?|receives|receiving|with|and|but|there'?s|there is|there was) no (?:http )?(?:response|reply)\b(?! (?:body|payload|content|data|header))|\bno (?:http )?response (?:at all|from (?:the )?(?:server|backend|api|origin))\b|\b(?:never (?:got|gets|get|received|receives)|without (?:sending |receiving |getting )?|(?:didn't|did not|doesn't|does not) (?:get|receive)) an? (?:http )?(?:response|reply)\b`,
    String.raw`\bempty reply from server\b|\bsocket hang ?up\b|\bno response object\b`,
    // The placeholders for no status: curl's 000 (not "10 000"), a status 0, an undefined response.
    String.raw`\b(?:error\.)?response (?:is |was )?(?:undefined|null|missing)\b|\bstatus(?:: |=| is | of )?(?:undefined|null)\b|\bstatus(?: ?[=:] ?| is | was | of | )0\b|\bstatus (?:\(failed\)|failed\b)|\(canceled\)|(?<![\d.,]\s?)(?<!\d)000\b`,
    String.raw`\bfailed to fetch\b|\bnetwork (?:error|request failed)\b|\berr_(?:connection_\w+|name_not_resolved|tunnel_connection_failed|ssl_\w+|cert_\w+|timed_out|internet_disconnected)\b|\bssl_error_\w+`,
    String.raw`\b(?:econnrefused|econnreset|enotfound|eai_again|etimedout|ehostunreach|enetunreach)\b|\bgetaddrinfo\b|\bno such host\b|\bname ?resolution ?error\b|\bnxdomain\b|\bdial tcp\b|\bi\/o timeout\b`,
    // Clients' own timeouts and disconnections, before any status came.
    String.raw`\b(?:sockettimeoutexception|readtimeout|read timed out|connect(?:ion)? timed out|httpconnecttimeoutexception|httptimeoutexception|econnaborted|timeout of \d+ ?ms exceeded|serverdisconnectederror|server disconnected|cors error|blocked by cors policy|ssl connection could not be established)\b`,
    String.raw`\b(?:tls|ssl) handshake (?:failure|failed|error|timeout)\b|\bhandshake failure\b|\bx509:|\bcertificate (?:signed by unknown authority|has expired|verify failed)\b|\bssl(?:handshake|peerunverified)exception\b|\bnsurlerror\w*\b|\bremoteprotocolerror\b|\bconnection (?:refused|reset)\b|\bcurl: ?\((?:6|7|28|35|52|56|60)\)`,
  ].join("|"),
);
/**
 * Which status a server should send when such a failure happens ("what status should we send when
 * the webhook gets no reply within 5s?"): a design question, whatever the failure.
 */
const ASKS_WHAT_A_SERVER_SENDS =
  /\b(?:should|shall|ought to|supposed to|better to)\b[^.?!]{0,40}\b(?:return|send|respond|reply|answer|throw)\b|\bwhat (?:status|code) to (?:send|return|use)\b/;
/** A proxy, gateway or upstream that answered the client for the failure: its status is the answer. */
const FAILURE_ANSWERED_BY_A_PROXY =
  /\bupstream\b|\bwhile (?:connecting to|reading response header from)\b|\b(?:proxy|gateway|load balancer|ingress|nginx|envoy|haproxy|alb|elb|cloudflare|cdn|traefik|istio)\b[^.?!]{0,60}\b(?:returns?|returned|answers?|answered|sends?|sent|responds?|responded|gives?|gave|shows?|showed)\b/;

/** Whether a question describes a client's own failure that no response answered (see Cues). */
function readsNoResponse(question: Question, lower: string): boolean {
  return (
    NO_RESPONSE.test(lower) &&
    !FAILURE_ANSWERED_BY_A_PROXY.test(lower) &&
    !ASKS_WHAT_A_SERVER_SENDS.test(lower) &&
    // A status read in context, other than the placeholders for none (curl's 000, status 0).
    !question.numbers.mentions.some((mention) => mention.statusContext && mention.entry.code >= 100)
  );
}

/** Reads the cues of a question: what it asks, and the role of each code written in it. */
export function readCues(question: Question): Cues {
  const { lower, folded } = question;
  const roles = new Map<number, MentionRoles>();
  for (const mention of question.numbers.mentions) {
    const found = rolesOf(lower, mention);
    const known = roles.get(mention.entry.code);
    roles.set(
      mention.entry.code,
      known
        ? {
            current: known.current || found.current,
            proposed: known.proposed || found.proposed,
            option: known.option || found.option,
            negative: known.negative || found.negative,
            identity: known.identity || found.identity,
            status: known.status || found.status,
            guessed: known.guessed || found.guessed,
          }
        : found,
    );
  }
  const classes = new Set<number>();
  for (const match of lower.matchAll(CLASS_NAMED)) classes.add(Number(match[1]));
  return {
    asksForCode: ASKS_FOR_CODE.test(lower) || ASKS_FOR_CODE_ELSEWHERE.test(folded),
    command: COMMAND.test(lower) || (/\b(?:please|pls|plz)\b/.test(lower) && !/\?/.test(lower)),
    domainWords: DOMAIN_WORDS.test(lower),
    roles,
    classes,
    asksForAlternative: ASKS_FOR_ALTERNATIVE.test(lower) || ASKS_FOR_ALTERNATIVE_ELSEWHERE.test(folded),
    asksForDefault: ASKS_FOR_DEFAULT.test(lower),
    otherSystem: OTHER_SYSTEM.test(lower),
    numbersNotCodes: question.numbers.entries.length === 0 && /\d/.test(lower),
    asks: ASKS.test(lower),
    noResponse: readsNoResponse(question, lower),
  };
}

function rolesOf(lower: string, mention: CodeMention): MentionRoles {
  const before = lower.slice(Math.max(0, mention.index - 60), mention.index);
  const after = lower
    .slice(mention.index + mention.length, mention.index + mention.length + 60)
    .replace(/^(?:'?s|'?d|'?ing|'?ed)\b/, "");
  const identity = IDENTITY_BEFORE.test(before) || IDENTITY_AFTER.test(after);
  // The same words in the other languages, without their accents.
  const foldedBefore = foldText(before);
  const foldedAfter = foldText(after);
  return {
    current:
      CURRENT_BEFORE.test(before) ||
      CURRENT_BEFORE_ELSEWHERE.test(foldedBefore) ||
      CURRENT_AFTER_ELSEWHERE.test(foldedAfter),
    // "what is 460?" asks about the code; "is 460 right?" and "should we use 460?" propose it.
    proposed:
      PROPOSE_AFTER.test(after) ||
      PROPOSE_AFTER_ELSEWHERE.test(foldedAfter) ||
      (!identity &&
        (PROPOSE_BEFORE.test(before) ||
          QUESTION_AFTER.test(after) ||
          (mention.index <= 12 &&
            LEADING_PROPOSAL_BEFORE.test(lower.slice(0, mention.index)) &&
            LEADING_PROPOSAL_AFTER.test(after) &&
            !SYMPTOM_WORDS.test(after)))),
    option: OPTION_AFTER.test(after) || OPTION_BEFORE.test(before) || BETWEEN_BEFORE.test(before),
    negative: NEGATIVE_BEFORE.test(before) || NEGATIVE_AFTER.test(after),
    identity,
    status: mention.statusContext,
    guessed: GUESS_BEFORE.test(before) || GUESS_AFTER.test(after),
  };
}

/** Everything about the question and the candidates that the candidate features need. */
export interface CandidateContext {
  readonly cues: Cues;
  readonly meaningfulWords: number;
  readonly topHandScore: number;
  /** Codes the codes written in the question say to use instead, and their other neighbours. */
  readonly alternatives: ReadonlySet<number>;
  readonly neighbours: ReadonlySet<number>;
  /** The status the source facts name for the question (data/sources/), and whether a signal found it. */
  readonly source: { readonly code: number; readonly bySignal: boolean } | undefined;
  /** The word model's probability of each code (examples.ts), and its most probable code. */
  readonly model: ReadonlyMap<number, number>;
  readonly modelFirst: number | undefined;
}

/** The codes a written code points at: what its data says to use instead, and its relatives. */
export function neighboursOf(
  written: readonly Entry[],
  comparisonsOf: (code: number) => readonly { codes: readonly [number, number] }[],
): { alternatives: Set<number>; neighbours: Set<number> } {
  const alternatives = new Set<number>();
  const neighbours = new Set<number>();
  for (const entry of written) {
    for (const alternative of entry.avoid_when)
      if (alternative.use !== undefined) alternatives.add(alternative.use);
    for (const code of entry.related) neighbours.add(code);
    for (const comparison of comparisonsOf(entry.code))
      for (const code of comparison.codes) neighbours.add(code);
  }
  for (const entry of written) {
    alternatives.delete(entry.code);
    neighbours.delete(entry.code);
  }
  return { alternatives, neighbours };
}

const NO_ROLES: MentionRoles = {
  current: false,
  proposed: false,
  option: false,
  negative: false,
  identity: false,
  status: false,
  guessed: false,
};

/**
 * A yes/no feature as a number. At module level, not a closure made per candidate or question: under
 * tsx each closure made also costs a call that names it (esbuild's keepNames): 2.5% of bench/cpu.ts's profile.
 */
export function flag(value: boolean): number {
  return value ? 1 : 0;
}

/** The feature vector of one candidate, in the order of CANDIDATE_FEATURES. */
/**
 * A row of CANDIDATE_FEATURES.length zeros that V8 stores as doubles (it was made of fractions: an
 * array's kind only ever widens). candidateFeatures copies it, where \`new Array(length)\` made an
 * array of small integers with holes that was copied again into doubles at the first fraction.
 */
const DOUBLE_ROW: readonly number[] = Array.from(CANDIDATE_FEATURES, () => 0.5).fill(0);

export function candidateFeatures(
  hit: SearchHit,
  rank: number,
  example: ExampleEvidence | undefined,
  fact: ExampleEvidence | undefined,
  context: CandidateContext,
): number[] {
  const { entry } = hit;
  const { cues } = context;
  const roles = cues.roles.get(entry.code);
  const mentioned = roles !== undefined;
  const r = roles ?? NO_ROLES;
  let anyOption = false;
  for (const role of cues.roles.values()) if (role.option) anyOption = true;
  // Written straight into the array by position: a 40-key object read into an array afterwards
  // allocated the object (and a box for each fractional value) per candidate. Every position is
  // written below; the copy of a row of doubles only gives the array its final kind from the start.
  const v: number[] = DOUBLE_ROW.slice();
  v[AT.scenarioMatch] = hit.scenarioMatch;
  v[AT.scenarioOfQuestion] = hit.scenarioOfQuestion;
  v[AT.scenarioPrecision] = hit.scenarioPrecision;
  v[AT.keywordShare] = hit.keywordShare;
  v[AT.nameShare] = hit.nameShare;
  v[AT.textShare] = hit.textShare;
  v[AT.coverage] = hit.coverage;
  v[AT.evidence] = Math.log1p(hit.evidence) / 3;
  v[AT.matchedShare] = context.meaningfulWords ? Math.min(1, hit.matchedWords / context.meaningfulWords) : 0;
  v[AT.namedOrKeyword] = flag(hit.namedOrKeyword);
  v[AT.handScore] = hit.score;
  v[AT.handMargin] = hit.score - context.topHandScore;
  v[AT.unofficialUnnamed] = flag(!entry.registered && !hit.originNamed);
  v[AT.unofficialNamed] = flag(!entry.registered && hit.originNamed);
  v[AT.retired] = flag(
    entry.status === "deprecated" || entry.status === "obsoleted" || entry.status === "reserved",
  );
  v[AT.mentioned] = flag(mentioned);
  v[AT.mentionedAsked] = flag(mentioned && cues.asksForCode);
  v[AT.mentionedCurrent] = flag(r.current);
  v[AT.mentionedProposed] = flag(r.proposed);
  v[AT.mentionedOption] = flag(r.option);
  v[AT.mentionedNegative] = flag(r.negative);
  v[AT.mentionedIdentity] = flag(r.identity);
  v[AT.mentionedStatus] = flag(r.status);
  v[AT.mentionedSole] = flag(mentioned && cues.roles.size === 1);
  v[AT.mentionedUnasked] = flag(mentioned && !cues.asksForCode);
  v[AT.mentionedGuessed] = flag(r.guessed);
  v[AT.mentionedCurrentAsked] = flag(r.current && cues.asksForCode);
  v[AT.mentionedAlternativeAsked] = flag(mentioned && cues.asksForAlternative);
  v[AT.mentionedDefaultAsked] = flag(mentioned && cues.asksForDefault);
  v[AT.alternativeOfMentioned] = flag(context.alternatives.has(entry.code));
  v[AT.neighbourOfMentioned] = flag(context.neighbours.has(entry.code));
  v[AT.notAmongOptions] = flag(anyOption && !r.option);
  v[AT.classNamed] = flag(cues.classes.has(entry.class));
  v[AT.searchRank] = 1 / (1 + rank);
  v[AT.exampleBest] = example?.best ?? 0;
  v[AT.exampleVotes] = example?.votes ?? 0;
  v[AT.factBest] = fact?.best ?? 0;
  v[AT.factVotes] = fact?.votes ?? 0;
  v[AT.sourceBySignal] = flag(context.source?.code === entry.code && context.source.bySignal);
  v[AT.sourceByName] = flag(context.source?.code === entry.code && !context.source.bySignal);
  v[AT.modelShare] = context.model.get(entry.code) ?? 0;
  v[AT.modelFirst] = flag(context.modelFirst === entry.code);
  return v;
}
