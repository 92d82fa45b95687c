import { actionId } from "./actions.ts";
import type { Block, Card } from "./blocks.ts";
import { button, context, fitBlocks, userMention } from "./mrkdwn.ts";

/** The footer of an answer to "Explain HTTP codes": its share button, or who shared it. */
export type ThreadShareFooter =
  /** The "Share in thread" button, with its value (references.ts: threadShareValue). */
  | { readonly shareValue: string }
  /** The Slack user id of the person who shared it in the thread. */
  | { readonly sharedBy: string };

/** The card with its footer below, within the block limit (the footer is kept). */
export function withThreadShare(card: Card, footer: ThreadShareFooter): Card {
  let block: Block | undefined;
  if ("shareValue" in footer) {
    block = {
      type: "actions",
      elements: [button("Share in thread", actionId("shareInThread"), footer.shareValue, "primary")],
    };
  } else {
    const who = userMention(footer.sharedBy);
    if (who) block = context(`Shared by ${who}`);
  }
  return block ? { text: card.text, blocks: fitBlocks([...card.blocks, block]) } : card;
}
