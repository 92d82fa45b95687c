import { describe, expect, it } from "vitest";
import type { Card } from "../../../src/cards/index.ts";
import { combineCards, messageFromCard, modalFromCard, notice } from "../../../src/slack/messages/shapes.ts";

const card = (text: string, n = 1): Card => ({
  text,
  blocks: Array.from({ length: n }, (_, i) => ({
    type: "section",
    text: { type: "mrkdwn", text: `${text} ${i}` },
  })),
});

describe("messages", () => {
  it("always has top-level text", () => {
    expect(messageFromCard(card("")).text).toBe("Status Bot");
    expect(messageFromCard(card("  ")).text).toBe("Status Bot");
    expect(messageFromCard(card("404 Not Found")).text).toBe("404 Not Found");
    expect(messageFromCard(card("x".repeat(5000))).text.length).toBeLessThanOrEqual(3000);
  });

  it("combines compact cards with dividers", () => {
    const combined = combineCards([card("429", 2), card("503", 2)]);
    expect(combined.text).toBe("429\n503");
    expect(combined.blocks.map((b) => b.type)).toEqual([
      "section",
      "section",
      "divider",
      "section",
      "section",
    ]);
  });

  it("puts a card in a modal of at most 100 blocks", () => {
    const modal = modalFromCard(card("x", 120));
    expect(modal.type).toBe("modal");
    expect(modal.title.text.length).toBeLessThanOrEqual(24);
    expect(modal.blocks).toHaveLength(100);
  });

  it("builds notices", () => {
    expect(notice("hi")).toEqual({
      text: "hi",
      blocks: [{ type: "section", text: { type: "mrkdwn", text: "hi" } }],
    });
  });
});
