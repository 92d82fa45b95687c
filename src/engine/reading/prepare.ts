/*
 * The first, single pass over a text: where its links are, and the text with them blanked out so that
 * the numbers in a URL are never read as codes. Every loop here moves forward only, so the work is
 * linear in the length of the text whatever it contains.
 */

import { isStatusSite } from "./links.ts";

/** Stands for a link's characters in the prepared text (the text keeps its length and indices). */
export const LINK_MARK = "\u0001";

export interface LinkSpan {
  readonly start: number;
  readonly end: number;
  readonly url: string;
}

export interface Prepared {
  /** The text with links blanked out and code-span backticks as spaces; as long as the input. */
  readonly text: string;
  readonly links: readonly LinkSpan[];
  /** Offsets where a sentence or line ends, ascending. */
  readonly breaks: readonly number[];
  /** Offsets where a line starts, ascending (the first is 0). */
  readonly lineStarts: readonly number[];
}

/** Characters that end a URL written in running text. */
function endsUrl(char: string): boolean {
  return (
    char === " " ||
    char === "\n" ||
    char === "\t" ||
    char === "\r" ||
    char === "<" ||
    char === ">" ||
    char === '"' ||
    char === "`" ||
    char === "|" ||
    char === "'" ||
    char === LINK_MARK
  );
}

const TRAILING_PUNCTUATION = /[).,;:!?\]}*_~]+$/;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/** A link written without its scheme: "http.cat/418", "developer.mozilla.org/en-US/docs/...". */
const BARE_LINK = /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d{1,5})?\/\S*$/i;

/** Links to status-code sites written without a scheme, as whitespace-separated words of their own. */
function findBareLinks(text: string, taken: readonly LinkSpan[]): LinkSpan[] {
  const links: LinkSpan[] = [];
  if (!/[a-z]\.[a-z]{2,}(?::\d+)?\//i.test(text)) return links;
  let next = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpace(text.charCodeAt(i))) continue;
    if (i > start) {
      while (next < taken.length && (taken[next] as LinkSpan).end <= start) next++;
      const overlaps = next < taken.length && (taken[next] as LinkSpan).start < i;
      const word = text.slice(start, i);
      const lead = word.length - word.replace(/^[(<"'[]+/, "").length;
      const url = word.slice(lead).replace(TRAILING_PUNCTUATION, "");
      if (
        !overlaps &&
        BARE_LINK.test(url) &&
        isStatusSite(url.slice(0, url.indexOf("/")).replace(/:\d+$/, ""))
      ) {
        links.push({ start: start + lead, end: start + lead + url.length, url: `https://${url}` });
      }
    }
    start = i + 1;
  }
  return links;
}

/** The URLs in plain text, in order: http(s) links and links to a host written without a scheme. */
export function findLinks(text: string): LinkSpan[] {
  const withScheme = findSchemeLinks(text);
  const bare = findBareLinks(text, withScheme);
  return bare.length ? [...withScheme, ...bare].sort((a, b) => a.start - b.start) : withScheme;
}

function findSchemeLinks(text: string): LinkSpan[] {
  const links: LinkSpan[] = [];
  let from = 0;
  for (;;) {
    const colon = text.indexOf("://", from);
    if (colon < 0) break;
    from = colon + 3;
    const scheme = text.slice(Math.max(0, colon - 5), colon).toLowerCase();
    const start = scheme.endsWith("https") ? colon - 5 : scheme.endsWith("http") ? colon - 4 : -1;
    if (start < 0 || /[a-z0-9]/i.test(text[start - 1] ?? "")) continue;
    let end = from;
    while (end < text.length && !endsUrl(text[end] as string)) end++;
    const raw = text.slice(start, end);
    const url = raw.replace(TRAILING_PUNCTUATION, "");
    // Nothing after the scheme: not a link.
    if (url.length <= colon + 3 - start) continue;
    links.push({ start, end: start + url.length, url: url.replace(/&amp;/g, "&") });
    from = start + url.length;
  }
  return links;
}

function isBreak(text: string, index: number): boolean {
  const char = text[index];
  if (char === "\n") return true;
  if (char !== "." && char !== "!" && char !== "?") return false;
  const next = text[index + 1];
  return next === undefined || next === " " || next === "\n" || next === "\t";
}

export function prepare(input: string): Prepared {
  const links = findLinks(input);
  let text = input;
  if (links.length > 0) {
    let out = "";
    let at = 0;
    for (const link of links) {
      out += input.slice(at, link.start) + LINK_MARK.repeat(link.end - link.start);
      at = link.end;
    }
    text = out + input.slice(at);
  }
  // Code spans are read like prose: `res.status(409)` is as much a mention as res.status(409).
  if (text.includes("`")) text = text.replace(/`/g, " ");
  const breaks: number[] = [];
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    if (isBreak(text, i)) breaks.push(i);
    if (text[i] === "\n") lineStarts.push(i + 1);
  }
  return { text, links, breaks, lineStarts };
}

/** The index of the last element of an ascending list that is at most `value`, or -1. */
export function lastAtMost(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((list[mid] as number) <= value) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** The digit runs of a text: [start, end) pairs, in order. */
export function digitRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      runs.push([i, j]);
      i = j;
    } else i++;
  }
  return runs;
}
