/*
 * Slack message text to plain text and back. Slack escapes `&`, `<` and `>` in message text and
 * writes links and mentions as `<...>` tokens (https://docs.slack.dev/messaging/formatting-message-text).
 */

export interface PlainTextOptions {
  /** "url" keeps a link's URL, "label" its label (or URL), "drop" removes it. Default "url". */
  readonly links?: "url" | "label" | "drop";
  /** "drop" removes user mentions, "keep" writes them as `@U123`. Default "drop". */
  readonly mentions?: "drop" | "keep";
}

export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Escapes the three characters Slack's mrkdwn and plain message text treat as control characters. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** One `<...>` token's plain-text replacement. */
function tokenText(
  inner: string,
  links: PlainTextOptions["links"],
  mentions: PlainTextOptions["mentions"],
): string {
  const bar = inner.indexOf("|");
  const target = bar < 0 ? inner : inner.slice(0, bar);
  const label = bar < 0 ? undefined : inner.slice(bar + 1).split("|", 1)[0];
  if (target.startsWith("@")) return mentions === "keep" ? ` ${target} ` : " ";
  if (target.startsWith("#")) return label ? ` #${label} ` : " ";
  if (target.startsWith("!")) return " ";
  if (links === "drop") return " ";
  if (links === "label" && label) return ` ${label} `;
  return ` ${target} `;
}

/**
 * Slack text to plain text. One pass: each `<` is matched with the first `>` after it, and once no
 * `>` is left no later `<` can open a token (so 40,000 unclosed `<` cost no more than any text).
 */
export function slackToPlainText(text: string, options: PlainTextOptions = {}): string {
  const links = options.links ?? "url";
  const mentions = options.mentions ?? "drop";
  let replaced = "";
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf("<", at);
    const close = open < 0 ? -1 : text.indexOf(">", open + 1);
    if (close < 0) break;
    replaced += text.slice(at, open) + tokenText(text.slice(open + 1, close), links, mentions);
    at = close + 1;
  }
  replaced += text.slice(at);
  return unescapeSlack(replaced)
    .replace(/[ \t]+/g, " ")
    .trim();
}

/**
 * The question in a message addressed to the bot: its own mention removed wherever it is, other
 * tokens made readable, entities unescaped.
 */
export function questionFromMessage(text: string | undefined, botUserId?: string): string {
  let body = text ?? "";
  if (botUserId) body = body.split(`<@${botUserId}>`).join(" ");
  return slackToPlainText(body, { links: "url", mentions: "drop" })
    .replace(/^[\s,:;-]+/, "")
    .trim();
}

interface AttachmentLike {
  readonly pretext?: unknown;
  readonly title?: unknown;
  readonly text?: unknown;
  readonly fallback?: unknown;
  readonly fields?: unknown;
}

/** A message as a shortcut payload carries it: its text, and the attachments alerts put theirs in. */
export interface MessageWithText {
  readonly text?: unknown;
  readonly attachments?: unknown;
}

const strings = (...values: unknown[]): string[] =>
  values.filter((value): value is string => typeof value === "string" && value.trim() !== "");

/**
 * All the text of a message, in Slack's format: its own text, then its attachments' (monitoring
 * alerts and other integrations put theirs there: pretext, title, text, fields; the fallback only
 * where an attachment has no text of its own).
 */
export function textOfMessage(message: MessageWithText): string {
  const parts = strings(message.text);
  const attachments = Array.isArray(message.attachments) ? (message.attachments as AttachmentLike[]) : [];
  for (const attachment of attachments) {
    if (typeof attachment !== "object" || attachment === null) continue;
    const fields = Array.isArray(attachment.fields)
      ? (attachment.fields as { title?: unknown; value?: unknown }[]).flatMap((field) =>
          typeof field === "object" && field !== null ? strings(field.title, field.value) : [],
        )
      : [];
    const own = strings(attachment.pretext, attachment.title, attachment.text, ...fields);
    parts.push(...(own.length > 0 ? own : strings(attachment.fallback)));
  }
  return parts.join("\n");
}
