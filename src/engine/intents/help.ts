import { type Answer, emptyAnswer, type Question } from "../types.ts";

/** The bot, however it is named at the start of a message ("@statusbot hi", "status bot, help"). */
const BOT_NAME = /^(?:[@/]?status ?bot|@?bot)\b[\s,:]*/;
/** A greeting at the start ("hey bot, instructions please"): what follows is the request. */
const GREETING_START =
  /^(?:hi|hello|hey|heya|hiya|yo|howdy|hola|hallo)(?: there)?(?: (?:status ?)?bot)?\b[\s,:!]*/;
const POLITE = String.raw`(?:\s+(?:me|please|pls|plz|bitte|por favor|thanks|thx|bot|statusbot))*`;

/** A message that is only a request for help, in a word or two (or in a few languages). */
const HELP_WORDS = new RegExp(
  String.raw`^(?:(?:\/?status\s+)?\/?help\b.*|(?:show|list|give|send)(?: me)?(?: the| your| all| some)? (?:help|commands|options|examples|usage|docs|documentation|instructions|manual|menu)|usage|commands?|examples?|options|menu|tutorial|instructions?|docs|documentation|manual|guide|getting started|get started|quick ?start|intro|h|\?+|ayuda|hilfe|aide|aiuto|ajuda|pomoc|yardim|man(?: status ?bot| bot)?|how to use(?: it| this| you)?)${POLITE}$`,
);

/** A greeting and nothing else: the person wants to know what to do next. */
const GREETING = new RegExp(
  `^(?:hi|hello|hey|heya|hiya|yo|howdy|hola|hallo|bonjour|ciao|salut|sup|greetings|good (?:morning|afternoon|evening))(?: there| all| everyone| folks| team)?${POLITE}$`,
);

/** The bot itself: "you", "this bot", "this thing". */
const SELF = `(?:you|yourself|u|this bot|the bot|status ?bot|this thing|this app|this tool|it|this)`;

/** Questions about the bot: what it is for, what it can be asked, how to ask. */
const ABOUT_THE_BOT: RegExp[] = [
  new RegExp(
    String.raw`\bhow (?:do|can|should|would|to)(?: i| we| one)? (?:use|ask|talk to|speak to|work with|give|paste|phrase|type|interact with|query|feed|send)\b.*\b${SELF}\b`,
  ),
  new RegExp(String.raw`\bhow (?:does|do|did) ${SELF} work\b`),
  /\bhow (?:do|should|can|would|to)(?: i| we| one)? (?:phrase|word|ask|write|format|frame|put|formulate)\b.*\b(?:question|questions|query|queries)\b/,
  /\bhow (?:do|should|can|to)(?: i| we)? ask (?:a |my |the )?(?:question|questions)\b/,
  /\bhow (?:to|do i|do we|can i) (?:use|start|begin)$/,
  /\bwhat (?:can|could|do|does|should|would) (?:i|we) (?:ask|type|say|write|send|do)(?: (?:you|here|with (?:this|it|you)|it|to you|now|next|first))*$/,
  /\bwhat (?:kind|kinds|sort|sorts|type|types) of (?:questions|things|stuff)\b.*\b(?:ask|answer|understand|do|handle|know)\b/,
  new RegExp(
    String.raw`\bwhat (?:can|do|does|could) ${SELF} (?:do|support|know|understand|answer|handle|help with)\b`,
  ),
  /\bwhat (?:are|r) (?:you|u)(?: exactly| for| supposed to| even| here for| about)?\b/,
  /\bwhat(?:'s| is) (?:this|the) (?:bot|thing|app|tool)\b/,
  new RegExp(String.raw`\bwhat (?:is|are) ${SELF} (?:for|supposed to|meant to|good for)\b`),
  /\b(?:supposed|meant) to help with\b/,
  /\b(?:your|its|the bot's) (?:capabilities|features|commands|options|abilities|syntax|usage)\b/,
  /\b(?:is there|where is|where's|got) (?:a |an |the |any |some )?(?:documentation|docs|manual|guide|list|help|readme|tutorial)\b/,
  /\b(?:tell|show|explain to) me (?:what|how)\b.*\b(?:you|this bot|it)\b/,
  /\b(?:explain|show|tell)(?: me)? how (?:to|i|we) (?:use|talk to|ask|work with)\b/,
  /\bexamples? of (?:what|questions|things|how)\b/,
  /\b(?:don'?t|do not|dont) (?:get|know|understand) how (?:to|this|it)\b/,
  /\bsyntax for\b/,
  /\b(?:guide|intro|introduction|tutorial|instructions|walkthrough) (?:on|to|for) (?:using|use|talking to)\b/,
  new RegExp(String.raw`\bcan ${SELF} (?:only|also|read|handle|understand|do|help)\b`),
  /\bwhat do i do with (?:this|it|you)\b/,
  /\bwhat should i (?:type|write|say|ask|enter)\b/,
  /\b(?:list|show) (?:of )?(?:all )?(?:the )?(?:commands|things you|what you)\b/,
  /\bnew here\b.*\b(?:how|what)\b.*\b(?:work|use|do)\b/,
  /\bcan (?:i|we) (?:paste|send|give|dm|message|drop|share)\b.*\b(?:you|here|this bot|the bot)\b/,
  /\bexample (?:questions|queries|prompts)\b/,
  /\b(?:what|which) (?:inputs?|formats?|kinds? of input|things|servers|frameworks|tools|languages|protocols)\b.{0,40}\b(?:do|can) you (?:understand|accept|take|know|support|cover|read|handle)\b/,
  /\bdo you (?:only|also)\b/,
  /\bdo you (?:answer|reply|respond|post|work) (?:in|on|only|everywhere|privately|in threads)\b/,
  /\b(?:dm|message|mention|ping) (?:you|the bot|this bot)\b/,
  /\b(?:don'?t|do not|dont) know what to ask\b/,
  /\bgive me (?:some |a few )?(?:hints|ideas|examples|tips|pointers)\b/,
];

/** Words beyond which a message is not a question about the bot. */
const MAX_HELP_WORDS = 30;

/** Help when asked for (or asked nothing); "not sure" for input with nothing readable in it. */
export function help(question: Question): Answer | undefined {
  const { query, folded, bare } = question;
  if (!folded) {
    // Something was typed, but nothing we can read (emoji, symbols): that is not a request for help.
    return !query.trim() || /^\?+$/.test(bare) ? emptyAnswer(query, "help") : emptyAnswer(query, "unknown");
  }
  return asksForHelp(question) ? emptyAnswer(query, "help") : undefined;
}

function asksForHelp(question: Question): boolean {
  const plain = question.folded.replace(BOT_NAME, "").replace(GREETING_START, "").trim();
  const bare = question.bare
    .replace(/^[@/]?status ?bot\b[\s,:]*/, "")
    .replace(GREETING_START, "")
    .replace(/[?!.\s]+$/, "");
  if (!plain) return true;
  if (HELP_WORDS.test(bare) || HELP_WORDS.test(plain) || GREETING.test(plain)) return true;
  // A question that names a code is about the code, however it is put ("what can you tell me about 418");
  // and a request for help is a sentence or two, not a description.
  if (question.numbers.entries.length || plain.split(" ").length > MAX_HELP_WORDS) return false;
  return ABOUT_THE_BOT.some((pattern) => pattern.test(plain));
}
