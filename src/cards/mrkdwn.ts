import type { Block, Button, ContextBlock, HeaderBlock, Mrkdwn, SectionBlock } from "./blocks.ts";

/** Block Kit's documented limits (https://api.slack.com/reference/block-kit/blocks). */
export const LIMITS = {
  messageBlocks: 50,
  homeBlocks: 100,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  contextElements: 10,
  actionsElements: 25,
  optionText: 75,
  optionValue: 150,
  selectOptions: 100,
  fallbackText: 3000,
} as const;

/**
 * Escapes text for mrkdwn. Without it a query such as `<!channel>` would ping a whole channel and
 * `<https://evil|ok>` would disguise a link. A bare `@here`, `@channel` or `@everyone` gets a word
 * joiner (U+2060, invisible) after its `@`: Slack parses those words into mentions in mrkdwn.
 */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/@(?=(?:here|channel|everyone)\b)/gi, "@\u2060");
}

/** Cuts text to a limit, ending with an ellipsis, without splitting an escape sequence or a pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const amp = cut.lastIndexOf("&");
  if (amp >= 0 && amp > cut.length - 6 && !cut.slice(amp).includes(";")) cut = cut.slice(0, amp);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function md(text: string, max: number = LIMITS.sectionText): Mrkdwn {
  return { type: "mrkdwn", text: clip(text, max) };
}

export function header(text: string): HeaderBlock {
  return { type: "header", text: { type: "plain_text", text: clip(text, LIMITS.headerText), emoji: true } };
}

export function section(text: string, accessory?: Button): SectionBlock {
  return accessory ? { type: "section", text: md(text), accessory } : { type: "section", text: md(text) };
}

export function fieldsSection(fields: string[], text?: string): SectionBlock {
  const block: SectionBlock = {
    type: "section",
    fields: fields.slice(0, LIMITS.fields).map((field) => md(field, LIMITS.fieldText)),
  };
  if (text) block.text = md(text);
  return block;
}

export function context(...texts: string[]): ContextBlock {
  return {
    type: "context",
    elements: texts.slice(0, LIMITS.contextElements).map((text) => md(text, LIMITS.fieldText)),
  };
}

export function button(text: string, actionId: string, value: string, style?: "primary"): Button {
  const result: Button = {
    type: "button",
    text: { type: "plain_text", text: clip(text, LIMITS.buttonText), emoji: true },
    action_id: actionId.slice(0, LIMITS.actionId),
    value: value.slice(0, LIMITS.buttonValue),
  };
  if (style) result.style = style;
  return result;
}

export function bullets(lines: readonly string[]): string {
  return lines.map((line) => `• ${line}`).join("\n");
}

/** Splits lines into sections that each stay under the section text limit. */
export function sectionsOf(title: string, lines: readonly string[]): SectionBlock[] {
  const blocks: SectionBlock[] = [];
  let current = title;
  for (const line of lines) {
    const piece = clip(line, LIMITS.sectionText - title.length - 2);
    if (current.length + piece.length + 1 > LIMITS.sectionText) {
      blocks.push(section(current));
      current = piece;
    } else current = current ? `${current}\n${piece}` : piece;
  }
  if (current) blocks.push(section(current));
  return blocks;
}

/** Keeps a message within the block limit, dropping detail from the middle rather than the actions. */
export function fitBlocks(blocks: Block[], max: number = LIMITS.messageBlocks): Block[] {
  if (blocks.length <= max) return blocks;
  const tail = blocks.slice(-2).filter((block) => block.type === "actions" || block.type === "context");
  return [...blocks.slice(0, max - tail.length), ...tail];
}

/** Slack user ids are upper-case letters and digits; anything else must not become a mention. */
export function userMention(userId: string | undefined): string | undefined {
  return userId && /^[UW][A-Z0-9]{2,20}$/.test(userId) ? `<@${userId}>` : undefined;
}
