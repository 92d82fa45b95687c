import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RenderOptions, renderAnswer } from "../../src/cards/index.ts";
import { answer } from "../../src/engine/answer.ts";
import type { Answer } from "../../src/engine/types.ts";
import { getCatalog } from "../../src/knowledge/load.ts";
import { replyTemplates } from "../../src/listeners/commands/reply-template.ts";
import { messageFromCard } from "../../src/slack/messages/shapes.ts";

const catalog = getCatalog();

/** What /httpstatus sent before templates: the card rendered for its question, serialised. */
function rendered(result: Answer, options: RenderOptions): string {
  return JSON.stringify({
    response_type: "ephemeral",
    ...messageFromCard(renderAnswer(result, catalog, options)),
  });
}

/** An answer of each kind of card, and cards that quote the question in each of their ways. */
const ASKED = [
  "404",
  "not found",
  "401 vs 403",
  "4xx",
  "help",
  "pizza recipe",
  "what should I return when the rate limit is hit?",
  "should I use 403 when the user is logged in but not an admin?",
  "smtp 550 mailbox unavailable",
  "haproxy log shows sH-- for those requests",
  "404 and 500 and 502",
  "code 600",
  "HTTP 999999",
];

const specials = fc.constantFrom(
  "<!channel>",
  "@here",
  "@channel",
  "@Everyone",
  "@heres",
  "&",
  "&amp;",
  "<",
  ">",
  "*",
  "_",
  "`",
  "~",
  '"',
  "\\",
  "\u0000",
  "\n",
  "\t",
  " ",
  "\u2028",
  "\ud83d\ude00",
  "\ud83d",
  "\ude00",
  "\uE000q\uE001",
  "…",
);
const questions = fc.oneof(
  fc.string({ maxLength: 2500, unit: "binary" }),
  fc
    .array(fc.oneof(specials, fc.string({ maxLength: 8 })), { maxLength: 120 })
    .map((parts) => parts.join("")),
);
const options = fc.record({
  shareable: fc.boolean(),
  command: fc.constantFrom("/httpstatus", "/codes"),
  sharedBy: fc.constantFrom(undefined, "U123ABC"),
});

describe("/httpstatus reply templates", () => {
  const answers = ASKED.map((asked) => answer(asked, catalog));

  it("cover every kind of card", () => {
    expect(new Set(answers.map((a) => a.intent))).toEqual(
      new Set(["code", "compare", "class", "help", "unknown", "scenario", "protocol", "source"]),
    );
  });

  it("give the same JSON as rendering the card, for any question with the same answer", () => {
    const templates = replyTemplates(catalog);
    fc.assert(
      fc.property(fc.constantFrom(...answers), questions, options, (found, query, shown) => {
        const asked = { ...found, query };
        const opts = { ...shown, sharedBy: shown.sharedBy ?? undefined } as RenderOptions;
        expect(templates.reply(asked, opts).json).toBe(rendered(asked, opts));
      }),
      { numRuns: 1500 },
    );
    expect(templates.counts.hits).toBeGreaterThan(templates.counts.misses);
  });

  it("read as the fields they serialise", () => {
    const templates = replyTemplates(catalog);
    for (const found of answers) {
      const reply = templates.reply(found, { command: "/httpstatus" });
      expect(JSON.parse(JSON.stringify(reply))).toEqual(JSON.parse(reply.json));
      expect(reply.response_type).toBe("ephemeral");
      expect(reply.blocks).toEqual(JSON.parse(reply.json).blocks);
    }
  });

  it("render whole an answer whose own fields carry a placeholder's characters", () => {
    const templates = replyTemplates(catalog);
    const found = answer("what should I return when the rate limit is hit?", catalog);
    const first = found.codes[0];
    if (!first?.why) throw new Error("the scenario's first code has no reasons");
    // A field quoting the question, with a slot marker in it: never read as a slot.
    const odd = {
      ...found,
      codes: [{ ...first, why: "quoted \uE000v\uE001 <!here>" }, ...found.codes.slice(1)],
    };
    for (const query of ["404", "\uE000q\uE001 & <b>"]) {
      const asked = { ...odd, query } as Answer;
      expect(templates.reply(asked, { command: "/httpstatus" }).json).toBe(
        rendered(asked, { command: "/httpstatus" }),
      );
    }
  });

  it("keep at most their limit", () => {
    const templates = replyTemplates(catalog, 3);
    for (const asked of ["400", "401", "402", "403", "404", "400"]) {
      templates.reply(answer(asked, catalog), { command: "/httpstatus" });
    }
    // 400 had been let go by the time it came again.
    expect(templates.counts).toEqual({ hits: 0, misses: 6 });
  });
});
