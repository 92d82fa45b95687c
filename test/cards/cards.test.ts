import { describe, expect, it } from "vitest";
import { retryText } from "../../src/cards/describe.ts";
import { renderAnswer, renderCompact, renderHome } from "../../src/cards/index.ts";
import { answer, answerForEntry, answerForPair } from "../../src/engine/answer.ts";
import { getCatalog } from "../../src/knowledge/load.ts";
import { expectWithinLimits, mrkdwnOf, unexpectedControlSequences } from "./limits.ts";

const catalog = getCatalog();

describe("code cards", () => {
  it.each(catalog.entries.map((e) => [e.id]))("%s renders within every limit, full and compact", (id) => {
    const result = answerForEntry(id, catalog);
    expect(result).toBeDefined();
    if (!result) return;
    const card = renderAnswer(result, catalog);
    expectWithinLimits(card);
    expect(renderCompact(result, catalog).blocks.length).toBeLessThanOrEqual(3);
    expectWithinLimits(renderCompact(result, catalog));
    for (const text of mrkdwnOf(card)) expect(unexpectedControlSequences(text)).toEqual([]);
  });

  it("shows header, class, status badge, meaning, advice, headers, retry, caching, comparisons, spec and buttons", () => {
    const card = renderAnswer(answer("401", catalog), catalog);
    const header = card.blocks[0];
    expect(header).toEqual({
      type: "header",
      text: { type: "plain_text", text: "401 Unauthorized", emoji: true },
    });
    const all = JSON.stringify(card.blocks);
    for (const piece of [
      "4xx Client Error",
      "Standard",
      "Use it when",
      "Don't use it when",
      "WWW-Authenticate",
      "MUST",
      "Retry",
      "Caching",
      "vs 403",
      "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
      "Share in channel",
    ]) {
      expect(all, piece).toContain(piece);
    }
    const buttons = card.blocks.flatMap((b) => (b.type === "actions" ? b.elements : []));
    expect(
      buttons.some(
        (b) => b.action_id.startsWith("show_code:") && b.type === "button" && b.value === "code:403",
      ),
    ).toBe(true);
    expect(
      buttons.some(
        (b) => b.action_id.startsWith("compare:") && b.type === "button" && b.value === "pair:401,403",
      ),
    ).toBe(true);
    expect(card.text).toMatch(/^401 Unauthorized: /);
  });

  it("labels vendor codes as unofficial with their origin, and says when a number clashes", () => {
    const card = renderAnswer(answer("nginx 499", catalog), catalog);
    const all = JSON.stringify(card.blocks);
    expect(card.blocks[0]).toMatchObject({ text: { text: "499 Client Closed Request (nginx)" } });
    expect(all).toMatch(/Unofficial: nginx, not in the IANA registry/);
    expect(all).toMatch(/499 also means something else: used by Esri/);
    expect(JSON.stringify(renderAnswer(answer("451", catalog), catalog).blocks)).toMatch(
      /also means something else/,
    );
  });

  it("answers several codes in one card", () => {
    const card = renderAnswer(answer("500 502 504", catalog), catalog);
    expectWithinLimits(card);
    expect(card.text).toMatch(/500 Internal Server Error[\s\S]*502 Bad Gateway[\s\S]*504 Gateway Timeout/);
  });
});

describe("retry advice", () => {
  // "Retry idempotent requests with backoff. Retry idempotent requests with backoff." (504, 520) and
  // "keep waiting ... keep waiting" (103) came from a label followed by advice that says the same.
  it.each(catalog.entries.map((e) => [e.id]))("%s says each thing once", (id) => {
    const entry = catalog.entry(id);
    if (!entry) throw new Error(id);
    const words =
      retryText(entry)
        .toLowerCase()
        .match(/[a-z0-9]+/g) ?? [];
    const phrases = words.slice(0, -3).map((_, i) => words.slice(i, i + 4).join(" "));
    expect(phrases.filter((phrase, i) => phrases.indexOf(phrase) !== i)).toEqual([]);
    expect(retryText(entry)).toContain(entry.retry.advice.trim());
  });
});

