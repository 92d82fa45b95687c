import { expect } from "vitest";
import type { Block } from "../../src/cards/blocks.ts";

/**
 * Asserts every Block Kit limit the cards promise to hold: one expect over the list of limits
 * broken (see limitsBroken), so that the tests that render thousands of cards check each one
 * without an expect per field.
 */
export function expectWithinLimits(card: { text?: string; blocks: Block[] }, maxBlocks = 50): void {
  expect(limitsBroken(card, maxBlocks)).toEqual([]);
}

/** Each Block Kit limit the card breaks, said in words (none: an empty list). */
export function limitsBroken(card: { text?: string; blocks: Block[] }, maxBlocks = 50): string[] {
  const broken: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) broken.push(what);
  };
  if ("text" in card) {
    check(typeof card.text === "string", `text is a ${typeof card.text}, not a string`);
    check(typeof card.text === "string" && card.text.trim().length > 0, "text is empty");
  }
  check(card.blocks.length > 0, "no blocks");
  check(card.blocks.length <= maxBlocks, `${card.blocks.length} blocks, more than ${maxBlocks}`);
  const actionIds = new Set<string>();
  for (const [i, block] of card.blocks.entries()) {
    const at = `block ${i} (${block.type})`;
    switch (block.type) {
      case "header":
        check(block.text.type === "plain_text", `${at}: text is ${block.text.type}, not plain_text`);
        check(block.text.text.length <= 150, `${at}: text of ${block.text.text.length} > 150`);
        check(block.text.text.length > 0, `${at}: empty text`);
        break;
      case "section":
        check(Boolean(block.text || block.fields), `${at}: neither text nor fields`);
        if (block.text) {
          check(block.text.text.length <= 3000, `${at}: text of ${block.text.text.length} > 3000`);
          check(block.text.text.length > 0, `${at}: empty text`);
        }
        if (block.fields) {
          check(block.fields.length <= 10, `${at}: ${block.fields.length} fields > 10`);
          for (const field of block.fields)
            check(field.text.length <= 2000, `${at}: field of ${field.text.length} > 2000`);
        }
        if (block.accessory?.type === "button") {
          const button = block.accessory;
          check(button.text.text.length <= 75, `${at}: button text of ${button.text.text.length} > 75`);
          check((button.value ?? "").length <= 2000, `${at}: button value of ${button.value?.length} > 2000`);
          check(button.action_id.length <= 255, `${at}: action_id of ${button.action_id.length} > 255`);
        }
        break;
      case "context":
        check(block.elements.length > 0, `${at}: no elements`);
        check(block.elements.length <= 10, `${at}: ${block.elements.length} elements > 10`);
        for (const element of block.elements)
          check(element.text.length <= 2000, `${at}: element of ${element.text.length} > 2000`);
        break;
      case "actions":
        check(block.elements.length > 0, `${at}: no elements`);
        check(block.elements.length <= 25, `${at}: ${block.elements.length} elements > 25`);
        for (const element of block.elements) {
          check(element.action_id.length <= 255, `${at}: action_id of ${element.action_id.length} > 255`);
          check(!actionIds.has(element.action_id), `duplicate action_id ${element.action_id}`);
          actionIds.add(element.action_id);
          if (element.type === "button") {
            check(element.text.text.length <= 75, `${at}: button text of ${element.text.text.length} > 75`);
            check(
              (element.value ?? "").length <= 2000,
              `${at}: button value of ${element.value?.length} > 2000`,
            );
          } else {
            check(element.options.length <= 100, `${at}: ${element.options.length} options > 100`);
            for (const option of element.options) {
              check(option.text.text.length <= 75, `${at}: option text of ${option.text.text.length} > 75`);
              check(option.value.length <= 150, `${at}: option value of ${option.value.length} > 150`);
            }
          }
        }
        break;
      case "divider":
        break;
    }
  }
  return broken;
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
