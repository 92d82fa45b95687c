import { DOMAIN_WORDS, flag, positionsOf } from "../search/features.ts";
import { type Gate, gateProbability } from "../search/ranker.ts";
import { hasNonAscii, isStopWord, splitsIntoMoreThan } from "../search/text.ts";
import { type Answer, type Engine, emptyAnswer, type Question } from "../types.ts";

/*
 * Help, asked any way people ask it. A message asks for help when it is about the bot itself (what it
 * is, what it can do, how to ask it: "you", "this bot", "commands", "examples", a greeting alone) and
 * carries no HTTP content (no code, no status name, no situation the search recognises). The words
 * are read into a few groups of meaning, not phrases; a logistic model learned from the training
 * sets (bench/train.ts) weighs them, so a new phrasing of the same meaning is still help.
 */

/** The features of a message, in the order of the learned weights. */
export const HELP_FEATURES = [
  "bias",
  "empty",
  "greetingOnly",
  "greeting",
  "self",
  "deictic",
  "helpWord",
  "metaNoun",
  "weakMeta",
  "askVerb",
  "verb",
  "ability",
  "question",
  "selfQuestion",
  "selfAbility",
  "selfMeta",
  "confusion",
  "closing",
  "command",
  "aboutOnly",
  "topic",
  "otherWords",
  "otherShare",
  "domainWords",
  "number",
  "codeWritten",
  "coverage",
  "searchScore",
  "searchEvidence",
  "searchNamed",
  "wholeEvidence",
  "wholeNamed",
  "words",
  "capability",
] as const;
export type HelpFeature = (typeof HELP_FEATURES)[number];
const HELP_AT = positionsOf(HELP_FEATURES);

/** The learned detector: logistic weights of the features, and the probability from which it is help. */
export type HelpModel = Gate<HelpFeature>;

/** The groups of meaning the words of a request for help fall in. */
type Group =
  | "self"
  | "selfNoun"
  | "deictic"
  | "help"
  | "meta"
  | "weakMeta"
  | "ask"
  /** Verbs of asking the bot that are as common in questions about HTTP ("use", "send", "explain"). */
  | "verb"
  | "ability"
  | "questionWord"
  | "greeting"
  | "confusion"
  | "closing"
  /** The bot's subject in general ("status codes", "http"): neither about the bot nor a question's content. */
  | "topic"
  | "filler";

/**
 * The words of each group, written as people type them (chat spellings, a few languages). Matched
 * after letter runs are collapsed ("heyyy", "hellooo"), and one typo away for longer words.
 */
const LEXICON: Record<Group, string> = {
  self: "you u ya yu yourself your ur yours youre statusbot du dich dir tu toi vous usted voce jij je tebe ty",
  selfNoun: "bot chatbot assistant thing tool app integration ai",
  deictic: "this it here that ths",
  help: "help halp hlep helpp ayuda hilfe aide aiuto ajuda pomoc sos assist assistance",
  meta: `command commands syntax usage examples example docs doc documentation manual man guide tutorial
    instructions instruction capabilities capability capable features feature options flags flag tips tip
    hints hint pointers menu info about cheatsheet overview intro introduction introduce readme quickstart
    onboarding scope limits limitations purpose faq walkthrough start started begin basics howto`,
  weakMeta: `questions question things stuff format input inputs ideas idea list point keyword prefix way
    language languages english smart accurate real human chatgpt automated alive anybody anyone someone
    somebody works work slash cheat sheet something page explanation valid supported available possible
    offer offered covered`,
  ask: `ask asking asked type typing phrase word query queries talk interact enter paste talking speak
    format formulate`,
  verb: `use using used say write look message dm mention ping tell explain show give suggest teach share
    provide display print open hacer faire fazer machen doen utilise utilises utiliser usar usa benutzen
    gebruiken usare`,
  ability: `do does doing can could know understand support answer answers handle accept read able good
    refuse made maintains come purpose supposed meant kannst konnen puedes podes pode peux sais puoi sai
    kun kunt kan umeesh mozhesh`,
  questionWord:
    "what wat wut wht whats how hw who why where which is are am should any anything r was wie que quoi cosa como comment chto kak",
  greeting: `hi hello hey heya hiya yo oi sup howdy hola hallo bonjour ciao salut namaste greetings morning
    afternoon evening gm wassup whatsup guten tag moin respected dear`,
  confusion: `confused confusing lost new newbie noob newcomer first dunno idk clue clueless nothing wrong
    stuck sorry dumb unsure`,
  closing: `thanks thank thx ty tysm cheers bye goodbye night later cya brb afk awesome great nice cool
    congrats welcome love happy ok okay lol haha lmao`,
  topic: "http https status statuses code codes error errors response responses number numbers",
  filler: `a an the me my i im we our us to of for with in on at and or so just please pls plz bot there
    all everyone folks team exactly even again tbh really actually quick q then now one some any only
    other besides than like kind sort get got need want would will let not no dont don t s m re ll ve d
    bitte merci danke gracias favor por wtf bruh dude hmm um uh ugh seriously honestly pray kindly
    somewhere anywhere everywhere somehow maybe perhaps also too still yet already`,
};

