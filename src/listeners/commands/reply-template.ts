import { type Echo, echoOf, type RenderOptions, renderAnswer } from "../../cards/index.ts";
import { escapeMrkdwn } from "../../cards/mrkdwn.ts";
import type { Answer, RankedCode } from "../../engine/types.ts";
import type { Catalog } from "../../knowledge/catalog.ts";
import { PreparedReply } from "../../slack/messages/prepared.ts";
import { messageFromCard } from "../../slack/messages/shapes.ts";

/**
 * /httpstatus replies as JSON, rendered once per answer. A card depends on its answer, the catalog
 * (fixed while the app runs) and the render options, and shows the question as asked in three
 * pieces only (see Echo in src/cards/index.ts). So the reply is rendered and serialised once with
 * placeholders for those pieces, kept by what determines it (the answer less its query, the
 * options), and each question fills them in, escaped as the card escapes them: the code card for
 * 404 is built once whatever words asked for it. The JSON is byte for byte what rendering the card
 * and serialising it gives (test/cards/reply-template.test.ts checks it over arbitrary questions).
 */

type Slot = "q" | "v" | "n";

/** Placeholders no renderer changes (no space, no character that is escaped or clipped) and no data holds. */
const SLOTS: Echo = { quoted: "\uE000q\uE001", shareValue: "\uE000v\uE001", notSure: "\uE000n\uE001" };
const SLOT = /\uE000([qvn])\uE001/;
const STRAY = /[\uE000\uE001]/;

/** What a slot is replaced with for a question: where it lands in the card, escaped as it is there. */
function fill(slot: Slot, echo: Echo): string {
  switch (slot) {
    // Quoted: already escaped for mrkdwn; in a block's text, well under its length limit (200
    // characters at most, escaped).
    case "q":
      return echo.quoted;
    // The Share button's value, as is (at most Slack's 2,000 characters).
    case "v":
      return echo.shareValue;
    // The "not sure" fallback text: `fallback` folds its white space and escapes it, and its
    // neighbours are fixed characters (quotes), so those steps act on the piece alone. 100
    // characters at most, escaped: well under the limits of the text.
    case "n":
      return escapeMrkdwn(echo.notSure.replace(/\s+/g, " "));
  }
}

/** A string's JSON form, without its quotes: what it is inside a longer JSON string. */
function jsonInner(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

interface Template {
  /** The JSON around the slots: one more part than slots. */
  readonly parts: readonly string[];
  readonly slots: readonly Slot[];
  /** The whole reply, when it shows nothing of the question. */
  readonly whole?: PreparedReply;
}

function replyJson(answer: Answer, catalog: Catalog, options: RenderOptions, echo?: Echo): string {
  const message = messageFromCard(renderAnswer(answer, catalog, options, echo));
  return JSON.stringify({ response_type: "ephemeral", ...message });
}

/** The reply with placeholders; undefined if a placeholder did not come through whole. */
function templateOf(answer: Answer, catalog: Catalog, options: RenderOptions): Template | undefined {
  const pieces = replyJson(answer, catalog, options, SLOTS).split(SLOT);
  const parts = pieces.filter((_, i) => i % 2 === 0);
  const slots = pieces.filter((_, i) => i % 2 === 1) as Slot[];
  if (parts.some((part) => STRAY.test(part))) return undefined;
  return slots.length ? { parts, slots } : { parts, slots, whole: new PreparedReply(parts[0] as string) };
}

function filled(template: Template, echo: Echo): string {
  const { parts, slots } = template;
  let json = parts[0] as string;
  for (let i = 0; i < slots.length; i++) json += jsonInner(fill(slots[i] as Slot, echo)) + parts[i + 1];
  return json;
}

/** Codes without their search scores, which the cards do not show. */
function unscored(codes: readonly RankedCode[]): readonly RankedCode[] {
  return codes.some((code) => code.score !== undefined)
    ? codes.map((code) => (code.score === undefined ? code : { ...code, score: undefined }))
    : codes;
}

/** What determines a reply besides the question: the answer less its query, and the options. */
function keyOf(answer: Answer, options: RenderOptions): string {
  // The search's scores (of the codes and the suggestions) are not shown. Serialised without a
  // replacer function, which JSON.stringify would call for every key and value (about a fifth of
  // the key's cost, and the key is most of a reply's cost from its template). Anything else the
  // answer holds is in the key, as before: a key can only be more specific than the card.
  const shown = JSON.stringify({
    ...answer,
    query: undefined,
    codes: unscored(answer.codes),
    suggestions: unscored(answer.suggestions),
  });
  return `${options.command ?? ""}\n${options.shareable ?? ""}\n${options.sharedBy ?? ""}\n${shown}`;
}

export interface ReplyTemplates {
  /** The reply to `answer`, as `{ response_type: "ephemeral", ...messageFromCard(card) }` serialised. */
  reply(answer: Answer, options: RenderOptions): PreparedReply;
  /** Replies filled in from a kept template, and replies that needed one built. */
  readonly counts: { hits: number; misses: number };
}

/**
 * At most this many templates are kept, the oldest going first: a few kilobytes each. The cards the
 * app renders for the questions of `npm run bench` come from some 450 distinct answers.
 */
export const MAX_TEMPLATES = 500;

/** A template longer than this is not kept (a scenario's reasons quoting a very long question). */
const MAX_KEY = 4_000;

export function replyTemplates(catalog: Catalog, maxTemplates = MAX_TEMPLATES): ReplyTemplates {
  // null: the reply cannot be a template (never seen in practice), render it whole each time.
  const templates = new Map<string, Template | null>();
  const counts = { hits: 0, misses: 0 };
  return {
    counts,
    reply(answer, options) {
      const key = keyOf(answer, options);
      let template = templates.get(key);
      if (template === undefined) {
        counts.misses += 1;
        // An answer that carries a placeholder's character itself (text quoted from the question
        // into one of its fields) is rendered whole: its copy would be taken for a slot.
        template = STRAY.test(key) ? null : (templateOf(answer, catalog, options) ?? null);
        if (key.length <= MAX_KEY) {
          if (templates.size >= maxTemplates) templates.delete(templates.keys().next().value as string);
          templates.set(key, template);
        }
      } else counts.hits += 1;
      if (!template) return new PreparedReply(replyJson(answer, catalog, options));
      return template.whole ?? new PreparedReply(filled(template, echoOf(answer.query)));
    },
  };
}
