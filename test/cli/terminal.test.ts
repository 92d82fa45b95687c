import { describe, expect, it } from "vitest";
import { renderAnswer } from "../../src/cards/index.ts";
import { renderForTerminal } from "../../src/cli/terminal.ts";
import { answer } from "../../src/engine/answer.ts";
import { getCatalog } from "../../src/knowledge/load.ts";

const catalog = getCatalog();

function terminal(query: string): string {
  return renderForTerminal(renderAnswer(answer(query, catalog), catalog, { shareable: false }), false);
}

describe("the terminal card", () => {
  it.each([
    "451",
    "504",
    "299",
    "pizza recipe",
    "username already taken during signup",
    "401 vs 403",
    "4xx",
    "is 500 right for a body that doesn't parse?",
    "nginx 499",
  ])("%j is plain text and emoji, not Slack markup", (query) => {
    const text = terminal(query);
    expect(text).not.toMatch(/:[a-z_]+:/);
    expect(text).not.toMatch(/(^|\s)_[^_\s][^_]*_(\s|$|[.,:])/m);
    expect(text).not.toMatch(/\[(?:Full card|Details|More|Share in channel|\d{3})\]/);
    expect(text).not.toMatch(/&(?:lt|gt|amp);|<https?:[^>|\s]*\|/);
  });

  it("shows warnings as emoji and the related codes as text", () => {
    const text = terminal("451");
    expect(text).toContain("⚠️ 451 also means something else");
    expect(text).toMatch(/^See also: .*403 Forbidden/m);
  });
});
