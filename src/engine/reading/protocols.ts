/*
 * Other protocols' codes: SMTP, FTP and SIP reply codes share HTTP's three-digit shape (SIP even its
 * phrases: "SIP 200 OK", "503 Service Unavailable"), WebSocket close codes are four digits, gRPC codes
 * go from 0 to 16 and errno values are small. The words around a number say which protocol it is.
 */

export type OtherProtocol = "smtp" | "ftp" | "sip" | "websocket" | "grpc" | "errno" | "other";

/** A code of another protocol, as written: "550", "1006", "14", "UNAVAILABLE", "ECONNRESET". */
export interface ProtocolCode {
  readonly protocol: OtherProtocol;
  readonly code: string;
  readonly index: number;
}

/**
 * Words that put a three-digit number in another protocol (lexical cues, not facts about codes). A
 * relay is a mail relay unless the words say it relays web traffic ("the webhook relay").
 */
const THREE_DIGIT_CUES: ReadonlyArray<readonly [OtherProtocol, RegExp]> = [
  [
    "smtp",
    /\b(?:e?smtp|postfix|sendmail|exim|qmail|mail\s?servers?|mailservers?|mta|rcpt|ehlo|helo|mail from|mailbox|(?<!(?:webhooks?|https?|api|event|proxy)\s)relay|bounced?|dsn|ses bounce)\b/i,
  ],
  ["sip", /\b(?:sip|pbx|voip|asterisk|freeswitch|kamailio|opensips|sip trunks?)\b/i],
  // FTP's own reply texts name its two connections: "421 Service not available, closing control
  // connection", "425 Can't open data connection", "226 Transfer complete".
  [
    "ftp",
    /\b(?:ftps?|vsftpd|proftpd|pure-ftpd|filezilla|ftp server|login incorrect|(?:closing|can't open|cannot open|opening \w+ mode) (?:control|data) connection|transfer complete|passive mode)\b/i,
  ],
  ["other", /\b(?:rtsp|mqtt|ldap|kerberos|nntp|imap|pop3|dns rcode|rcode|amqps?|rabbitmq|activemq|qpid)\b/i],
];

/** The cues above in one pattern, one group each: a number is checked in one pass. */
const ANY_THREE_DIGIT_CUE = new RegExp(THREE_DIGIT_CUES.map(([, cue]) => `(${cue.source})`).join("|"), "i");

/** An SMTP enhanced status code right after the number: "550 5.1.1", "421 4.7.0". */
const ENHANCED_STATUS = /^\s*[245]\.\d{1,3}\.\d{1,3}\b/;

const WEBSOCKET_CUE =
  /\b(?:web\s?-?sockets?|ws|wss|socket\.io|close\s?(?:code|frame|status|reason)s?|closed? with(?: code)?)\b/i;
const GRPC_CUE = /\b(?:grpc|g-rpc|rpc error|grpc[-_]status|statuscode\.)/i;
const ERRNO_BEFORE = /\b(?:errno|error number|system error|os error)\s*[:=]?\s*-?$/i;
/** nginx and others write errno as "(104: Connection reset by peer)". */
const ERRNO_PAREN_AFTER = /^\s*:\s*[A-Z][a-z]+(?:\s+[a-z]+){0,4}\)/;

/** The last `size` characters of `before`, without a word cut in two ("errorCode" is not "rCode"). */
function tailOf(before: string, size: number): string {
  const start = before.length - size;
  if (start <= 0) return before;
  let at = start;
  while (at < before.length && /\w/.test(before[at - 1] as string) && /\w/.test(before[at] as string)) at++;
  return before.slice(at);
}

/** The first `size` characters of `after`, without a word cut in two. */
function headOf(after: string, size: number): string {
  if (after.length <= size) return after;
  let at = size;
  while (at > 0 && /\w/.test(after[at - 1] as string) && /\w/.test(after[at] as string)) at--;
  return after.slice(0, at);
}

/**
 * The protocol a number belongs to, from the words close to it (`before` and `after` are clipped to
 * its clause by the caller), or undefined for an HTTP status or a plain number.
 */
export function protocolOf(
  digits: string,
  before: string,
  after: string,
  charBefore: string,
): OtherProtocol | undefined {
  const value = Number(digits);
  if (charBefore === "(" && ERRNO_PAREN_AFTER.test(after)) return "errno";
  if (ERRNO_BEFORE.test(before)) return "errno";
  if (digits.length === 3) {
    if (ENHANCED_STATUS.test(after)) return "smtp";
    const near = `${tailOf(before, 40)} ${digits} ${headOf(after, 30)}`;
    const cue = ANY_THREE_DIGIT_CUE.exec(near);
    if (!cue) return undefined;
    return THREE_DIGIT_CUES[cue.slice(1).findIndex((group) => group !== undefined)]?.[0];
  }
  if (digits.length === 4 && value >= 1000 && value <= 4999) {
    return WEBSOCKET_CUE.test(`${tailOf(before, 50)} ${headOf(after, 20)}`) ? "websocket" : undefined;
  }
  if (digits.length <= 2 && value <= 16) {
    return GRPC_CUE.test(`${tailOf(before, 40)} ${headOf(after, 20)}`) ? "grpc" : undefined;
  }
  return undefined;
}

/**
 * gRPC codes written by name: "rpc error: code = Unavailable", "grpc ... DEADLINE_EXCEEDED"; OK only
 * right after "grpc", "status" or "code" ("grpc OK", "status: OK").
 */
const GRPC_NAMED =
  /\bcode\s*=\s*([A-Z][A-Za-z]+)|\b(?:StatusCode\.|codes\.)([A-Z][A-Za-z_]+)|\b([A-Z]{2,}(?:_[A-Z]+)+|[A-Z]{5,})\b|\b(?:grpc|status|code)\s*[:=]?\s*(OK)\b/g;
/** A name of several words in capitals, not part of a qualified name or identifier. */
const GRPC_SNAKE_NAME = /(?<![\w.:$]|\d )([A-Z]{2,}(?:_[A-Z]+)+)(?![\w.(])/g;
/** errno names: ECONNRESET, ETIMEDOUT, EADDRINUSE. */
const ERRNO_NAMED =
  /\bE(?:CONN[A-Z]+|TIMEDOUT|ADDR[A-Z]+|PIPE|ACCES|PERM|NOENT|NOTFOUND|HOSTUNREACH|NETUNREACH|NETDOWN|AGAIN|MFILE|NFILE|NOSPC|EXIST|INVAL|IO|BADF|BUSY|CANCELED|PROTO|NOTCONN|ISCONN|NOBUFS|SHUTDOWN|DESTADDRREQ|MSGSIZE|NOTSUP|ALREADY|INPROGRESS|LOOP|NAMETOOLONG|ROFS|DQUOT|OVERFLOW)\b/g;

/** Codes of other protocols written as names, with the protocol said around them. */
export function namedProtocolCodes(text: string): ProtocolCode[] {
  const found: ProtocolCode[] = [];
  // Cheap guards first: almost no question names a gRPC code or an errno.
  if (/rpc|statuscode\./i.test(text) && GRPC_CUE.test(text)) {
    for (const match of text.matchAll(GRPC_NAMED)) {
      const code = match[1] ?? match[2] ?? match[3] ?? match[4];
      if (code) found.push({ protocol: "grpc", code, index: match.index });
    }
  } else if (/[A-Z]_[A-Z]/.test(text) && !/trpc/i.test(text)) {
    // Without the word gRPC, only a name of several words in capitals ("RESOURCE_EXHAUSTED maps
    // to?", a Google API's "status": "PERMISSION_DENIED"), and not in a tRPC error (tRPC has codes
    // of that shape too); the intent keeps it only if it is one of gRPC's. Not a qualified constant
    // (HttpStatus.NOT_FOUND is Spring's 404), nor a name after its number ("reply code 404
    // NOT_FOUND" is AMQP's).
    for (const match of text.matchAll(GRPC_SNAKE_NAME)) {
      // NOT_FOUND is also tRPC's, and any app's; the other names are gRPC's own.
      if (match[1] !== "NOT_FOUND")
        found.push({ protocol: "grpc", code: match[1] as string, index: match.index });
    }
  }
  if (!/\bE[A-Z]{2}/.test(text)) return found;
  for (const match of text.matchAll(ERRNO_NAMED)) {
    found.push({ protocol: "errno", code: match[0], index: match.index });
  }
  return found;
}
