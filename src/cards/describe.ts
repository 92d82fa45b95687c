import type { Catalog, Entry } from "../knowledge/catalog.ts";
import type { Caching, RetryKind } from "../knowledge/schema.ts";
import { escapeMrkdwn } from "./mrkdwn.ts";

/** "403 Forbidden", or "499 Client Closed Request (nginx)" for an unofficial meaning. */
export function title(entry: Entry): string {
  const code = String(entry.code).padStart(3, "0");
  return entry.registered ? `${code} ${entry.phrase}` : `${code} ${entry.phrase} (${entry.origin})`;
}

export function classLabel(catalog: Catalog, digit: number): string {
  const info = catalog.classInfo(digit);
  return info ? `${digit}xx ${info.name}` : "outside the five standard classes";
}

const STATUS_LABEL: Record<Entry["status"], string> = {
  standard: "Standard",
  deprecated: "Deprecated",
  reserved: "Reserved",
  temporary: "Temporary registration",
  obsoleted: "Obsoleted",
  unofficial: "Unofficial",
};

/** The status badge: standard / deprecated / ... / unofficial with its origin. */
export function badge(entry: Entry): string {
  const icon = entry.registered ? (entry.status === "standard" ? "✅" : "⚠️") : "🏷️";
  const label = entry.registered
    ? STATUS_LABEL[entry.status]
    : `Unofficial: ${entry.origin}, not in the IANA registry`;
  return `${icon} ${escapeMrkdwn(label)}`;
}

/** "RFC 9110 §15.5.4" as a link when we have one. */
export function specLink(entry: Entry): string {
  const label = escapeMrkdwn(`${entry.spec.document}${entry.spec.section ? ` §${entry.spec.section}` : ""}`);
  return entry.spec.url ? `<${entry.spec.url}|${label}>` : label;
}

export const RETRY_LABEL: Record<RetryKind, string> = {
  "not-an-error": "Success: nothing to retry",
  "keep-waiting": "Interim: keep waiting for the final response",
  "follow-redirect": "Follow the Location header",
  "do-not-retry": "Do not retry: it will fail the same way",
  "retry-after-change": "Retry only after changing the request",
  "retry-after-delay": "Retry after a delay (honour Retry-After)",
  "retry-idempotent": "Retry idempotent requests with backoff",
};

const CACHING_LINE: Record<Caching, string> = {
  heuristic: "Heuristically cacheable: caches may store it without explicit freshness headers.",
  explicit: "Not heuristically cacheable: cached only with explicit Cache-Control or Expires.",
  never: "Never stored: caches must not keep this response, whatever its headers say.",
};

export function cacheLine(entry: Entry): string {
  return CACHING_LINE[entry.caching];
}

export function entryName(catalog: Catalog, code: number): string {
  const entry = catalog.byCode(code)[0];
  return entry ? title(entry) : String(code);
}

/** What else this number means: a clash with the registry or between vendors. */
export function clashLine(catalog: Catalog, entry: Entry): string | undefined {
  const others = entry.sharesNumberWith
    .map((id) => catalog.entry(id))
    .filter((e): e is Entry => e !== undefined);
  if (!others.length) return undefined;
  const parts = others.map((other) =>
    other.registered
      ? `registered as *${escapeMrkdwn(other.phrase)}*`
      : `used by ${escapeMrkdwn(other.origin ?? "")} for *${escapeMrkdwn(other.phrase)}*`,
  );
  return `${entry.code} also means something else: ${parts.join("; ")}. Check who sent it.`;
}
