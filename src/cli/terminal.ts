import type { Block, Card, TextObject } from "../cards/blocks.ts";

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

/** mrkdwn to terminal text: links as "label (url)", entities decoded, emphasis kept as style. */
function mrkdwnToTerminal(text: string, style: Style): string {
  return text
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
      if (block.accessory?.type === "button") lines.push(style.dim(`  [${block.accessory.text.text}]`));
      return [...lines, ""];
    }
    case "actions":
      return [
        style.dim(
          block.elements
            .map((element) =>
              element.type === "button" ? `[${element.text.text}]` : `[${element.placeholder.text} ▾]`,
            )
            .join(" "),
        ),
      ];
  }
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
