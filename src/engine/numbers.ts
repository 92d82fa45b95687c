/** A number in a query, with what we can tell of it from the characters around it. */
export interface NumberMention {
  readonly text: string;
  readonly value: number;
  /** Next to a word that marks it as a status ("HTTP 404", "status 42", "error code 500"). */
  readonly statusContext: boolean;
}

// Words after a number that make it a quantity, not a status code ("100 ms", "200 users").
const UNITS = new Set(
  `ms msec millisecond milliseconds s sec secs second seconds min mins minute minutes h hr hrs hour hours
  day days week weeks month months year years b kb mb gb tb kib mib gib byte bytes bit bits k
  user users customer customers request requests req reqs rps qps item items record records row rows
  time times retry retries attempt attempts char chars character characters line lines px pixels
  percent pct people signups signup visitor visitors page pages file files call calls connection
  connections thread threads order orders`
    .split(/\s+/)
    .filter(Boolean),
);

const LINKED_CODE =
  /\b(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:\/[^\s/?#<>|]*)*\/(\d{3})(?=$|[/?#\s<>|])/gi;

const STATUS_WORDS =
  /(?:http(?:\/[\d.]+)?|status|code|error|err|response|returned|returns|return|got|get|getting|throws?|a|an)\s*[:#]?\s*$/i;

/**
 * Finds standalone numbers: not inside paths (/users/123), versions (1.1), times (12:30), decimals,
 * thousands (100,000) or identifiers (abc123), and not followed by a unit.
 */
export function findNumbers(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  // A link to a status-code page whose path ends in a code (http.cat/418, MDN's .../Status/429) names
  // that code; a bare path such as /users/999 does not, since it has no host.
  for (const link of text.matchAll(LINKED_CODE)) {
    const code = link[1] ?? "";
    // Only pages about status codes: /orders/123 on a shop is an order, not a status.
    if (!/status|http\.cat|httpstat/i.test(link[0])) continue;
    mentions.push({
      text: code,
      value: Number(code),
      statusContext: true,
    });
  }
  const pattern = /\d+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = text[start - 1] ?? " ";
    const after = text[end] ?? " ";
    const afterNext = text[end + 1] ?? " ";
    // Part of a path, version, identifier or signed number.
    if (/[\w/.\-+]/.test(before)) continue;
    if (/[$€£]/.test(before)) continue;
    if (/[.,:]/.test(after) && /\d/.test(afterNext)) continue;
    if (/[/]/.test(after)) continue;
    let tail = text.slice(end);
    if (/^s\b|^'s\b/i.test(tail)) tail = tail.replace(/^'?s/i, "");
    else if (/^[a-z_]/i.test(after)) continue;
    const nextWord = tail.match(/^\s*%|^\s*([a-z]+)/i);
    if (nextWord && (nextWord[0].includes("%") || UNITS.has((nextWord[1] ?? "").toLowerCase()))) continue;
    const lead = text.slice(Math.max(0, start - 24), start);
    mentions.push({
      text: match[0],
      value: Number(match[0].length > 6 ? Number.POSITIVE_INFINITY : match[0]),
      statusContext: STATUS_WORDS.test(lead),
    });
  }
  return mentions;
}
