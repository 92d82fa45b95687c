/*
 * Status codes written as named constants in code: http.StatusTeapot (Go), HTTPStatus.GONE (Python),
 * HttpStatus.CONFLICT (Spring), status.HTTP_204_NO_CONTENT (DRF), HttpStatusCode.TooManyRequests and
 * StatusCodes.Status503ServiceUnavailable (.NET), StatusCode::CREATED (Rust), SC_UNAUTHORIZED (Servlet),
 * web.HTTPTooManyRequests (aiohttp), status().isNotFound() (MockMvc), status: :not_found (Rails) and
 * exception classes named after a status. Names map to codes through the catalog's names.
 */
import { normalizeName } from "../../knowledge/names.ts";
import type { CodeLookup } from "./code-lookup.ts";

export interface ConstantReading {
  readonly code: number;
  readonly text: string;
  readonly index: number;
  /** Written in a gRPC namespace (grpc.StatusCode.NOT_FOUND): a gRPC code, not an HTTP one. */
  readonly grpc: boolean;
}

/**
 * Constants that carry the number itself: Status503ServiceUnavailable, HTTP_204_NO_CONTENT, Django's
 * Http404, HTTP403, metrics such as http_503_total, CloudWatch's HTTPCode_ELB_502_Count and alert or metric names such as ApiHigh404Rate.
 */
const NUMBERED =
  /\bStatus(\d{3})[A-Z][A-Za-z]*|\b(?:HTTP|Http|http)_?(\d{3})(?:_\w+)?\b|\bHTTPCode_[A-Za-z]+_(\d{3})_Count\b|(?<=[a-z])(\d{3})(?=(?:Rate|Count|Ratio|Errors?|Responses?|Total|Percent)\b)/g;

/** How a name found in code maps to a code. */
type NameKind =
  /** A status constant: any name the catalog knows. */
  | "constant"
  /** A method that builds a response (ResponseEntity.notFound()): registered codes only. */
  | "builder"
  /** An exception or error class (ConflictException): an error status, 4xx or 5xx. */
  | "exception";

/** Constants that carry a name: group 1 is the name. */
const NAMED: ReadonlyArray<readonly [RegExp, NameKind]> = [
  [
    /\b(?:HttpStatus|HTTPStatus|HttpStatusCode|HttpStatusCodes|HTTPStatusCode|StatusCodes?|HttpServletResponse|httpStatus|HTTP_STATUS|http_status|Status)(?:\.|::)([A-Za-z][A-Za-z0-9_]*)/g,
    "constant",
  ],
  [/\bStatus([A-Z][A-Za-z]*)\b/g, "constant"],
  [/\bHTTP([A-Z][a-z][A-Za-z]*)/g, "constant"],
  [/\bstatus\(\)\.is([A-Z][A-Za-z]*)\(/g, "constant"],
  [
    /\b(?:status|put_status|head|status code|have_http_status|render|renders|send_resp\(\s*\w+\s*,)\s*(?:=>\s*|:\s*|\(\s*|\s)?:([a-z][a-z_]*)/g,
    "constant",
  ],
  [
    /(?:Exception\$|exceptions\.|RestClient::|Faraday::|HTTPError::|Exceptions::)([A-Z][A-Za-z]+?)(?:Error|Exception)?\b/g,
    "constant",
  ],
  [/\bSC_([A-Z][A-Z_]+)\b/g, "constant"],
  // Symfony's Response::HTTP_NOT_FOUND, OpenResty's ngx.HTTP_GATEWAY_TIMEOUT.
  [/\bHTTP_([A-Z][A-Z_]*[A-Z])\b/g, "constant"],
  // Response builders and HTTP error factories across frameworks: actix HttpResponse::NotFound(),
  // Micronaut HttpResponse.notFound(), ASP.NET (Typed)Results.NotFound(), Spring ResponseEntity.ok(),
  // JAX-RS Response.ok(), hapi's Boom.badRequest(), http-errors' createError.NotFound(), Laravel's
  // assertNotFound().
  [
    /\b(?:HttpResponse|HttpResponses|TypedResults|Results|ResponseEntity|ServerResponse|Response|Boom|createError|createHttpError|HttpErrors|httpErrors)(?:\.|::)([A-Za-z][A-Za-z]*)\s*\(/g,
    "builder",
  ],
  [/(?:->|\.|\b)assert([A-Z][A-Za-z]*)\(/g, "builder"],
  // Swift's shorthand cases: Vapor's Abort(.notFound), Response(status: .created).
  [/(?:\bAbort\(\s*|\bstatus:\s*)\.([a-z][A-Za-z]*)\b/g, "builder"],
  // NestJS ConflictException, InternalServerErrorException, NotFoundError.
  [/\b([A-Z][A-Za-z]+?)(?:Http)?(?:Exception|Error)\b/g, "exception"],
];

/** A status written right after an exception's name: "NotFoundException: 503", "Error (429)". */
const WRITTEN_CODE_AFTER = /^\s*[:(]\s*[1-5]\d\d\b/;

/** "TooManyRequests", "TOO_MANY_REQUESTS", "SC_NOT_FOUND", "not_found" -> "too many requests" etc. */
export function foldConstant(name: string): string {
  return normalizeName(
    name
      .replace(/^SC_/, "")
      .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
      .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2"),
  );
}

function inGrpc(text: string, index: number): boolean {
  return /grpc[\w.]*[.:]$/i.test(text.slice(Math.max(0, index - 24), index));
}

export function readConstants(text: string, lookup: CodeLookup): ConstantReading[] {
  const found: ConstantReading[] = [];
  // Cheap guards: most texts contain no code at all.
  if (
    !/[.:$][A-Za-z]|HTTP_?\d|[Hh]ttp_?\d|HTTP[A-Z][a-z]|Status\d|Status[A-Z]|SC_[A-Z]|Http\d|[a-z]\d{3}[A-Z]|[a-z](?:Exception|Error)\b|assert[A-Z]/.test(
      text,
    )
  ) {
    return found;
  }
  for (const match of text.matchAll(NUMBERED)) {
    const code = Number(match.slice(1).find((group) => group !== undefined));
    if (lookup.isKnown(code)) {
      found.push({ code, text: match[0], index: match.index, grpc: inGrpc(text, match.index) });
    }
  }
  const taken = new Set<number>();
  for (const [pattern, kind] of NAMED) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1] ?? "";
      if (/^(?:Status)?\d/.test(name) || /^HTTP_\d/.test(name)) continue;
      // Where the name itself starts: one name read once, by the first pattern that reads it.
      const at = match.index + match[0].indexOf(name);
      if (taken.has(at)) continue;
      const folded = foldConstant(name);
      const code = kind === "constant" ? lookup.codeForName(folded) : lookup.registeredCodeForName(folded);
      if (code === undefined || code === 0 || (kind === "exception" && code < 400)) continue;
      // A code written next to the class wins: Spring Cloud's "NotFoundException: 503 ...".
      if (
        kind === "exception" &&
        WRITTEN_CODE_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 8))
      )
        continue;
      taken.add(at);
      found.push({ code, text: match[0], index: match.index, grpc: inGrpc(text, match.index) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
