/**
 * The subset of Block Kit the cards use, typed here so the renderers stay free of Slack packages.
 * Shapes follow https://api.slack.com/reference/block-kit/blocks.
 */
export interface PlainText {
  type: "plain_text";
  text: string;
  emoji?: boolean;
}
export interface Mrkdwn {
  type: "mrkdwn";
  text: string;
}
export type TextObject = PlainText | Mrkdwn;

export interface Button {
  type: "button";
  text: PlainText;
  action_id: string;
  value?: string;
  url?: string;
  style?: "primary" | "danger";
}

export interface Option {
  text: PlainText;
  value: string;
}

export interface StaticSelect {
  type: "static_select";
  action_id: string;
  placeholder: PlainText;
  options: Option[];
  initial_option?: Option;
}

export interface HeaderBlock {
  type: "header";
  text: PlainText;
}
export interface SectionBlock {
  type: "section";
  text?: Mrkdwn;
  fields?: TextObject[];
  accessory?: Button | StaticSelect;
}
export interface ContextBlock {
  type: "context";
  elements: TextObject[];
}
export interface DividerBlock {
  type: "divider";
}
export interface ActionsBlock {
  type: "actions";
  elements: (Button | StaticSelect)[];
}

export type Block = HeaderBlock | SectionBlock | ContextBlock | DividerBlock | ActionsBlock;

/** A message: fallback text (notifications, screen readers) and blocks. */
export interface Card {
  text: string;
  blocks: Block[];
}

export interface HomeView {
  type: "home";
  blocks: Block[];
}
