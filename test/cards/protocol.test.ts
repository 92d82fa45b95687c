import { describe, expect, it } from "vitest";
import { renderAnswer, renderCompact } from "../../src/cards/index.ts";
import { answer } from "../../src/engine/answer.ts";
import { getCatalog } from "../../src/knowledge/load.ts";
import { expectWithinLimits } from "./limits.ts";

const catalog = getCatalog();

describe("protocol cards", () => {
  it("say in one line that the code is not HTTP's, with its meaning and no HTTP card", () => {
    const card = renderAnswer(answer("SMTP 550 mailbox unavailable", catalog), catalog);
    expectWithinLimits(card);
    const first = JSON.stringify(card.blocks[0]);
    expect(first).toMatch(/SMTP 550\* is not an HTTP status/);
    expect(first).toMatch(/Mailbox unavailable/);
    expect(JSON.stringify(card.blocks)).not.toMatch(/Use it when/);
    expect(card.text).toMatch(/^SMTP 550 is not an HTTP status/);
  });

  it("give the HTTP mapping where a standard one exists, with a button to its card", () => {
    const card = renderAnswer(answer("grpc status 14", catalog), catalog);
    const all = JSON.stringify(card.blocks);
    expect(all).toMatch(/As HTTP:\* 503 Service Unavailable, as grpc-gateway/);
    expect(all).toMatch(/code:503/);
    expectWithinLimits(renderCompact(answer("grpc status 14", catalog), catalog));
  });
});
