import type { Card, HomeView, RenderOptions } from "../cards/index.ts";
import * as cards from "../cards/index.ts";
import * as engine from "../engine/answer.ts";
import { type CodeLookup, codeLookup } from "../engine/reading/code-lookup.ts";
import type { Answer } from "../engine/types.ts";
import type { Catalog } from "../knowledge/catalog.ts";
import { getCatalog } from "../knowledge/load.ts";
import { type Respond, responder } from "../slack/api/response-url.ts";
import type { PreparedReply } from "../slack/messages/prepared.ts";
import type { SlackMessage } from "../slack/messages/shapes.ts";
import { createMemoryStore } from "../store/memory.ts";
import type { EventDedupe, ExplainedCodes, InstallationRecords, MuteStore } from "../store/store.ts";
import { TtlCache } from "../store/ttl-cache.ts";
import { replyTemplates } from "./commands/reply-template.ts";

/** The answer engine, as the listeners use it. */
export interface Engine {
  answer(query: string): Answer;
  answerForEntry(entryId: string): Answer | undefined;
  answerForPair(first: number, second: number): Answer | undefined;
}

/** The card renderers, as the listeners use them. */
export interface Cards {
  renderAnswer(answer: Answer, options?: RenderOptions): Card;
  renderCompact(answer: Answer): Card;
  renderHome(selectedClass?: number): HomeView;
  /**
   * The /httpstatus reply to an answer, serialised: `{ response_type: "ephemeral",
   * ...messageFromCard(renderAnswer(answer, options)) }` as JSON, from a template kept per answer
   * (reply-template.ts). Without it the command renders and serialises each reply itself.
   */
  commandReply?(answer: Answer, options: RenderOptions): PreparedReply;
}

/** Everything the listeners need besides what Bolt hands them; tests replace parts of it. */
export interface BotDeps {
  readonly engine: Engine;
  readonly cards: Cards;
  /** What the catalog says about codes (loaded on first use). */
  readonly codes: () => CodeLookup;
  /**
   * Conversations where codes mentioned in messages are not explained. This and the next two are
   * the store's (src/store): in memory, SQLite or PostgreSQL, and any call may fail while a
   * database is away (the store logs that, once).
   */
  readonly mutes: MuteStore;
  /** Which codes were explained where, recently. */
  readonly mentions: ExplainedCodes;
  /** Event ids already handled: Slack retries an event it thinks we missed. */
  readonly events: EventDedupe;
  /** Slack installations (many workspaces): deleted when the app is uninstalled. */
  readonly installations: InstallationRecords;
  /**
   * Recent /httpstatus replies by question. A reply depends on the question alone (the catalog is fixed
   * while the app runs), and popular questions ("/httpstatus 403") come again and again.
   */
  readonly replies: ReplyCache;
  /**
   * Posts to a request's response_url (allowed hosts only, no redirects, a timeout): use it instead
   * of Bolt's `respond`, which does none of that (src/slack/api/response-url.ts).
   */
  readonly respondTo: (responseUrl: string | undefined) => Respond;
  /**
   * How long a slash command waits for the store before acknowledging anyway, in milliseconds:
   * Slack wants the acknowledgement within 3 seconds.
   */
  readonly storeBudgetMs: number;
  /** The longest rate-limit wait worth taking before a retry, in milliseconds. */
  readonly maxRateLimitWaitMs: number;
  /** At most this many codes are explained for one message. */
  readonly maxCodesPerMessage: number;
}

/** Remembered /httpstatus replies (a TtlCache in the app; the benchmark measures without one). */
export interface ReplyCache {
  get(question: string): CommandReply | undefined;
  set(question: string, reply: CommandReply): void;
  readonly size: number;
}

/**
 * Questions longer than this are answered but not remembered. Popular questions are short
 * ("403", "401 vs 403", a sentence), and a reply is about its question's size or less, so 500
 * replies stay within a few megabytes; a long question would pin its own size twice (key and
 * echo): 300 distinct 1 MB questions once took the process from 109 MB to 757 MB.
 */
export const MAX_CACHED_QUESTION = 200;

/** The app's reply cache: by question, an hour, 500 replies, short questions only. */
function replyCache(): ReplyCache {
  const cache = new TtlCache<CommandReply>({ ttlMs: 60 * 60_000, maxSize: 500 });
  const cacheable = (question: string) => question.length <= MAX_CACHED_QUESTION;
  return {
    get: (question) => (cacheable(question) ? cache.get(question) : undefined),
    set: (question, reply) => {
      if (cacheable(question)) cache.set(question, reply);
    },
    get size() {
      return cache.size;
    },
  };
}

/** What /httpstatus acknowledges with: an ephemeral message, as fields or already serialised. */
export type CommandReply = ({ response_type: "ephemeral" } & SlackMessage) | PreparedReply;

/** The workspace a request is from: its team, or its enterprise for org-wide installs. */
export function workspaceOf(context: { teamId?: string; enterpriseId?: string }): string {
  return context.teamId ?? context.enterpriseId ?? "";
}

/** The engine, cards and code lookup over one catalog: what the listeners know of status codes. */
export function catalogDeps(catalog: Catalog): Pick<BotDeps, "engine" | "cards" | "codes"> {
  let lookup: CodeLookup | undefined;
  const templates = replyTemplates(catalog);
  return {
    engine: {
      answer: (query) => engine.answer(query, catalog),
      answerForEntry: (entryId) => engine.answerForEntry(entryId, catalog),
      answerForPair: (first, second) => engine.answerForPair(first, second, catalog),
    },
    cards: {
      renderAnswer: (answer, options) => cards.renderAnswer(answer, catalog, options),
      renderCompact: (answer) => cards.renderCompact(answer, catalog),
      renderHome: (selectedClass) => cards.renderHome(catalog, selectedClass),
      commandReply: (answer, options) => templates.reply(answer, options),
    },
    codes: () => {
      lookup ??= codeLookup(catalog);
      return lookup;
    },
  };
}

/**
 * The listeners' dependencies. What is not given is built over the app's catalog (`src/index.ts`
 * passes the one it loaded; otherwise it is loaded here, once per process), and state is kept in
 * memory unless `overrides` brings a store's parts.
 */
export function createBotDeps(overrides: Partial<BotDeps> = {}): BotDeps {
  const { engine, cards, codes } = overrides;
  const memory = createMemoryStore();
  return {
    ...(engine && cards && codes ? { engine, cards, codes } : catalogDeps(getCatalog())),
    mutes: memory.mutes,
    mentions: memory.mentions,
    events: memory.events,
    installations: memory.installations,
    replies: replyCache(),
    respondTo: responder(),
    storeBudgetMs: 1_500,
    maxRateLimitWaitMs: 10_000,
    maxCodesPerMessage: 3,
    ...overrides,
  };
}
