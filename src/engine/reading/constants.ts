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

/** Constants that carry the number itself. */
const NUMBERED = /\bStatus(\d{3})[A-Z][A-Za-z]*|\bHTTP_(\d{3})(?:_[A-Z0-9_]+)?\b/g;

/** Constants that carry a name: group 1 is the name. */
const NAMED = [
  /\b(?:HttpStatus|HTTPStatus|HttpStatusCode|HttpStatusCodes|HTTPStatusCode|StatusCodes?|HttpServletResponse|httpStatus|HTTP_STATUS|http_status|Status)(?:\.|::)([A-Za-z][A-Za-z0-9_]*)/g,
  /\bStatus([A-Z][A-Za-z]*)\b/g,
  /\bHTTP([A-Z][a-z][A-Za-z]*)/g,
  /\bstatus\(\)\.is([A-Z][A-Za-z]*)\(/g,
  /\b(?:status|put_status|head|status code)\s*(?:=>\s*|:\s*|\(\s*|\s)?:([a-z][a-z_]*)/g,
  /(?:Exception\$|exceptions\.|RestClient::|Faraday::|HTTPError::|Exceptions::)([A-Z][A-Za-z]+?)(?:Error|Exception)?\b/g,
  /\bSC_([A-Z][A-Z_]+)\b/g,
];

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
  if (!/[.:$][A-Za-z]|HTTP_\d|HTTP[A-Z][a-z]|Status\d|Status[A-Z]|SC_[A-Z]/.test(text)) return found;
  for (const match of text.matchAll(NUMBERED)) {
    const code = Number(match[1] ?? match[2]);
    if (lookup.isKnown(code)) {
      found.push({ code, text: match[0], index: match.index, grpc: inGrpc(text, match.index) });
    }
  }
  for (const pattern of NAMED) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1] ?? "";
      if (/^(?:Status)?\d/.test(name) || /^HTTP_\d/.test(name)) continue;
      const code = lookup.codeForName(foldConstant(name));
      if (code === undefined || code === 0) continue;
      found.push({ code, text: match[0], index: match.index, grpc: inGrpc(text, match.index) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
