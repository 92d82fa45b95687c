import type { CodeLookup } from "./code-lookup.ts";

/**
 * The five domains the manifest registers for unfurling (Slack allows at most five; subdomains such
 * as www.rfc-editor.org are covered by their domain). datatracker.ietf.org is the IETF's own HTML
 * rendering of RFC 9110, where its status sections are linked (old tools.ietf.org links land there
 * too); it replaced httpstat.us, offline since mid-2025. Links to the other sites we recognise
 * (httpstat.us, httpstatuses.com, httpwg.org) are still read in message text.
 */
export const UNFURL_DOMAINS = [
  "developer.mozilla.org",
  "httpstatuses.io",
  "http.cat",
  "rfc-editor.org",
  "datatracker.ietf.org",
] as const;

/** Every site whose pages we read status codes from (the unfurl domains and a few more). */
const STATUS_SITES = new Set<string>([...UNFURL_DOMAINS, "httpstat.us", "httpstatuses.com", "httpwg.org"]);

/** True when a host ("www.http.cat") is one of the sites we read status codes from. */
export function isStatusSite(host: string): boolean {
  return STATUS_SITES.has(
    host
      .toLowerCase()
      .replace(/^www\./, "")
      .replace(/\.$/, ""),
  );
}

/** A link found in a message, with the status code it points at. */
export interface StatusLink {
  readonly url: string;
  readonly code: number;
}

const THREE_DIGITS = /^[1-5]\d\d$/;

function hostOf(url: URL): string {
  return url.hostname
    .toLowerCase()
    .replace(/^www\./, "")
    .replace(/\.$/, "");
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function pathSegments(url: URL): string[] {
  return url.pathname.split("/").filter(Boolean).map(safeDecode);
}

/** "404", "404.jpg" -> 404; anything else -> undefined. */
function codeSegment(segment: string | undefined, allowImage = false): number | undefined {
  if (segment === undefined) return undefined;
  const bare = allowImage ? segment.replace(/\.(?:jpe?g|png|webp|gif)$/i, "") : segment;
  return THREE_DIGITS.test(bare) ? Number(bare) : undefined;
}

/** MDN: /{locale}/docs/Web/HTTP/Status/404 and /{locale}/docs/Web/HTTP/Reference/Status/404. */
function mdnCode(url: URL): number | undefined {
  const parts = pathSegments(url).map((part) => part.toLowerCase());
  const docs = parts.indexOf("docs");
  // The locale is optional ("/docs/..." redirects to the reader's locale) and is one segment at most.
  if (docs < 0 || docs > 1) return undefined;
  if (docs === 1 && !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/.test(parts[0] ?? "")) return undefined;
  const rest = parts.slice(docs + 1);
  const path = rest.slice(0, -1).join("/");
  if (path !== "web/http/status" && path !== "web/http/reference/status") return undefined;
  return codeSegment(rest.at(-1));
}

/** RFC section anchors: #section-15.5.5 (rfc-editor.org, datatracker) -> the catalog's entry. */
function rfcCode(rfc: string, fragment: string, codes: CodeLookup): number | undefined {
  const section = fragment.match(/^section-(\d+(?:\.\d+)*)$/i)?.[1];
  if (section) {
    // A subsection (15.5.5.1) still belongs to its status code's section.
    const parts = section.split(".");
    while (parts.length >= 1) {
      const code = codes.codeForSection(rfc, parts.join("."));
      if (code !== undefined) return code;
      parts.pop();
    }
    return undefined;
  }
  // The HTML renderings also have named anchors: #name-404-not-found, #status.404 (httpwg.org).
  const named = fragment.match(/^(?:name-|status\.)([1-5]\d\d)(?:\b|-|$)/i)?.[1];
  return named === undefined ? undefined : Number(named);
}

function rfcNumber(segment: string | undefined): string | undefined {
  return segment?.match(/^rfc(\d{3,5})(?:\.(?:html|txt|pdf|xml))?$/i)?.[1];
}

/**
 * The status code a link points at, or undefined when the link is not a status-code page we know or
 * the code is not one the catalog describes.
 */
export function statusCodeFromUrl(href: string, codes: CodeLookup): number | undefined {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
  const host = hostOf(url);
  const parts = pathSegments(url);
  const fragment = safeDecode(url.hash.replace(/^#/, ""));
  let code: number | undefined;
  switch (host) {
    case "developer.mozilla.org":
      code = mdnCode(url);
      break;
    case "http.cat":
      // http.cat/404, http.cat/404.jpg and the newer http.cat/status/404
      if (parts.length === 1) code = codeSegment(parts[0], true);
      else if (parts.length === 2 && parts[0]?.toLowerCase() === "status") code = codeSegment(parts[1], true);
      break;
    case "httpstatuses.io":
    case "httpstatuses.com":
    case "httpstat.us":
      if (parts.length === 1) code = codeSegment(parts[0]);
      break;
    case "rfc-editor.org": {
      const rfc = parts.length === 2 && parts[0]?.toLowerCase() === "rfc" ? rfcNumber(parts[1]) : undefined;
      if (rfc) code = rfcCode(rfc, fragment, codes);
      break;
    }
    case "datatracker.ietf.org": {
      // /doc/html/rfc9110 and /doc/rfc9110
      const rfc =
        parts[0] === "doc"
          ? rfcNumber(parts[1] === "html" && parts.length === 3 ? parts[2] : parts[1])
          : undefined;
      if (rfc && parts.length <= 3) code = rfcCode(rfc, fragment, codes);
      break;
    }
    case "httpwg.org": {
      // /specs/rfc9110.html#status.404
      const rfc = parts.length === 2 && parts[0] === "specs" ? rfcNumber(parts[1]) : undefined;
      if (rfc) code = rfcCode(rfc, fragment, codes);
      break;
    }
    default:
      return undefined;
  }
  return code !== undefined && codes.isKnown(code) ? code : undefined;
}

/** True when Slack sends `link_shared` for this URL (its host is one of the manifest's domains). */
export function isUnfurlDomain(href: string): boolean {
  try {
    const host = new URL(href).hostname.toLowerCase().replace(/\.$/, "");
    return UNFURL_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
  } catch {
    return false;
  }
}