const groupsOf = new Map<string, Set<Group>>();
/** Lexicon words of five letters or more, by each one-letter deletion of them (typos). */
const byDeletion = new Map<string, string>();

for (const [group, list] of Object.entries(LEXICON) as [Group, string][]) {
  for (const word of list.split(/\s+/).filter(Boolean)) {
    const key = collapse(word);
    const groups = groupsOf.get(key) ?? new Set<Group>();
    groups.add(group);
    groupsOf.set(key, groups);
    // Typos are read in the words that say what is asked for ("comands", "capabilites"); everyday
    // verbs are too close to other words ("center" is one letter from "enter").
    if (key.length < 5 || (group !== "help" && group !== "meta")) continue;
    for (let i = 0; i < key.length; i++) byDeletion.set(key.slice(0, i) + key.slice(i + 1), key);
  }
}

/** "heyyy" -> "hey", "hellooo" -> "helo": letter runs count once (the lexicon is collapsed too). */
function collapse(word: string): string {
  return word.replace(/([a-z])\1+/g, "$1");
}

const NO_GROUPS: ReadonlySet<Group> = new Set();

/** groupsOfWord's answers, by word: a question asks for each of its words up to four times. */
const wordGroups = new Map<string, ReadonlySet<Group>>();

/** The groups of a word: as written, else one typo away ("comands", "capabilites"). */
function groupsOfWord(word: string): ReadonlySet<Group> {
  let groups = wordGroups.get(word);
  if (groups === undefined) {
    groups = groupsOfWordUncached(word);
    // Bounded: emptied when full, so that words never seen again cannot grow it.
    if (wordGroups.size >= 20_000) wordGroups.clear();
    wordGroups.set(word, groups);
  }
  return groups;
}

function groupsOfWordUncached(word: string): ReadonlySet<Group> {
  const key = collapse(word);
  const direct = groupsOf.get(key);
  if (direct) return direct;
  if (key.length < 5) return NO_GROUPS;
  // A letter missing ("comands") or one too many ("hellp"); not one changed: "rename" is not "readme".
  const deleted = byDeletion.get(key);
  if (deleted) return groupsOf.get(deleted) ?? NO_GROUPS;
  for (let i = 0; key.length > 5 && i < key.length; i++) {
    const shorter = key.slice(0, i) + key.slice(i + 1);
    const found = groupsOf.get(shorter);
    if (found && (found.has("help") || found.has("meta"))) return found;
  }
  return NO_GROUPS;
}

/** The bot, however it is named ("@Status Bot", "status bot", "statusbot", its command "/httpstatus"). */
const BOT_NAME = /@?\bstatus ?bot\b|\/?\bhttpstatus\b/g;

/** The folded text with the bot's names as one word ("statusbot"), as the word groups read it. */
function withBotNamed(folded: string): string {
  return folded.replace(BOT_NAME, " statusbot ").replace(/ {2,}/g, " ");
}

