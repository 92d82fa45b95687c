import { expect } from "vitest";
import type { Block, Card } from "../../src/cards/blocks.ts";

/** Asserts every Block Kit limit the cards promise to hold. */
export function expectWithinLimits(card: { text?: string; blocks: Block[] }, maxBlocks = 50): void {
  if ("text" in card) {
    expect(typeof card.text).toBe("string");
    expect((card as Card).text.trim().length).toBeGreaterThan(0);
  }
  expect(card.blocks.length).toBeGreaterThan(0);
  expect(card.blocks.length).toBeLessThanOrEqual(maxBlocks);
  const actionIds = new Set<string>();
  for (const block of card.blocks) {
    switch (block.type) {
      case "header":
        expect(block.text.type).toBe("plain_text");
        expect(block.text.text.length).toBeLessThanOrEqual(150);
        expect(block.text.text.length).toBeGreaterThan(0);
        break;
      case "section":
        expect(block.text || block.fields).toBeTruthy();
        if (block.text) {
          expect(block.text.text.length).toBeLessThanOrEqual(3000);
          expect(block.text.text.length).toBeGreaterThan(0);
        }
        if (block.fields) {
          expect(block.fields.length).toBeLessThanOrEqual(10);
          for (const field of block.fields) expect(field.text.length).toBeLessThanOrEqual(2000);
        }
        if (block.accessory?.type === "button") {
          expect(block.accessory.text.text.length).toBeLessThanOrEqual(75);
          expect((block.accessory.value ?? "").length).toBeLessThanOrEqual(2000);
          expect(block.accessory.action_id.length).toBeLessThanOrEqual(255);
        }
        break;
      case "context":
        expect(block.elements.length).toBeGreaterThan(0);
        expect(block.elements.length).toBeLessThanOrEqual(10);
        for (const element of block.elements) expect(element.text.length).toBeLessThanOrEqual(2000);
        break;
      case "actions":
        expect(block.elements.length).toBeGreaterThan(0);
        expect(block.elements.length).toBeLessThanOrEqual(25);
        for (const element of block.elements) {
          expect(element.action_id.length).toBeLessThanOrEqual(255);
          expect(actionIds.has(element.action_id), `duplicate action_id ${element.action_id}`).toBe(false);
          actionIds.add(element.action_id);
          if (element.type === "button") {
            expect(element.text.text.length).toBeLessThanOrEqual(75);
            expect((element.value ?? "").length).toBeLessThanOrEqual(2000);
          } else {
            expect(element.options.length).toBeLessThanOrEqual(100);
            for (const option of element.options) {
              expect(option.text.text.length).toBeLessThanOrEqual(75);
              expect(option.value.length).toBeLessThanOrEqual(150);
            }
          }
        }
        break;
      case "divider":
        break;
    }
  }
}

/** The mrkdwn text of a card, every piece concatenated (for escaping checks). */
export function mrkdwnOf(card: { text?: string; blocks: Block[] }): string[] {
  const texts: string[] = card.text === undefined ? [] : [card.text];
  for (const block of card.blocks) {
    if (block.type === "section") {
      if (block.text) texts.push(block.text.text);
      for (const field of block.fields ?? []) texts.push(field.text);
    } else if (block.type === "context") {
      for (const element of block.elements) texts.push(element.text);
    }
  }
  return texts;
}

/**
 * Mrkdwn control sequences a card may contain: links to our own spec URLs and user mentions of the
 * sharer. Anything else in angle brackets came from unescaped text.
 */
export function unexpectedControlSequences(text: string): string[] {
  const tokens = (text.match(/<[^>]*>/g) ?? []).filter(
    (sequence) => !/^<https:\/\/[^|>\s]+\|[^<>]+>$/.test(sequence) && !/^<@[UW][A-Z0-9]+>$/.test(sequence),
  );
  // Slack parses a bare @here, @channel or @everyone in mrkdwn into a mention that pings.
  return [...tokens, ...(text.match(/@(?:here|channel|everyone)\b/gi) ?? [])];
}