describe("comparison cards", () => {
  it.each(catalog.comparisons.map((c) => [c.codes[0], c.codes[1]]))(
    "%i vs %i renders the rule of thumb first, within limits",
    (a, b) => {
      const result = answerForPair(a, b, catalog);
      expect(result?.comparison?.curated).toBe(true);
      if (!result) return;
      const card = renderAnswer(result, catalog);
      expectWithinLimits(card);
      expect(card.blocks[1]?.type === "section" && card.blocks[1].text?.text).toMatch(/^\*Rule of thumb:\*/);
      expectWithinLimits(renderCompact(result, catalog));
    },
  );

  it("builds a comparison from the data for any other pair", () => {
    const card = renderAnswer(answer("418 vs 226", catalog), catalog);
    expectWithinLimits(card);
    const all = JSON.stringify(card.blocks);
    for (const aspect of ["Class and status", "Meaning", "Retry", "Caching", "Headers"])
      expect(all).toContain(aspect);
    expect(all).toContain("No curated comparison");
  });

  it("renders every pair of registered codes within limits", () => {
    const registered = catalog.entries.filter((e) => e.registered);
    for (const a of registered) {
      for (const b of registered) {
        if (a.code >= b.code) continue;
        const result = answerForPair(a.code, b.code, catalog);
        if (result) expectWithinLimits(renderAnswer(result, catalog));
      }
    }
  });
});

describe("class, scenario, help and unknown cards", () => {
  it.each([1, 2, 3, 4, 5])("class %ixx lists its codes within limits", (digit) => {
    const result = answer(`${digit}xx`, catalog);
    expect(result.classDigit).toBe(digit);
    const card = renderAnswer(result, catalog);
    expectWithinLimits(card);
    const all = JSON.stringify(card.blocks);
    for (const entry of catalog.byClass(digit)) expect(all).toContain(`\`${entry.code}\``);
    expect(renderCompact(result, catalog).blocks.length).toBeLessThanOrEqual(3);
  });

  it("recommends a code for a scenario, then the runners-up and why not", () => {
    const card = renderAnswer(answer("what should I return when the rate limit is hit?", catalog), catalog);
    expectWithinLimits(card);
    expect(card.text).toMatch(/^Use 429 Too Many Requests/);
    expect(JSON.stringify(card.blocks)).toContain("Also considered");
  });

  it("help lists every way to use the bot", () => {
    const card = renderAnswer(answer("help", catalog), catalog);
    expectWithinLimits(card);
    const all = JSON.stringify(card.blocks);
    for (const way of [
      "/httpstatus 403",
      "401 vs 403",
      "4xx",
      "rate limit",
      "Mention me",
      "unfurl",
      "/httpstatus mute",
    ]) {
      expect(all).toContain(way);
    }
  });

  it("says it is not sure, suggests and shows help for what it does not understand", () => {
    const card = renderAnswer(answer("pizza recipe", catalog), catalog);
    expectWithinLimits(card);
    expect(card.text).toMatch(/Not sure/);
    expect(JSON.stringify(card.blocks)).toContain("Ways to ask");
  });

  it("gives a verdict on a code proposed for a situation, the better code first", () => {
    const wrong = answer("is 500 right for a body that doesn't parse?", catalog);
    expect(wrong.codes[0]?.code).toBe(400);
    const card = renderAnswer(wrong, catalog);
    expectWithinLimits(card);
    const verdict = card.blocks.find((b) => b.type === "section" && b.text?.text.startsWith("❌"));
    expect(verdict?.type === "section" && verdict.text?.text).toMatch(
      /500 Internal Server Error is not the best fit/,
    );
    const right = renderAnswer(
      answer("should I use 403 when the user is logged in but not an admin?", catalog),
      catalog,
    );
    expect(JSON.stringify(right.blocks)).toContain("✅ *403 Forbidden is right here.*");
  });

  it("puts the one that fits first when two codes are compared for a situation", () => {
    const result = answer(
      "during a cutover we temporarily send POST /upload to another host and clients must keep the method and the body. 302 or 307?",
      catalog,
    );
    expect(result.intent).toBe("compare");
    expect(result.codes.map((c) => c.code)).toEqual([307, 302]);
    expect(JSON.stringify(renderAnswer(result, catalog).blocks)).toContain(
      "✅ *307 Temporary Redirect is right here.*",
    );
  });

  it("does not tell anyone to use a vendor's code: its headline says who sends it", () => {
    for (const entry of catalog.entries.filter((e) => !e.registered)) {
      const card = renderAnswer(
        {
          ...answer("laravel page expired after a long time on the form", catalog),
          intent: "scenario",
          codes: [{ code: entry.code, entryId: entry.id }],
        },
        catalog,
      );
      const header = card.blocks.find((b) => b.type === "header");
      expect(header?.type === "header" && header.text.text, entry.id).not.toMatch(/^Use /);
      expect(card.text, entry.id).toContain(`what ${entry.origin} sends`);
    }
  });

  it("explains numbers that cannot be status codes", () => {
    expect(renderAnswer(answer("1234", catalog), catalog).text).toMatch(
      /cannot be an HTTP status code: status codes have exactly three digits/,
    );
    expect(renderAnswer(answer("299", catalog), catalog).text).toMatch(
      /299 is not a registered status code.*200/,
    );
  });
});

