import type { Block } from "./blocks.ts";
import { context, header, section } from "./mrkdwn.ts";

const WAYS: [string, string][] = [
  ["A code", "`/status 403` · `HTTP/1.1 429` · `cloudflare 522`"],
  ["A name, even misspelt or old", "`/status forbidden` · `payload too large` · `gatway timeout`"],
  ["A comparison", "`/status 401 vs 403` · `difference between 301 and 308` · `not found vs gone`"],
  ["A class", "`/status 4xx` · `server errors` · `what are the 3xx codes`"],
  [
    "A situation in plain words",
    "`/status what should I return when the rate limit is hit?` · `logged in but not an admin`",
  ],
];

export function helpText(): string {
  return "Status Bot explains HTTP status codes: ask with /status followed by a code (403), a name (forbidden), a comparison (401 vs 403), a class (4xx) or a situation in plain words.";
}

export function helpBlocks(options: { brief?: boolean } = {}): Block[] {
  const ways = WAYS.map(([what, examples]) => `*${what}*: ${examples}`).join("\n");
  if (options.brief) return [section(`*Ways to ask*\n${ways}`)];
  return [
    header("Status Bot: HTTP status codes, explained"),
    section(
      "I explain what a status code means, when to use it and when not, which headers go with it, whether clients should retry, and how it differs from the codes people confuse it with.",
    ),
    section(`*Ways to ask*\n${ways}`),
    section(
      [
        "*Where I answer*",
        "• `/status …` anywhere: only you see the answer until you press *Share in channel*.",
        "• Mention me (`@Status Bot …`) or send me a direct message: I answer in the thread.",
        "• Links to MDN, http.cat, httpstatuses, httpstat.us or RFC 9110 status sections unfurl into a short card.",
        "• When someone writes `HTTP 503` or `getting 429s` in a channel, I add a short explanation in the thread. `/status mute` turns that off for the channel, `/status unmute` on again.",
      ].join("\n"),
    ),
    context(
      "Facts follow RFC 9110 and the IANA status code registry; vendor codes are labelled as unofficial.",
    ),
  ];
}
