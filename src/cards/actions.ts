/**
 * The contract between cards and the Slack app's action listeners. Action ids carry a suffix after
 * ":" so that several buttons of one kind can sit in one actions block (ids must be unique there);
 * listeners match the prefix.
 */
export const ACTIONS = {
  /** Button value: a catalog entry id ("404", "499-nginx"). Swaps in that code's card. */
  showCode: "show_code",
  /** Button value: "401,403". Swaps in the comparison card. */
  compare: "compare",
  /** Button value: the original query. Posts the card to the channel and removes the ephemeral one. */
  share: "share_in_channel",
  /** Home tab static_select; option value: the class digit "1".."5". */
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

/**
 * A compact reference to what a card shows, carried in button values so the app can rebuild the
 * card later without keeping state: "code:499-nginx", "pair:401,403", "class:4" or "q:<query>".
 */
export function referenceOf(answer: {
  intent: string;
  query: string;
  codes: readonly { code: number; entryId: string }[];
  classDigit?: number;
}): string {
  const [first, second] = answer.codes;
  if (answer.intent === "code" && first && answer.codes.length === 1) return `code:${first.entryId}`;
  if (answer.intent === "compare" && first && second) return `pair:${first.code},${second.code}`;
  if (answer.intent === "class" && answer.classDigit !== undefined) return `class:${answer.classDigit}`;
  return `q:${answer.query}`.slice(0, 2000);
}