/** "how are you", "how's it going", "how is everyone": chat. */
const SMALL_TALK =
  /\bhow(?:'s| is| are| r)? (?:you|u|ya|everyone|everybody|it going|things|life|your day)\b(?! (?:work|do|use|meant|supposed)\b)/;
/**
 * Words of what the bot covers and how to ask it: with them, codes written are examples ("what kind
 * of questions can you answer, only codes like 404?"), not what is asked ("what can you tell me
 * about 418").
 */
const COVERAGE =
  /\b(?:questions?|kinds?|types?|sorts?|commands?|syntax|phrase|phrasing|format|keywords?|vendors?|only|supported|covers?|covered|limits?|limitations?|capabilit(?:y|ies)|features?|examples?|ask|asking)\b/;
/** A question put to the bot itself: "can you", "does the bot", "would this app". */
const TO_THE_BOT = String.raw`\b(?:can|could|do|does|will|would)\s+(?:you|u|ya|this bot|the bot|statusbot|this thing|this app)\s+(?:also\s+|even\s+|actually\s+)?`;
/** "out of scope", "within your scope". */
const SCOPE = String.raw`\b(?:out of|in|within) (?:your |its |the )?scope\b`;
/**
 * Whether the bot can do something, or how to ask it ("can you read nginx logs", "does the bot know
 * websocket close codes or is that out of scope", "how do I write a comparison"): the HTTP words in
 * such a message are what it asks the bot about, not a question about HTTP. "Explain", "tell" and
 * "answer" are left out: "can you explain caching" asks about HTTP.
 */
const CAPABILITY = new RegExp(
  `${TO_THE_BOT}(?:read|understand|know|support|handle|parse|check|accept|keep|ping|monitor|speak|take|work|cover|see|recogni[sz]e|deal)\\b|${SCOPE}|\\bhow (?:do|can|should) (?:i|we) (?:write|ask|phrase|give|trigger|type|format|talk|send|paste|call|invoke|reach|find)\\b`,
);
/**
 * What the bot can take as input, asked of the bot itself ("can you read screenshots", "does the bot
 * understand pasted logs", "do you support other languages", "is that out of scope"): with no code or
 * class written, in a short message with nothing pasted, these are requests for help, so the learned
 * weights are not asked. "do you know the right status for an expired token" and "can you read this
 * log line: ..." name no kind of input: they are questions about HTTP.
 */
const ASKS_WHAT_THE_BOT_CAN = new RegExp(
  `${TO_THE_BOT}(?:read|understand|know|support|handle|parse|accept|see|check|look at|go through|recogni[sz]e|take|deal with|work with|work in|speak)\\s+(?:(?:a|an|my|our|whole|entire|full|pasted|other|more|any|raw|long|big|multiple|some|the)\\s+){0,3}(?:screenshots?|images?|pictures?|photos?|pdfs?|files?|log ?files?|logs?|log lines?|pastes?|stack ?traces?|tracebacks?|attachments?|links?|urls?|threads?|dms?|languages?|english|spanish|german|french|portuguese|sentences?|questions?|vendor codes?|vendors?|websocket close codes|grpc codes?|headers?)\\b|${SCOPE}`,
);
/** Which status to answer with: "what should I return", "which code do we send". */
const ASKS_WHAT_TO_RETURN =
  /\b(?:what|which)(?: (?:http )?(?:status(?: code)?|code|response))? (?:should|do|would|must|shall) (?:i|we|the api|the server|the endpoint|it) (?:return|send|respond|reply|answer with|throw)\b/;
/** Words of a message short enough for ASKS_WHAT_THE_BOT_CAN to decide alone. */
const SHORT_ASK_WORDS = 24;
/** Words beyond which a message is a description, not a request for help. */
const MAX_HELP_WORDS = 160;

/**
 * The help features of a question, or undefined when it cannot be a request for help: it names a
 * code without asking about the bot, it is long, or none of its words is about the bot, help or a
 * greeting.
 */
export function helpFeatures(question: Question, engine: Engine): number[] | undefined {
  const codeWritten = question.numbers.entries.length > 0;
  const coverage = COVERAGE.test(question.folded);
  // A code written is a question about it ("can you explain 429?"), unless the message asks the bot
  // what it covers or how to ask it, codes as examples ("do you know vendor codes like 499, or only
  // the RFC ones?", "should I type 404 or its name?"): without one of COVERAGE's words it cannot be
  // help, and its words are not read; with one, it must also be about the bot (below).
  if (codeWritten && !coverage) return undefined;
  const text = withBotNamed(question.folded);
  // The runs of letters and digits of an ASCII question's folded text are those of its lower-cased
  // text (folding only lowers it, and turns marks other than letters and digits into spaces), which
  // the sources intent reads too: read once, unless the bot's name was folded into one word.
  const words =
    text === question.folded && !hasNonAscii(question.text)
      ? question.words()
      : (text.match(/[a-z0-9]+/g) ?? []);
  // "-h", "h": the command-line way of asking for help.
  const tokens = words.length === 1 && words[0] === "h" ? ["help"] : words;
  if (tokens.length > MAX_HELP_WORDS) return undefined;
  /** The groups the words fall in. */
  const present = new Set<Group>();
  let other = 0;
  let content = 0;
  let number = false;
  let previous = "";
  /** The words about something else: what the search and the HTTP words are checked in. */
  const rest: string[] = [];
  for (const token of tokens) {
    if (/\d/.test(token)) {
      number = true;
      content++;
      other++;
      rest.push(token);
      previous = token;
      continue;
    }
    let groups = groupsOfWord(token);
    // "this thing", "the app": a noun for the bot after a determiner.
    if (groups.has("selfNoun") && token !== "bot" && !/^(?:this|ur|your|you)$/.test(previous))
      groups = NO_GROUPS;
    for (const group of groups) present.add(group);
    if (groups.size === 0 && !isStopWord(token)) {
      other++;
      rest.push(token);
    }
    if (!groups.has("filler") && !isStopWord(token)) content++;
    previous = token;
  }
  const empty = tokens.every((token) => token === "statusbot" || groupsOfWord(token).has("filler"));
  const self = present.has("self") || present.has("selfNoun");
  const about =
    self || present.has("help") || present.has("meta") || present.has("greeting") || present.has("confusion");
  if (codeWritten && !self) return undefined;
  // Nothing about the bot, help or a greeting, and words of something else ("how do I center a
  // div"): not a request for help.
  if (!about && !empty && !present.has("weakMeta") && !present.has("ask") && other > 0) return undefined;
  // Small talk, thanks, praise and goodbyes ("how are you doing", "I love this bot") are chat, not
  // questions about what the bot does, unless they ask for help as well.
  const chat = present.has("closing") || SMALL_TALK.test(question.folded);
  const asked =
    /\?/.test(question.text) || tokens.slice(0, 3).some((token) => groupsOfWord(token).has("questionWord"));
  const requested = present.has("help") || present.has("meta") || present.has("ask") || present.has("verb");
  if (chat && !requested && (!asked || SMALL_TALK.test(question.folded))) return undefined;
  // So are instructions to do something else ("can you approve my pr", "deploy the app please").
  if (question.cues().command && !requested) return undefined;
  const greetingOnly =
    present.has("greeting") &&
    tokens.every((token) => {
      const groups = groupsOfWord(token);
      return (
        token === "statusbot" || groups.has("greeting") || groups.has("filler") || groups.has("selfNoun")
      );
    });
  // The HTTP content is looked for in the words that are not about the bot ("syntax" is a word of
  // 400's; "is there a specific syntax?" asks about the bot).
  const restText = rest.join(" ");
  const top = engine.index.search(restText, engine.tuning, { limit: 1 }).hits[0];
  // And in the whole message: a status's name is made of everyday words ("IM Used", "No Content").
  const whole = engine.index.search(question.text, engine.tuning, { limit: 1, features: question.features() })
    .hits[0];
  // Asked of the bot, but about HTTP ("what do you return when the token has expired", "can you
  // explain caching"): nothing in it asks what the bot covers, how to ask it, or for help.
  const aboutAsking =
    present.has("help") || present.has("meta") || present.has("weakMeta") || present.has("ask") || coverage;
  if (!aboutAsking && other > 0 && DOMAIN_WORDS.test(restText)) return undefined;
  // Nor is a question for the status to use in a situation, put to the bot by name ("hey bot, what
  // should I return when someone registers an email that already exists"): no word of help, of the
  // bot's workings or of asking it (a weak one, "return", does not count).
  const aboutTheBot = present.has("help") || present.has("meta") || present.has("ask") || coverage;
  if (!aboutTheBot && other > 0 && ASKS_WHAT_TO_RETURN.test(question.folded)) return undefined;
  const v: number[] = new Array(HELP_FEATURES.length);
  v[HELP_AT.bias] = 1;
  v[HELP_AT.empty] = flag(empty);
  v[HELP_AT.greetingOnly] = flag(greetingOnly);
  v[HELP_AT.greeting] = flag(present.has("greeting"));
  v[HELP_AT.self] = flag(self);
  v[HELP_AT.deictic] = flag(present.has("deictic"));
  v[HELP_AT.helpWord] = flag(present.has("help"));
  v[HELP_AT.metaNoun] = flag(present.has("meta"));
  v[HELP_AT.weakMeta] = flag(present.has("weakMeta"));
  v[HELP_AT.askVerb] = flag(present.has("ask"));
  v[HELP_AT.verb] = flag(present.has("verb"));
  v[HELP_AT.ability] = flag(present.has("ability"));
  v[HELP_AT.question] = flag(asked);
  v[HELP_AT.selfQuestion] = flag(self && asked);
  v[HELP_AT.selfAbility] = flag(
    self && (present.has("ability") || present.has("ask") || present.has("verb")),
  );
  v[HELP_AT.selfMeta] = flag(self && (present.has("meta") || present.has("weakMeta") || present.has("help")));
  v[HELP_AT.confusion] = flag(present.has("confusion"));
  v[HELP_AT.closing] = flag(present.has("closing"));
  // An instruction to do something ("can you approve my pr", "deploy the app please") is not a
  // question about what the bot does.
  v[HELP_AT.command] = flag(question.cues().command);
  v[HELP_AT.aboutOnly] = flag(about && other === 0);
  v[HELP_AT.otherWords] = Math.log1p(other) / 2;
  v[HELP_AT.otherShare] = content ? other / content : 0;
  v[HELP_AT.topic] = flag(present.has("topic"));
  v[HELP_AT.domainWords] = flag(DOMAIN_WORDS.test(restText));
  v[HELP_AT.number] = flag(number);
  v[HELP_AT.codeWritten] = flag(codeWritten);
  // What the bot covers or how to ask it ("what kind of questions", "only codes or headers too"),
  // where "what do you return when the token expired" asks the bot about HTTP.
  v[HELP_AT.coverage] = flag(coverage);
  v[HELP_AT.searchScore] = top?.score ?? 0;
  v[HELP_AT.searchEvidence] = top ? Math.log1p(top.evidence) / 3 : 0;
  v[HELP_AT.searchNamed] = top?.namedOrKeyword ? 1 : 0;
  v[HELP_AT.wholeEvidence] = whole ? Math.log1p(whole.evidence) / 3 : 0;
  v[HELP_AT.wholeNamed] = whole ? whole.nameShare + whole.keywordShare : 0;
  v[HELP_AT.words] = Math.log1p(tokens.length) / 4;
  v[HELP_AT.capability] = flag(CAPABILITY.test(text));
  return v;
}

/** The probability that a message is a request for help (0 when it cannot be one). */
export function helpProbability(question: Question, engine: Engine): number {
  const features = helpFeatures(question, engine);
  return features ? gateProbability(engine.tuning.help, HELP_FEATURES, features) : 0;
}

/**
 * Asking the bot how to use it or what it can do, in a script the word groups cannot read (Japanese,
 * Chinese, Korean, Russian): "このボットは何ができますか", "这个机器人怎么用", "как тобой пользоваться?".
 * Whole phrases addressed to the bot, not its words alone ("被机器人刷接口" is about bot traffic,
 * "пользователь" is a user), and never beside a word for a status (STATUS_IN_OTHER_SCRIPTS).
 */
const HELP_IN_OTHER_SCRIPTS =
  /このボット|ボットの使い方|何ができますか|使い方を教えて|这个机器人|你能做什么|你会做什么|怎么用你|这个bot|이 봇|뭘 할 수 있|무엇을 할 수 있|사용법을|как тобой пользоваться|как пользоваться (?:этим )?ботом|что ты умеешь|что ты можешь|что умеет (?:этот )?бот/i;
/** "HTTP", "status code" and its translations: with one, the message asks about HTTP. */
const STATUS_IN_OTHER_SCRIPTS = /http|ステータス|状态码|狀態碼|状态|상태 코드|статус|код ответа/i;

/** The bot by its name ("@Status Bot", "status bot", "/httpstatus"), as withBotNamed writes it. */
const NAMED = String.raw`(?:(?:the|this|your|ce|le|il|el|o|der|den|dieser|diesen|ten|tego|de|deze|bu) )?statusbot\b`;
/**
 * The bot pointed at without its name ("the bot", "il bot", "ten bot"), which may be a bot of one's
 * own: never its token, user, id, scopes, app, account or endpoint ("how do I use the bot's token?").
 */
const POINTED_AT = String.raw`(?:${NAMED}|(?:the|this|your|ce|le|il|el|o|der|den|dieser|diesen|ten|tego|de|deze|bu) bot\b(?!'s\b|\s*(?:tokens?|users?|ids?|scopes?|apps?|accounts?|endpoints?)\b))`;

/**
 * How to use the bot or what it takes, asked of it ("what exactly can I ask the status bot?", "what
 * is the bot supposed to answer if I give it a whole log?", "il bot come si usa?", "co ten bot umie?",
 * "how do I mute you in #alerts"), with `bot` standing for the way it is named.
 */
function howTheBotWorks(bot: string): RegExp {
  return new RegExp(
    [
      String.raw`\bwhat (?:exactly |else )?(?:can|could|should|do) (?:i|we|you) (?:ask|type|give|send|tell|paste|feed)(?: to)? ${bot}`,
      String.raw`\b${bot} (?:is |was )?supposed to (?:answer|respond|say|understand|handle|know)\b`,
      String.raw`\bwhat ${bot} (?:supports|understands|can do|can answer|knows)\b`,
      String.raw`\b${bot} (?:come si usa|umie|can do|sabe fazer|sait faire|kann|connait|conoce|conhece|kennt|conosce|potrafi|sait|sabe|weiss)\b`,
      String.raw`\bczy bot (?:potrafi|umie)\b|\bjak (?:korzystac|uzywac|uzyc) (?:z )?(?:tego )?bota\b`,
      String.raw`\bis it possible to ask ${bot}`,
      String.raw`\b(?:how (?:do|can|should) (?:i|we) use|utilise|come si usa|como (?:se )?usa|como uso|jak uzywac|hoe gebruik (?:ik|je)|wie benutze ich|wie nutze ich) ${bot}`,
      // What it covers, set against what it might not: "do you know the WebDAV codes or just the
      // common ones?". "you", not "it": "does it accept JSON or only XML?" asks about an API.
      String.raw`\b(?:can|does|do|will) (?:${bot}|you) (?:also |even )?(?:explain|handle|know|understand|read|accept|take|cover|support)\b[^.?!]{0,80}\b(?:or (?:just|only)|or does it need|only (?:codes|ones|the (?:common|rfc|standard|official|usual)))\b`,
      // Managing it: "how do I mute you in #alerts", "how do I stop the status bot auto-replying";
      // not "how do I stop it from returning 500".
      String.raw`\bhow (?:do|can|should) (?:i|we) (?:mute|unmute|stop|silence|disable|turn off|remove|kick|invite|add|call|flag|report)\b[^.?!]{0,12}\b(?:you|${bot})`,
      String.raw`\bcan (?:i|we) (?:call|invoke|trigger|run|use) you\b`,
      // What it covers, asked of "you" and set against the kinds of input it might not take: "are you
      // able to compare two codes or only explain one at a time?". Not "can you ..., just the code":
      // a polite English opener.
      String.raw`\b(?:are you able to|what (?:kind|kinds|sort|type|types) of (?:questions|things|stuff) (?:can )?you)\b[^.?!]{0,80}\b(?:only|just|also) (?:(?:the|status|http|rfc|single|vendor|whole|official|standard|common|explain|one) ){0,2}(?:codes?|numbers|ones|questions|languages?|english|headers|at a time|classes)\b`,
      String.raw`\bwhat (?:kind|kinds|sort|type|types) of (?:questions|things|stuff) (?:can )?(?:you|${bot}) (?:can )?(?:answer|handle|do|understand|take)\b`,
      // Using it: "how do I use you?", "the intended way to use you", "como eu uso você", "come usarti".
      String.raw`\b(?:use|using) you\b|\bcomo (?:eu )?(?:uso|usar|utilizo) (?:voce|vc|o bot)\b|\bcome usarti\b|\b(?:cosa|che cosa) sai fare\b|\bque sabes hacer\b|\bque comandos tienes\b|\bo que (?:voce|vc) (?:sabe fazer|faz)\b|\b(?:como|comment|wie|jak|hoe) (?:funciona|fonctionne|funktioniert|dziala|werkt) ${bot}`,
      // Its shortcut: "how do i trigger the shortcut from the slack mobile app".
      String.raw`\bhow (?:do|can) (?:i|we) (?:trigger|use|find|open|run) the (?:message )?shortcut\b`,
    ].join("|"),
  );
}
/** Asked of the bot by its name or of "you": codes written there are examples. */
const ASKS_HOW_THE_BOT_WORKS = howTheBotWorks(NAMED);
/** The same, or asked of "the bot", which may be one's own (matches whatever ASKS_HOW_THE_BOT_WORKS matches). */
const ASKS_HOW_THE_BOT_WORKS_POINTED_AT = howTheBotWorks(POINTED_AT);
/**
 * The same asked with "it" or without naming the bot ("does it handle nginx-only codes?", "do I need
 * to type the word status?", "what does it support?"): a request for help only in a short message
 * with no code written, like ASKS_WHAT_THE_BOT_CAN, or one that names the bot.
 */
const ASKS_HOW_IT_WORKS = new RegExp(
  [
    String.raw`\bwhat it (?:supports|understands|can do|can answer|knows)\b`,
    String.raw`\bis it possible to ask it\b`,
    String.raw`\b(?:can|does|do|will) it (?:also |even )?(?:explain|handle|know|understand|read|accept|take|cover|support)\b[^.?!]{0,80}\b(?:only (?:codes|ones|the (?:common|rfc|standard|official|usual))|or does it need)\b`,
    // Which RFCs it follows: "does the bot go by RFC 9110?"; not "do you follow the RFC for 418?".
    String.raw`\b(?:does|do) (?:statusbot|the bot|you|it) (?:go by|follow|stick to|use)\b[^.?!]{0,30}\brfcs?\b`,
    String.raw`\bdo (?:i|we) need to type (?:the word|the code|the number|the name|status|it|a slash|the command)\b|\bis just the (?:number|code) enough\b`,
    // What to paste into it: "can i paste an nginx log and have you look at it".
    String.raw`\bcan (?:i|we) (?:paste|feed)\b[^.?!]{0,40}\b(?:and have you|for you|to you|into you|to statusbot|into statusbot)\b`,
  ].join("|"),
);

/**
 * The requests for help that need no learned weights: in a script the word groups cannot read;
 * asking how the bot works, by name; or asking what input the bot takes, in a short message with no
 * code, class or paste.
 */
function asksHowToUseTheBot(question: Question): boolean {
  const { text, folded } = question;
  const named = withBotNamed(folded);
  // Asked of the bot pointed at or named (one pattern, which most questions fail); "the bot" may be
  // one's own, so beside a status read in context ("how do I stop the bot from getting 429?") only
  // the bot by its name, or "you", counts.
  if (
    ASKS_HOW_THE_BOT_WORKS_POINTED_AT.test(named) &&
    (!question.numbers.mentions.some((mention) => mention.statusContext) ||
      ASKS_HOW_THE_BOT_WORKS.test(named))
  )
    return true;
  // "it" is the bot when the message names it: "the Status Bot in our channel, is it possible to ask
  // it in natural language?".
  if (ASKS_HOW_IT_WORKS.test(named) && /\bstatusbot\b/.test(named)) return true;
  if (question.numbers.entries.length > 0) return false;
  if (HELP_IN_OTHER_SCRIPTS.test(text) && !STATUS_IN_OTHER_SCRIPTS.test(text)) return true;
  return (
    (ASKS_WHAT_THE_BOT_CAN.test(named) || ASKS_HOW_IT_WORKS.test(named)) &&
    !/\b[1-5]xx\b|:/.test(text) &&
    !splitsIntoMoreThan(folded, SHORT_ASK_WORDS)
  );
}

/** Help when asked for (or asked nothing); "not sure" for input with nothing readable in it. */
export function help(question: Question, engine: Engine): Answer | undefined {
  const { query, folded, bare } = question;
  if (asksHowToUseTheBot(question)) return emptyAnswer(query, "help");
  if (!folded) {
    // Something was typed, but nothing we can read (emoji, symbols): that is not a request for help.
    return !query.trim() || /^\?+$/.test(bare) ? emptyAnswer(query, "help") : emptyAnswer(query, "unknown");
  }
  return helpProbability(question, engine) >= engine.tuning.help.acceptAbove
    ? emptyAnswer(query, "help")
    : undefined;
}
