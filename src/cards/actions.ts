/**
 * The contract between cards and the Slack app's action listeners. Action ids carry a suffix after
 * ":" so that several buttons of one kind can sit in one actions block (ids must be unique there);
 * listeners match the prefix. Values are written and read by references.ts.
 */
export const ACTIONS = {
  /** Button or menu option "code:<entry id>" ("code:499-nginx"). Swaps in that code's card. */
  showCode: "show_code",
  /** Button "pair:401,403". Swaps in the comparison card. */
  compare: "compare",
  /** Button: the reference of the card shown (see references.ts). Posts it to the channel. */
  share: "share_in_channel",
  /**
   * Button on the answer to "Explain HTTP codes": "thread:<channel>:<ts>:<what>" (references.ts).
   * Posts the answer in that message's thread.
   */
  shareInThread: "share_in_thread",
  /** Home tab static_select; option "class:<digit>". Opens that class in the Home tab. */
  browseClass: "browse_class",
} as const;

export type ActionKind = keyof typeof ACTIONS;

export function actionId(kind: ActionKind, suffix?: string): string {
  return suffix === undefined ? ACTIONS[kind] : `${ACTIONS[kind]}:${suffix}`;
}

/** Matches every action id of one kind, with or without a suffix. */
export function actionPattern(kind: ActionKind): RegExp {
  return new RegExp(`^${ACTIONS[kind]}(:.*)?$`);
}
