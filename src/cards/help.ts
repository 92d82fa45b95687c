import type { Block } from "./blocks.ts";
import { DEFAULT_COMMAND } from "./command.ts";
import { context, header, section } from "./mrkdwn.ts";

export interface HelpOptions {
  /** Only the ways to ask (under a "not sure" answer). */
  readonly brief?: boolean;
  /** The slash command to teach: the one the person used, else the manifest's. */
  readonly command?: string;
}

function ways(command: string): [string, string][] {
  return [
    ["A code", `\`${command} 403\` · \`HTTP/1.1 429\` · \`cloudflare 522\``],
    ["A name, even misspelt or old", `\`${command} forbidden\` · \`payload too large\` · \`gatway timeout\``],
    [
      "A comparison",
      `\`${command} 401 vs 403\` · \`difference between 301 and 308\` · \`not found vs gone\``,
    ],
    ["A class", `\`${command} 4xx\` · \`server errors\` · \`what are the 3xx codes\``],
    [
      "A situation in plain words",
      `\`${command} what should I return when the rate limit is hit?\` · \`logged in but not an admin\``,
    ],
  ];
}

export function helpText(command: string = DEFAULT_COMMAND): string {
  return `Status Bot explains HTTP status codes: ask with ${command} followed by a code (403), a name (forbidden), a comparison (401 vs 403), a class (4xx) or a situation in plain words.`;
}

export function helpBlocks(options: HelpOptions = {}): Block[] {
  const command = options.command ?? DEFAULT_COMMAND;
  const list = ways(command)
    .map(([what, examples]) => `*${what}*: ${examples}`)
    .join("\n");
  if (options.brief) return [section(`*Ways to ask*\n${list}`)];
  return [
    header("Status Bot: HTTP status codes, explained"),
    section(
      "I explain what a status code means, when to use it and when not, which headers go with it, whether clients should retry, and how it differs from the codes people confuse it with.",
    ),
    section(`*Ways to ask*\n${list}`),
    section(
      [
        "*Where I answer*",
        `• \`${command} …\` anywhere: only you see the answer until you press *Share in channel*.`,
        "• Mention me (`@Status Bot …`) or send me a direct message: I answer in the thread.",
        "• On any message, even in a thread: *More actions* (⋯) › *Explain HTTP codes* shows you the codes it mentions, and *Share in thread* posts them there.",
        "• Links to MDN, http.cat, httpstatuses.io, RFC 9110 status sections (rfc-editor.org, datatracker.ietf.org) unfurl into a short card.",
        `• In a channel I'm in, typing \`status 403\`, \`HTTP 503\` or \`getting 429s\` gets a short explanation in the thread. \`${command} mute\` turns that off for the channel, \`${command} unmute\` on again.`,
      ].join("\n"),
    ),
    context(
      "Facts follow RFC 9110 and the IANA status code registry; vendor codes are labelled as unofficial.",
    ),
  ];
}
