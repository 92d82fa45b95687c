import { ACTIONS } from "../cards/actions.ts";
import type { Block, Button, Card, TextObject } from "../cards/blocks.ts";

interface Style {
  bold(text: string): string;
  dim(text: string): string;
  accent(text: string): string;
}

const ANSI: Style = {
  bold: (t) => `\u001b[1m${t}\u001b[22m`,
  dim: (t) => `\u001b[2m${t}\u001b[22m`,
  accent: (t) => `\u001b[36m${t}\u001b[39m`,
};
const NONE: Style = { bold: (t) => t, dim: (t) => t, accent: (t) => t };

/** The few Slack emoji names a card may use, as the characters a terminal shows. */
const EMOJI: Record<string, string> = {
  warning: "⚠️",
  white_check_mark: "✅",
  heavy_check_mark: "✔️",
  x: "❌",
  label: "🏷️",
  information_source: "ℹ️",
  bulb: "💡",
};

/** mrkdwn to terminal text: links as "label (url)", entities decoded, emphasis kept as style. */
function mrkdwnToTerminal(text: string, style: Style): string {
  return text
    .replace(/:([a-z_]+):/g, (whole, name: string) => EMOJI[name] ?? whole)
    .replace(
      /(^|[\s(“"])_([^_\n]+)_(?=$|[\s).,:;!?”"])/g,
      (_m, before: string, inner: string) => `${before}${inner}`,
    )
    .replace(
      /(^|[\s(])~([^~\n]+)~(?=$|[\s).,:;!?])/g,
      (_m, before: string, inner: string) => `${before}${inner}`,
    )
    .replace(
      /<(https?:[^|>]+)\|([^>]+)>/g,
      (_m, url: string, label: string) => `${label} ${style.dim(`(${url})`)}`,
    )
    .replace(/<@([A-Z0-9]+)>/g, "@$1")
    .replace(/\*([^*\n]+)\*/g, (_m, inner: string) => style.bold(inner))
    .replace(/`([^`\n]+)`/g, (_m, inner: string) => style.accent(inner))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function textOf(object: TextObject, style: Style): string {
  return object.type === "mrkdwn" ? mrkdwnToTerminal(object.text, style) : object.text;
}

function blockLines(block: Block, style: Style): string[] {
  switch (block.type) {
    case "header":
      return ["", style.bold(style.accent(block.text.text)), ""];
    case "divider":
      return [style.dim("─".repeat(60))];
    case "context":
      return [style.dim(block.elements.map((e) => textOf(e, style)).join("  ·  "))];
    case "section": {
      const lines: string[] = [];
      if (block.text) lines.push(textOf(block.text, style));
      if (block.fields)
        lines.push(...block.fields.map((field) => `  ${textOf(field, style).replace(/\n/g, "\n  ")}`));
      // A section's button opens what the section already says ("Full card", "Details"): not shown.
      return [...lines, ""];
    }
    case "actions":
      return actionLines(
        block.elements.filter((element) => element.type === "button"),
        style,
      );
  }
}

/** Buttons as what they point at: the related codes and comparisons (sharing and menus are Slack's). */
function actionLines(buttons: Button[], style: Style): string[] {
  const lines: string[] = [];
  const of = (action: string) =>
    buttons
      .filter((b) => b.action_id === action || b.action_id.startsWith(`${action}:`))
      .map((b) => b.text.text);
  const related = of(ACTIONS.showCode);
  const compared = of(ACTIONS.compare);
  if (related.length) lines.push(style.dim(`See also: ${related.join(" · ")}`));
  if (compared.length) lines.push(style.dim(`Compare: ${compared.join(" · ")}`));
  return lines;
}

/** A readable terminal rendering of the same card Slack shows. */
export function renderForTerminal(card: Card, color: boolean): string {
  const style = color ? ANSI : NONE;
  return card.blocks
    .flatMap((block) => blockLines(block, style))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