describe("escaping user text", () => {
  it.each([
    "<!channel> 404",
    "<https://evil.example|ok> 403",
    "pizza <!here> & <@U123>",
    "<!subteam^S1> what is 418",
    "@here why 503",
    "@channel @everyone what should I return when the rate limit is hit?",
  ])("%j cannot ping anyone or disguise a link", (query) => {
    const card = renderAnswer(answer(query, catalog), catalog);
    for (const text of mrkdwnOf(card)) expect(unexpectedControlSequences(text)).toEqual([]);
    // Button values carry the raw query back to the app; they are never rendered as mrkdwn.
    expect(mrkdwnOf(card).join("\n")).not.toMatch(/<!channel>|<!here>|<https:\/\/evil|<@U123>/);
  });

  it("echoes a bare @here as text that reads the same but pings nobody", () => {
    for (const options of [{}, { shareable: false, sharedBy: "U12345" }]) {
      const card = renderAnswer(
        answer("@here what should I return when the rate limit is hit?", catalog),
        catalog,
        options,
      );
      const all = [card.text, ...mrkdwnOf(card)].join("\n");
      expect(all).not.toMatch(/@here\b/);
      expect(all).toContain("@\u2060here");
    }
  });

  it("only mentions a sharer given as a real user id", () => {
    const result = answer("404", catalog);
    expect(JSON.stringify(renderAnswer(result, catalog, { sharedBy: "U12345" }).blocks)).toContain(
      "Shared by <@U12345>",
    );
    expect(JSON.stringify(renderAnswer(result, catalog, { sharedBy: "<!channel>" }).blocks)).not.toContain(
      "<!channel>",
    );
  });
});

describe("home tab", () => {
  it.each([undefined, 1, 2, 3, 4, 5])("with class %s selected stays within 100 blocks", (selected) => {
    const view = renderHome(catalog, selected);
    expect(view.type).toBe("home");
    expectWithinLimits(view, 100);
    const all = JSON.stringify(view.blocks);
    expect(all).toContain("The five classes");
    expect(all).toContain("Most confused pairs");
    expect(all).toContain("browse_class");
    if (selected) for (const entry of catalog.byClass(selected)) expect(all).toContain(`\`${entry.code}\``);
  });
});
