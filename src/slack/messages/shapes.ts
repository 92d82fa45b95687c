import type { Block, Card, HomeView } from "../../cards/index.ts";

/** Slack shows this when a card comes without fallback text (it never should). */
const FALLBACK_TEXT = "Status Bot";
/** Slack truncates `text` beyond 40,000 characters; notifications need far less. */
const MAX_TEXT = 3_000;

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** The top-level text and blocks for a card: `text` is never empty (notifications, screen readers). */
export function messageFromCard(card: Card): SlackMessage {
  const text = card.text.trim() || FALLBACK_TEXT;
  return { text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text, blocks: card.blocks };
}

/** Several compact cards in one thread reply, separated by dividers. */
export function combineCards(cards: readonly Card[]): Card {
  return {
    text: cards
      .map((card) => card.text.trim())
      .filter(Boolean)
      .join("\n"),
    blocks: cards.flatMap((card, index) =>
      index === 0 ? card.blocks : [{ type: "divider" } as Block, ...card.blocks],
    ),
  };
}

export interface ModalView {
  type: "modal";
  title: { type: "plain_text"; text: string };
  close: { type: "plain_text"; text: string };
  blocks: Block[];
}

/** A card shown from the Home tab opens in a modal (a modal holds at most 100 blocks). */
export function modalFromCard(card: Card): ModalView {
  return {
    type: "modal",
    title: { type: "plain_text", text: "Status Bot" },
    close: { type: "plain_text", text: "Close" },
    blocks: card.blocks.slice(0, 100),
  };
}

/** A plain message with one section of mrkdwn, for confirmations and apologies. */
export function notice(text: string): SlackMessage {
  return { text, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] };
}

export type { HomeView };
