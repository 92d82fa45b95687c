import { type Answer, emptyAnswer, type Question } from "../types.ts";

/** Every way of asking for help, matched against the lower-cased question. */
const HELP_PATTERN =
  /^(?:(?:\/?status\s+)?\/?help\b.*|usage|commands|examples|h|\?+|how to use\b.*|how (?:do|can|should) (?:i|we|you) use (?:this bot|this|it|you|the bot|status bot)\b.*|how does (?:this bot|this|it|the bot|status bot) work\b.*|what can (?:you|this bot|the bot) do\b.*)$/;

/** Help when asked for (or asked nothing); "not sure" for input with nothing readable in it. */
export function help(question: Question): Answer | undefined {
  const { query, folded, bare } = question;
  if (folded && !HELP_PATTERN.test(bare)) return undefined;
  // Something was typed, but nothing we can read (emoji, symbols): that is not a request for help.
  return folded || !query.trim() || /^\?+$/.test(bare)
    ? emptyAnswer(query, "help")
    : emptyAnswer(query, "unknown");
}
